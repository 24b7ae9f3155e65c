namespace Kryon.Scripting.Lisp.Data;

/// <summary>A mutable reference cell with watchers (LISP.md §6).</summary>
public sealed class Atom(object? value)
{
    public object? Value { get; set; } = value;

    /// <summary>Watch functions by key, called as <c>(f key atom old new)</c> after a change with old ≠ new.</summary>
    public List<KeyValuePair<object?, LispFunction>> Watches { get; } = [];
}

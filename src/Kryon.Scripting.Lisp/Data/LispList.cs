namespace Kryon.Scripting.Lisp.Data;

/// <summary>
/// An immutable list (LISP.md §3), backed by an array slice so that <c>rest</c> is O(1).
/// Lists read from source remember where they started (<see cref="Offset"/>, a character offset in
/// the script) so that errors can name the form's line and column.
/// </summary>
public sealed class LispList
{
    public static readonly LispList Empty = new([]);

    private readonly object?[] _items;
    private readonly int _start;

    public LispList(object?[] items, int offset = -1) : this(items, 0, offset) { }

    private LispList(object?[] items, int start, int offset)
    {
        _items = items;
        _start = start;
        Offset = offset;
    }

    /// <summary>Character offset of the opening parenthesis in the script, or -1 for a list built at run time.</summary>
    public int Offset { get; }

    public int Count => _items.Length - _start;

    public object? this[int index] => _items[_start + index];

    public object? First => Count > 0 ? _items[_start] : null;

    public LispList Rest => Count <= 1 ? Empty : new LispList(_items, _start + 1, -1);

    public LispList Skip(int n) => n >= Count ? Empty : new LispList(_items, _start + n, -1);

    public ReadOnlySpan<object?> Span => _items.AsSpan(_start);

    public LispList Cons(object? head)
    {
        var items = new object?[Count + 1];
        items[0] = head;
        Span.CopyTo(items.AsSpan(1));
        return new LispList(items);
    }

    public static LispList Of(params object?[] items) => new(items);
}

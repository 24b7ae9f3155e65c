using System.Collections.Immutable;

namespace Kryon.Scripting.Lisp.Data;

/// <summary>An immutable indexed vector `[…]` (LISP.md §3).</summary>
public sealed class LispVector(ImmutableList<object?> items)
{
    public static readonly LispVector Empty = new(ImmutableList<object?>.Empty);

    public ImmutableList<object?> Items { get; } = items;

    public int Count => Items.Count;

    public object? this[int index] => Items[index];

    public static LispVector Of(IEnumerable<object?> items) => new(ImmutableList.CreateRange(items));
}

using System.Collections.Immutable;

namespace Kryon.Scripting.Lisp.Data;

/// <summary>An immutable set `#{…}` with value equality (LISP.md §3); keeps insertion order.</summary>
public sealed class LispSet
{
    public static readonly LispSet Empty = new(ImmutableList<object?>.Empty);

    private LispSet(ImmutableList<object?> items) => Items = items;

    public ImmutableList<object?> Items { get; }

    public int Count => Items.Count;

    public bool Contains(object? value) => Items.Any(x => ValueEquality.AreEqual(x, value));

    public LispSet Add(object? value) => Contains(value) ? this : new LispSet(Items.Add(value));

    public LispSet Remove(object? value)
    {
        for (int i = 0; i < Items.Count; i++)
            if (ValueEquality.AreEqual(Items[i], value)) return new LispSet(Items.RemoveAt(i));
        return this;
    }
}

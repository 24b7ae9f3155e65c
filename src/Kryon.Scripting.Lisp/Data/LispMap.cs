using System.Collections.Immutable;

namespace Kryon.Scripting.Lisp.Data;

/// <summary>
/// An immutable map `{k v …}` with value-equality keys (LISP.md §3). Keeps insertion order so that
/// printing and iteration are deterministic. Small maps are the norm in UI scripts; assoc copies.
/// </summary>
public sealed class LispMap
{
    public static readonly LispMap Empty = new(ImmutableList<KeyValuePair<object?, object?>>.Empty);

    private LispMap(ImmutableList<KeyValuePair<object?, object?>> entries) => Entries = entries;

    public ImmutableList<KeyValuePair<object?, object?>> Entries { get; }

    public int Count => Entries.Count;

    private int IndexOf(object? key)
    {
        for (int i = 0; i < Entries.Count; i++)
            if (ValueEquality.AreEqual(Entries[i].Key, key)) return i;
        return -1;
    }

    public bool ContainsKey(object? key) => IndexOf(key) >= 0;

    public bool TryGet(object? key, out object? value)
    {
        int i = IndexOf(key);
        value = i >= 0 ? Entries[i].Value : null;
        return i >= 0;
    }

    public LispMap Assoc(object? key, object? value)
    {
        int i = IndexOf(key);
        var entry = new KeyValuePair<object?, object?>(key, value);
        return new LispMap(i >= 0 ? Entries.SetItem(i, entry) : Entries.Add(entry));
    }

    public LispMap Dissoc(object? key)
    {
        int i = IndexOf(key);
        return i >= 0 ? new LispMap(Entries.RemoveAt(i)) : this;
    }
}

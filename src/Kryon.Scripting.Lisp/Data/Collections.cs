namespace Kryon.Scripting.Lisp.Data;

/// <summary>Lookup shared by <c>get</c>, keyword calls and map destructuring: maps by key, vectors and strings by index, sets by member; anything else has no entries.</summary>
public static class Collections
{
    public static bool TryGet(object? collection, object? key, out object? value)
    {
        value = null;
        switch (collection)
        {
            case LispMap m: return m.TryGet(key, out value);
            case LispVector v when key is long i && i >= 0 && i < v.Count: value = v[(int)i]; return true;
            case string s when key is long i && i >= 0 && i < s.Length: value = s[(int)i]; return true;
            case LispSet set when set.Contains(key): value = key; return true;
            default: return false;
        }
    }

    public static object? Get(object? collection, object? key, object? notFound = null)
        => TryGet(collection, key, out var value) ? value : notFound;
}

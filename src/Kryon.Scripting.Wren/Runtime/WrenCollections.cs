namespace Kryon.Scripting.Wren.Runtime;

/// <summary>A Wren list.</summary>
internal sealed class WrenList(List<object?> items)
{
    public WrenList() : this([]) { }

    public List<object?> Items { get; } = items;
}

/// <summary>
/// A Wren map. Keys compare by value for numbers, strings, booleans, null and ranges, by identity
/// otherwise (as Wren's do); insertion order is kept so iteration is predictable.
/// </summary>
internal sealed class WrenMap
{
    /// <summary>Stands for the null key (a .NET dictionary cannot hold one).</summary>
    private static readonly object NullKey = new();

    private readonly Dictionary<object, object?> _entries = [];

    public int Count => _entries.Count;

    private static object Box(object? key) => key ?? NullKey;

    private static object? Unbox(object key) => ReferenceEquals(key, NullKey) ? null : key;

    public bool TryGet(object? key, out object? value) => _entries.TryGetValue(Box(key), out value);

    public bool ContainsKey(object? key) => _entries.ContainsKey(Box(key));

    public void Set(object? key, object? value) => _entries[Box(key)] = value;

    public bool Remove(object? key, out object? value) => _entries.Remove(Box(key), out value);

    public void Clear() => _entries.Clear();

    public IEnumerable<object?> Keys => _entries.Keys.Select(Unbox);

    public IEnumerable<object?> Values => _entries.Values;

    public IEnumerable<MapEntry> Entries => _entries.Select(kv => new MapEntry(Unbox(kv.Key), kv.Value));

    /// <summary>Whether <paramref name="key"/> can be a map key (Wren: numbers, strings, booleans, null, ranges, classes).</summary>
    public static bool IsValidKey(object? key) => key is null or double or string or bool or WrenRange or WrenClass or ElementHandle;
}

/// <summary>One key/value pair of a map, as iteration yields them.</summary>
internal sealed record MapEntry(object? Key, object? Value);

/// <summary><c>from..to</c> (inclusive) or <c>from...to</c>.</summary>
internal sealed record WrenRange(double From, double To, bool IsInclusive);

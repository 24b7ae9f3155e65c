using System.Globalization;
using Kryon.Runtime.Elements;
using Kryon.Runtime.State;

namespace Kryon.Runtime.Snapshots;

/// <summary>
/// The names a snapshot gives elements and component instances, stable across loads of the same
/// app. An element is named by its id when no other attached element has that id, else by
/// `@handle` (handles are assigned in load order, so the same app gives the same handles).
/// </summary>
public sealed class SnapshotKeys
{
    public const char HandlePrefix = '@';

    private readonly ElementTree _tree;
    private readonly Dictionary<string, int> _idCounts = new(StringComparer.Ordinal);

    public SnapshotKeys(ElementTree tree)
    {
        _tree = tree;
        foreach (var e in tree.Elements)
            if (e.Id is { } id) _idCounts[id] = _idCounts.GetValueOrDefault(id) + 1;
    }

    public string KeyOf(Element element) =>
        element.Id is { Length: > 0 } id && id[0] != HandlePrefix && _idCounts.GetValueOrDefault(id) == 1
            ? id
            : HandlePrefix + element.Handle.ToString(CultureInfo.InvariantCulture);

    /// <summary>The attached element a key names; null when none does or an id is ambiguous.</summary>
    public Element? Find(string key)
    {
        if (key.Length > 1 && key[0] == HandlePrefix)
            return int.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int handle) && _tree.GetByHandle(handle) is { IsAttached: true } byHandle
                ? byHandle
                : null;
        return _idCounts.GetValueOrDefault(key) == 1 ? _tree.GetElementById(key) : null;
    }

    /// <summary>
    /// Every component instance scope with its key, parents first: the path of instance names from
    /// the main tree (`Page#main/Card@120`), with `[n]` added where siblings share a name.
    /// </summary>
    public static IReadOnlyList<(string Key, ReactiveScope Scope)> ForScopes(ReactiveScope globals)
    {
        var result = new List<(string, ReactiveScope)>();
        AddChildren(globals, null, result);
        return result;
    }

    private static void AddChildren(ReactiveScope parent, string? parentKey, List<(string, ReactiveScope)> result)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in parent.Children)
            if (!child.IsRemoved) counts[child.DebugName] = counts.GetValueOrDefault(child.DebugName) + 1;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in parent.Children)
        {
            if (child.IsRemoved) continue;
            string name = child.DebugName;
            if (counts[name] > 1)
            {
                int n = seen[name] = seen.GetValueOrDefault(name) + 1;
                name += "[" + n.ToString(CultureInfo.InvariantCulture) + "]";
            }
            string key = parentKey is null ? name : parentKey + "/" + name;
            result.Add((key, child));
            AddChildren(child, key, result);
        }
    }
}

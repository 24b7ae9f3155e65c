using Kryon.Krb;

namespace Kryon.Compiler.Emit;

/// <summary>The resource table (KRB.md §14): external files, one entry per distinct (type, path), in first-use order.</summary>
internal sealed class ResourceTableBuilder
{
    private readonly Dictionary<(KrbResourceType, string), int> _indices = new();
    private readonly List<(KrbResourceType Type, string Path)> _entries = [];

    public int Count => _entries.Count;

    public IReadOnlyList<(KrbResourceType Type, string Path)> Entries => _entries;

    public int Add(KrbResourceType type, string path)
    {
        if (_indices.TryGetValue((type, path), out int index)) return index;
        index = _entries.Count;
        _indices.Add((type, path), index);
        _entries.Add((type, path));
        return index;
    }

    public int IndexOf(KrbResourceType type, string path) => _indices[(type, path)];
}

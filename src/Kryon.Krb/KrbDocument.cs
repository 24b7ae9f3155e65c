namespace Kryon.Krb;

/// <summary>
/// A validated KRB file: header, string table, resources, styles, component definitions, scripts
/// and the element tree. Produced by <see cref="KrbReader"/>; every size, index and reference it
/// holds has been checked. Elements and property lists are views over <see cref="Data"/>.
/// </summary>
public sealed class KrbDocument
{
    internal KrbDocument(KrbHeader header, ReadOnlyMemory<byte> data)
    {
        Header = header;
        Data = data;
        IsWide = header.IsWide;
    }

    public KrbHeader Header { get; }

    /// <summary>The file bytes the views decode from.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    public bool IsWide { get; }

    public IReadOnlyList<string> Strings => StringTable;

    public IReadOnlyList<KrbResource> Resources { get; internal set; } = [];

    public IReadOnlyList<KrbStyle> Styles { get; internal set; } = [];

    public IReadOnlyList<KrbComponent> Components { get; internal set; } = [];

    public IReadOnlyList<KrbScript> Scripts { get; internal set; } = [];

    /// <summary>The top-level elements of the main tree (normally one App).</summary>
    public IReadOnlyList<KrbElement> Roots { get; internal set; } = [];

    internal string[] StringTable { get; set; } = [];

    internal ElementRecord[] ElementRecords { get; set; } = [];

    internal int[] ChildIndices { get; set; } = [];

    public bool HasRoot => Roots.Count > 0;

    /// <summary>The first top-level element (the App); check <see cref="HasRoot"/> first.</summary>
    public KrbElement Root => Roots.Count > 0 ? Roots[0] : throw new InvalidOperationException("the document has no elements");

    /// <summary>A key/callback/name field: index 0 is allowed even with an empty table (KRB.md §4, "0 = none") and reads as "".</summary>
    internal string StringAt(int index) => (uint)index < (uint)StringTable.Length ? StringTable[index] : "";

    /// <summary>The string a String-typed value refers to.</summary>
    public string GetString(KrbValue value) => StringTable[value.AsIndex()];

    public KrbResource GetResource(KrbValue value) => Resources[value.AsIndex()];

    /// <summary>The style with a 1-based id, or null for 0.</summary>
    public KrbStyle? GetStyle(int id) => id >= 1 && id <= Styles.Count ? Styles[id - 1] : null;

    public KrbComponent? FindComponent(string name) => Components.FirstOrDefault(c => c.Name == name);

    /// <summary>Every element of the main tree, pre-order.</summary>
    public IEnumerable<KrbElement> Elements => Roots.SelectMany(r => r.DescendantsAndSelf());
}

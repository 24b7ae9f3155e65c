namespace Kryon.Compiler.Emit;

/// <summary>
/// The string table (KRB.md §4): index 0 is always "", every other string is stored once, in
/// first-use order, so the same input always gives the same indices.
/// </summary>
internal sealed class StringTableBuilder
{
    private readonly Dictionary<string, int> _indices = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<string> _strings = [""];

    public int Count => _strings.Count;

    public IReadOnlyList<string> Strings => _strings;

    public int Intern(string text)
    {
        if (_indices.TryGetValue(text, out int index)) return index;
        index = _strings.Count;
        _indices.Add(text, index);
        _strings.Add(text);
        return index;
    }

    public int IndexOf(string text) => _indices[text];
}

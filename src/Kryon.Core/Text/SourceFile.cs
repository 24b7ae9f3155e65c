namespace Kryon.Text;

/// <summary>
/// One source file's text with a line index, so that byte-free character offsets can be turned
/// into 1-based line/column positions for diagnostics without rescanning the text.
/// </summary>
public sealed class SourceFile
{
    private int[]? _lineStarts;

    public SourceFile(string path, string text)
    {
        Path = path;
        // A BOM is not part of the source (KRY.md §1.1).
        Text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>The path as the user named it (or as an include resolved it).</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>Offsets at which each line starts; `\n`, `\r\n` and `\r` each end a line.</summary>
    public ReadOnlySpan<int> LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    public SourceLocation GetLocation(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var starts = LineStarts;
        int line = starts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new SourceLocation(line + 1, offset - starts[line] + 1);
    }

    /// <summary>The text of a 1-based line, without its terminator.</summary>
    public string GetLineText(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length) return "";
        int start = starts[line - 1];
        int end = line < starts.Length ? starts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text[start..end];
    }

    /// <summary>The offsets at which the lines of a text start (the first is 0): what <see cref="LineStarts"/> holds, for any text (the language server's edited buffers).</summary>
    public static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        int i = 0;
        while (true)
        {
            int at = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (at < 0) break;
            i += at;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            i++;
            starts.Add(i);
        }
        return starts.ToArray();
    }
}

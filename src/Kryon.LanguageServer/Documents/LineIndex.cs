using Kryon.LanguageServer.Protocol;

namespace Kryon.LanguageServer.Documents;

/// <summary>
/// Converts between character offsets and LSP positions (line, UTF-16 column). .NET strings are
/// UTF-16, so a column is simply an offset from the line start. Lines end at `\n`, `\r\n` or `\r`,
/// as in the compiler's SourceFile and in the LSP specification.
/// </summary>
public sealed class LineIndex
{
    private readonly string _text;
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineIndex(string text)
    {
        _length = text.Length;
        _lineStarts = Kryon.Text.SourceFile.ComputeLineStarts(text);
        _text = text;
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The offset of a position; a column past the line's end (or a line past the last) is clamped, as the specification asks.</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Length) return _length;
        int start = _lineStarts[position.Line];
        return start + Math.Clamp(position.Character, 0, LineEnd(position.Line) - start);
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new Position(line, offset - _lineStarts[line]);
    }

    public Range RangeOf(int start, int end) => new(PositionOf(start), PositionOf(end));

    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>The offset where a line's text ends (before its terminator).</summary>
    public int LineEnd(int line)
    {
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _length;
        while (end > _lineStarts[line] && (_text[end - 1] == '\n' || _text[end - 1] == '\r')) end--;
        return end;
    }
}

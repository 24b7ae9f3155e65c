using System.Text;

namespace Kryon.Backends.Terminal.Text;

/// <summary>One line of broken text: UTF-16 range in the text and its width in columns.</summary>
public readonly record struct CellLine(int Start, int Length, int Columns);

/// <summary>
/// Breaks text into lines of at most a number of columns, greedily at spaces, tabs and zero-width
/// spaces, and always at '\n'. A word wider than the line gets a line of its own (and overflows).
/// The measurer and the renderer both break with this, so the text is drawn on exactly the lines
/// the layout made room for. A ref struct iterator: no allocation.
/// </summary>
public ref struct CellLineBreaker
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _max;
    private int _position;
    private bool _done;

    /// <param name="maxColumns">The line width in columns; <see cref="int.MaxValue"/> for no wrapping (only '\n' breaks).</param>
    public CellLineBreaker(ReadOnlySpan<char> text, int maxColumns)
    {
        _text = text;
        _max = Math.Max(1, maxColumns);
    }

    public static bool IsBreak(char c) => c is ' ' or '\t' or '\u200B';

    /// <summary>The next line, or false when the text is done.</summary>
    public bool Next(out CellLine line)
    {
        if (_done)
        {
            line = default;
            return false;
        }
        int start = _position, i = _position;
        int lineEnd = start, lineColumns = 0; // the line so far ends after its last word
        int pendingColumns = 0; // separators after the last word, counted when the next word fits
        while (i < _text.Length)
        {
            char c = _text[i];
            if (c == '\n')
            {
                line = new CellLine(start, lineEnd - start, lineColumns);
                _position = i + 1;
                return true;
            }
            if (IsBreak(c))
            {
                pendingColumns += c == '\u200B' ? 0 : 1;
                i++;
                continue;
            }
            // A word: measure it.
            int wordStart = i, wordColumns = 0;
            while (i < _text.Length && !IsBreak(_text[i]) && _text[i] != '\n')
            {
                if (Rune.DecodeFromUtf16(_text[i..], out var rune, out int used) != System.Buffers.OperationStatus.Done) used = 1;
                else wordColumns += CellWidth.Of(rune);
                i += used;
            }
            if (lineEnd > start && lineColumns + pendingColumns + wordColumns > _max)
            {
                // The word goes to the next line.
                line = new CellLine(start, lineEnd - start, lineColumns);
                _position = wordStart;
                return true;
            }
            if (lineEnd == start && lineColumns == 0 && wordStart > start)
            {
                // Leading separators of a line: kept only at the start of a paragraph (indentation).
                if (!AtParagraphStart(start)) { start = wordStart; pendingColumns = 0; }
            }
            lineColumns += pendingColumns + wordColumns;
            pendingColumns = 0;
            lineEnd = i;
        }
        line = new CellLine(start, lineEnd - start, lineColumns);
        _done = true;
        return true;
    }

    private readonly bool AtParagraphStart(int index) => index == 0 || _text[index - 1] == '\n';

    /// <summary>The number of lines of <paramref name="text"/> at <paramref name="maxColumns"/>, and the widest.</summary>
    public static (int Lines, int Widest) Measure(ReadOnlySpan<char> text, int maxColumns)
    {
        var breaker = new CellLineBreaker(text, maxColumns);
        int lines = 0, widest = 0;
        while (breaker.Next(out var line))
        {
            lines++;
            widest = Math.Max(widest, line.Columns);
        }
        return (lines, widest);
    }
}

using System.Text;
using Kryon.Backends.Terminal.Text;

namespace Kryon.Backends.Terminal.Tests;

/// <summary>
/// Just enough of a terminal to replay what the diff writer writes: cursor moves (CUP, CUF),
/// erase display, SGR (ignored) and UTF-8 text with wide characters. Tests compare its screen with
/// the grid the bytes were made from.
/// </summary>
internal sealed class VirtualTerminal(int columns, int rows)
{
    private readonly string[,] _cells = Blank(columns, rows);
    private int _column, _row;

    private static string[,] Blank(int columns, int rows)
    {
        var cells = new string[rows, columns];
        for (int r = 0; r < rows; r++) for (int c = 0; c < columns; c++) cells[r, c] = " ";
        return cells;
    }

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\e')
            {
                int end = i + 2;
                while (end < text.Length && !(text[end] >= '@' && text[end] <= '~')) end++;
                var parameters = text[(i + 2)..end];
                char final = text[end];
                var numbers = parameters.TrimStart('?').Split(';').Select(p => int.TryParse(p, out var n) ? n : 0).ToArray();
                switch (final)
                {
                    case 'H': _row = Math.Max(1, numbers[0]) - 1; _column = numbers.Length > 1 ? Math.Max(1, numbers[1]) - 1 : 0; break;
                    case 'C': _column += Math.Max(1, numbers[0]); break;
                    case 'J': for (int r = 0; r < rows; r++) for (int c = 0; c < columns; c++) _cells[r, c] = " "; break;
                }
                i = end;
                continue;
            }
            var rune = Rune.GetRuneAt(text, i);
            if (rune.IsBmp == false) i++;
            int width = CellWidth.Of(rune);
            if (_column < columns && _row < rows)
            {
                // As a real terminal does: overwriting half of a wide character blanks the other half.
                if (_cells[_row, _column] == "" && _column > 0) _cells[_row, _column - 1] = " ";
                if (_column + 1 < columns && _cells[_row, _column + 1] == "") _cells[_row, _column + 1] = " ";
                if (width == 2 && _column + 2 < columns && _cells[_row, _column + 2] == "") _cells[_row, _column + 2] = " ";
                _cells[_row, _column] = rune.ToString();
                if (width == 2 && _column + 1 < columns) _cells[_row, _column + 1] = "";
            }
            _column = Math.Min(columns - 1 + 1, _column + width);
        }
    }

    public string Screen()
    {
        var sb = new StringBuilder();
        for (int r = 0; r < rows; r++)
        {
            var line = new StringBuilder();
            for (int c = 0; c < columns; c++) line.Append(_cells[r, c]);
            sb.Append(line.ToString().TrimEnd()).Append('\n');
        }
        return sb.ToString();
    }
}

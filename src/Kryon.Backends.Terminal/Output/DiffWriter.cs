using Kryon.Backends.Terminal.Rendering;

namespace Kryon.Backends.Terminal.Output;

/// <summary>
/// Turns a new frame into the fewest bytes that make the terminal show it: it remembers what the
/// terminal shows (the front grid) and writes only the cells that differ, moving the cursor only
/// where it must (a run of changed cells is one move) and changing colours and style only when
/// they differ from the last written cell's. A frame equal to the last one writes nothing.
/// Then the text cursor is put on the caret (or hidden).
/// </summary>
public sealed class DiffWriter(ColorMode colors)
{
    private readonly ByteBuffer _out = new();
    private CellGrid? _front;
    private bool _frontValid;
    // The terminal's state as far as this writer knows: pen and cursor (-1: unknown).
    private uint _penForeground, _penBackground;
    private CellStyle _penStyle;
    private bool _penKnown;
    private int _cursorColumn = -1, _cursorRow = -1;
    private bool _cursorShown;

    public ColorMode Colors { get; } = colors;

    /// <summary>Forget what the terminal shows (after a resize, or when something else wrote to it): the next frame is written whole.</summary>
    public void Invalidate()
    {
        _frontValid = false;
        _penKnown = false;
        _cursorColumn = _cursorRow = -1;
    }

    /// <summary>The bytes that take the terminal from the last frame to <paramref name="next"/> (valid until the next call).</summary>
    public ReadOnlySpan<byte> Write(CellGrid next)
    {
        _out.Clear();
        bool full = !_frontValid || _front is null || _front.Columns != next.Columns || _front.Rows != next.Rows;
        if (full)
        {
            _out.Add("\e[0m\e[H\e[2J"u8);
            _penKnown = false;
            _cursorColumn = _cursorRow = -1;
        }
        var cells = next.Cells;
        var front = full ? null : _front!.Cells;
        int columns = next.Columns;
        bool wrote = false;
        for (int row = 0; row < next.Rows; row++)
        {
            int rowStart = row * columns;
            for (int column = 0; column < columns; column++)
            {
                int i = rowStart + column;
                ref readonly var cell = ref cells[i];
                if (cell.Rune == Cell.WideTail) continue; // its head writes it
                bool wide = column + 1 < columns && cells[i + 1].Rune == Cell.WideTail;
                if (front is not null && cell == front[i] && (!wide || cells[i + 1] == front[i + 1])) continue;
                // A blank cell on the terminal's own background after a full clear is already there.
                if (front is null && cell == Cell.Blank) continue;
                MoveTo(column, row);
                SetPen(cell);
                _out.AddRune(cell.Rune is 0 or Cell.WideTail ? ' ' : cell.Rune);
                _cursorColumn += wide ? 2 : 1;
                // At the right edge the cursor waits in the last column: its position is not certain.
                if (_cursorColumn >= columns) _cursorColumn = -1;
                wrote = true;
            }
        }
        PlaceCursor(next.Cursor, wrote || full);
        _front ??= new CellGrid(next.Columns, next.Rows);
        _front.CopyFrom(next);
        _frontValid = true;
        return _out.Written;
    }

    private void PlaceCursor((int Column, int Row)? cursor, bool moved)
    {
        if (cursor is { } at)
        {
            if (moved || at.Column != _cursorColumn || at.Row != _cursorRow) MoveTo(at.Column, at.Row);
            if (!_cursorShown) _out.Add("\e[6 q\e[?25h"u8); // a steady bar, where the caret is
            _cursorShown = true;
        }
        else if (_cursorShown)
        {
            _out.Add("\e[?25l"u8);
            _cursorShown = false;
        }
    }

    private void MoveTo(int column, int row)
    {
        if (row == _cursorRow && column == _cursorColumn) return;
        if (row == _cursorRow && _cursorColumn >= 0 && column > _cursorColumn)
        {
            // Forward on the same row: CUF is shorter than a full move.
            _out.Add("\e["u8);
            if (column - _cursorColumn > 1) _out.AddNumber(column - _cursorColumn);
            _out.Add((byte)'C');
        }
        else
        {
            _out.Add("\e["u8);
            _out.AddNumber(row + 1);
            _out.Add((byte)';');
            _out.AddNumber(column + 1);
            _out.Add((byte)'H');
        }
        _cursorColumn = column;
        _cursorRow = row;
    }

    private void SetPen(in Cell cell)
    {
        if (_penKnown && cell.Foreground == _penForeground && cell.Background == _penBackground && cell.Style == _penStyle) return;
        _out.Add("\e["u8);
        bool first = true;
        var removed = _penKnown ? _penStyle & ~cell.Style : CellStyle.None;
        bool reset = !_penKnown || removed != CellStyle.None;
        if (reset)
        {
            _out.Add((byte)'0');
            first = false;
        }
        var added = reset ? cell.Style : cell.Style & ~_penStyle;
        if ((added & CellStyle.Bold) != 0) Part(ref first, 1);
        if ((added & CellStyle.Dim) != 0) Part(ref first, 2);
        if ((added & CellStyle.Italic) != 0) Part(ref first, 3);
        if ((added & CellStyle.Underline) != 0) Part(ref first, 4);
        if ((added & CellStyle.Strikethrough) != 0) Part(ref first, 9);
        // After a reset the colours are the defaults.
        uint fg = reset ? Cell.DefaultColor : _penForeground, bg = reset ? Cell.DefaultColor : _penBackground;
        if (cell.Foreground != fg) Color(ref first, cell.Foreground, foreground: true);
        if (cell.Background != bg) Color(ref first, cell.Background, foreground: false);
        _out.Add((byte)'m');
        _penForeground = cell.Foreground;
        _penBackground = cell.Background;
        _penStyle = cell.Style;
        _penKnown = true;
    }

    private void Part(ref bool first, int number)
    {
        if (!first) _out.Add((byte)';');
        first = false;
        _out.AddNumber(number);
    }

    private void Color(ref bool first, uint rgb, bool foreground)
    {
        if (rgb == Cell.DefaultColor)
        {
            Part(ref first, foreground ? 39 : 49);
            return;
        }
        switch (Colors)
        {
            case ColorMode.TrueColor:
                Part(ref first, foreground ? 38 : 48);
                Part(ref first, 2);
                Part(ref first, (int)(rgb >> 16) & 0xFF);
                Part(ref first, (int)(rgb >> 8) & 0xFF);
                Part(ref first, (int)rgb & 0xFF);
                break;
            case ColorMode.Palette256:
                Part(ref first, foreground ? 38 : 48);
                Part(ref first, 5);
                Part(ref first, Palette.To256(rgb));
                break;
            default:
                int index = Palette.To16(rgb);
                Part(ref first, (foreground ? 30 : 40) + (index < 8 ? index : 60 + index - 8));
                break;
        }
    }
}

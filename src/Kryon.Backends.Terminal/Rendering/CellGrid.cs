namespace Kryon.Backends.Terminal.Rendering;

/// <summary>
/// A screen of cells, row by row, plus where the text cursor is (the focused Input's caret).
/// Writing a character keeps wide characters whole: overwriting either half of one blanks the
/// other half, and a wide character that does not fit before the right edge is drawn as a space.
/// </summary>
public sealed class CellGrid
{
    public CellGrid(int columns, int rows)
    {
        Resize(columns, rows);
    }

    public int Columns { get; private set; }

    public int Rows { get; private set; }

    public Cell[] Cells { get; private set; } = [];

    /// <summary>The caret's cell, or null when no Input has focus (the terminal cursor is hidden).</summary>
    public (int Column, int Row)? Cursor { get; set; }

    public ref Cell this[int column, int row] => ref Cells[row * Columns + column];

    public void Resize(int columns, int rows)
    {
        Columns = Math.Max(0, columns);
        Rows = Math.Max(0, rows);
        if (Cells.Length != Columns * Rows) Cells = new Cell[Columns * Rows];
        Clear(Cell.Blank);
    }

    public void Clear(Cell blank)
    {
        Cells.AsSpan().Fill(blank);
        Cursor = null;
    }

    /// <summary>Copies everything (cells and cursor) from <paramref name="other"/>, which must be the same size.</summary>
    public void CopyFrom(CellGrid other)
    {
        if (other.Columns != Columns || other.Rows != Rows) Resize(other.Columns, other.Rows);
        other.Cells.AsSpan().CopyTo(Cells);
        Cursor = other.Cursor;
    }

    /// <summary>
    /// Puts <paramref name="rune"/> (<paramref name="width"/> columns) at a cell, with colours and
    /// style; keeps wide characters whole. Returns false when it did not fit (nothing written).
    /// </summary>
    public bool Put(int column, int row, int rune, int width, uint foreground, uint background, CellStyle style, int clipRight)
    {
        if ((uint)row >= (uint)Rows || column < 0 || column >= Columns) return false;
        int right = Math.Min(Columns, clipRight);
        if (width == 2 && column + 1 >= right)
        {
            // Half a wide character would show: a space stands in for it.
            rune = ' ';
            width = 1;
        }
        BreakWide(column, row);
        if (width == 2) BreakWide(column + 1, row);
        this[column, row] = new Cell(rune, foreground, background, style);
        if (width == 2) this[column + 1, row] = new Cell(Cell.WideTail, foreground, background, style);
        return true;
    }

    /// <summary>Before a cell is overwritten: the other half of a wide character it belongs to becomes a space.</summary>
    public void BreakWide(int column, int row)
    {
        ref var cell = ref this[column, row];
        if (cell.Rune == Cell.WideTail && column > 0)
        {
            ref var head = ref this[column - 1, row];
            head = head with { Rune = ' ' };
        }
        else if (column + 1 < Columns && this[column + 1, row].Rune == Cell.WideTail)
        {
            ref var tail = ref this[column + 1, row];
            tail = tail with { Rune = ' ' };
        }
        if (cell.Rune == Cell.WideTail) cell = cell with { Rune = ' ' };
    }

    /// <summary>The grid as plain text, one line per row (wide tails skipped): tests and goldens.</summary>
    public string ToText()
    {
        var sb = new System.Text.StringBuilder();
        for (int r = 0; r < Rows; r++)
        {
            var line = new System.Text.StringBuilder();
            for (int c = 0; c < Columns; c++)
            {
                int rune = this[c, r].Rune;
                if (rune == Cell.WideTail) continue;
                line.Append(char.ConvertFromUtf32(rune));
            }
            sb.Append(line.ToString().TrimEnd()).Append('\n');
        }
        return sb.ToString();
    }
}

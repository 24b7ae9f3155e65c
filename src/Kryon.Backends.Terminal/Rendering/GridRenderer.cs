using System.Text;
using Kryon.Backends.Terminal.Text;
using Kryon.Runtime.Rendering;
using Kryon.Values;

namespace Kryon.Backends.Terminal.Rendering;

/// <summary>
/// Draws a <see cref="DisplayList"/> into a <see cref="CellGrid"/>, command by command in paint
/// order, as the cairo renderer draws it into pixels: fills set cell backgrounds (colours with
/// alpha blend over what is below), borders are box-drawing characters on the box's outer ring of
/// cells, text is broken into lines as the measurer broke it and aligned like the painter aligns
/// it, clips and opacity groups nest. Boxes map to cells by <see cref="CellMapping"/>. The focused
/// Input's caret becomes the grid's <see cref="CellGrid.Cursor"/>. Allocates nothing per frame.
/// </summary>
public sealed class GridRenderer
{
    /// <summary>Fills with a radius at least this (px) leave their corner cells out, so pills and round buttons look round.</summary>
    public const float RoundCornerRadius = 12;

    /// <summary>
    /// The element with keyboard focus (its handle; 0 for none): its text is underlined, so focus
    /// shows in a terminal even where the app styles no focus (a terminal has no focus ring).
    /// </summary>
    public int FocusedElement { get; set; }

    private CellRect[] _clips = new CellRect[16];
    private float[] _opacities = new float[16];
    private int _clipDepth, _opacityDepth;

    public void Render(DisplayList list, CellGrid grid)
    {
        uint background = list.Background.A > 0 ? Rgb(list.Background) : Cell.DefaultColor;
        grid.Clear(Cell.Blank with { Background = background });
        _clipDepth = _opacityDepth = 0;
        var clip = new CellRect(0, 0, grid.Columns, grid.Rows);
        float opacity = 1;
        foreach (ref readonly var command in list.Commands)
        {
            switch (command.Kind)
            {
                case DisplayCommandKind.FillRect:
                    Fill(grid, command, clip, opacity);
                    break;
                case DisplayCommandKind.Border:
                    Border(grid, command, clip, opacity);
                    break;
                case DisplayCommandKind.Text:
                    if (command.Text is { } run)
                        DrawText(grid, CellMapping.Of(command.Bounds), command.Bounds, run, clip, opacity, command.Element != 0 && command.Element == FocusedElement);
                    break;
                case DisplayCommandKind.Image:
                    Image(grid, CellMapping.Of(command.Bounds).Intersect(clip), opacity);
                    break;
                case DisplayCommandKind.PushClip:
                    Push(ref _clips, _clipDepth++, clip);
                    clip = clip.Intersect(CellMapping.Of(command.Bounds));
                    break;
                case DisplayCommandKind.PopClip:
                    if (_clipDepth > 0) clip = _clips[--_clipDepth];
                    break;
                case DisplayCommandKind.PushOpacity:
                    Push(ref _opacities, _opacityDepth++, opacity);
                    opacity *= Math.Clamp(command.Opacity, 0, 1);
                    break;
                case DisplayCommandKind.PopOpacity:
                    if (_opacityDepth > 0) opacity = _opacities[--_opacityDepth];
                    break;
                case DisplayCommandKind.Caret:
                    Caret(grid, command, clip);
                    break;
            }
        }
    }

    private static void Push<T>(ref T[] stack, int index, T value)
    {
        if (index == stack.Length) Array.Resize(ref stack, stack.Length * 2);
        stack[index] = value;
    }

    private static void Fill(CellGrid grid, in DisplayCommand command, CellRect clip, float opacity)
    {
        float alpha = command.Color.A / 255f * opacity;
        if (alpha <= 0) return;
        var box = CellMapping.Of(command.Bounds);
        var area = box.Intersect(clip);
        if (area.IsEmpty) return;
        bool roundCorners = command.Radius >= RoundCornerRadius && box.Columns >= 4 && box.Rows >= 2;
        bool covers = alpha >= 0.5f;
        for (int row = area.Top; row < area.Bottom; row++)
        {
            for (int column = area.Left; column < area.Right; column++)
            {
                if (roundCorners && (column == box.Left || column == box.Right - 1) && (row == box.Top || row == box.Bottom - 1)) continue;
                ref var cell = ref grid[column, row];
                uint bg = Blend(command.Color, alpha, cell.Background);
                if (covers)
                {
                    grid.BreakWide(column, row);
                    cell = new Cell(' ', cell.Foreground, bg, CellStyle.None);
                }
                else cell = cell with { Background = bg, Foreground = Blend(command.Color, alpha, cell.Foreground) };
            }
        }
    }

    private static void Border(CellGrid grid, in DisplayCommand command, CellRect clip, float opacity)
    {
        float alpha = command.Color.A / 255f * opacity;
        if (alpha <= 0 || !command.Sides.Any) return;
        var box = CellMapping.Of(command.Bounds);
        if (box.IsEmpty) return;
        if (!command.Sides.IsUniform)
        {
            SomeSides(grid, command, box, alpha, clip);
            return;
        }
        var chars = BoxDrawing.For(command.Sides.Top, command.Radius);
        if (box.Rows == 1)
        {
            // One row has no room for lines above and below: brackets mark the box, like a button.
            Line(grid, box.Left, box.Top, '[', command.Color, alpha, clip);
            if (box.Columns > 1) Line(grid, box.Right - 1, box.Top, ']', command.Color, alpha, clip);
            return;
        }
        if (box.Rows == 2 && box.Columns > 1)
        {
            // Two rows: lines above and below would run through the text inside; the sides mark the box.
            for (int row = box.Top; row < box.Bottom; row++)
            {
                Line(grid, box.Left, row, chars.Vertical, command.Color, alpha, clip);
                Line(grid, box.Right - 1, row, chars.Vertical, command.Color, alpha, clip);
            }
            return;
        }
        if (box.Columns == 1)
        {
            for (int row = box.Top; row < box.Bottom; row++) Line(grid, box.Left, row, chars.Vertical, command.Color, alpha, clip);
            return;
        }
        for (int column = box.Left + 1; column < box.Right - 1; column++)
        {
            Line(grid, column, box.Top, chars.Horizontal, command.Color, alpha, clip);
            Line(grid, column, box.Bottom - 1, chars.Horizontal, command.Color, alpha, clip);
        }
        for (int row = box.Top + 1; row < box.Bottom - 1; row++)
        {
            Line(grid, box.Left, row, chars.Vertical, command.Color, alpha, clip);
            Line(grid, box.Right - 1, row, chars.Vertical, command.Color, alpha, clip);
        }
        Line(grid, box.Left, box.Top, chars.TopLeft, command.Color, alpha, clip);
        Line(grid, box.Right - 1, box.Top, chars.TopRight, command.Color, alpha, clip);
        Line(grid, box.Left, box.Bottom - 1, chars.BottomLeft, command.Color, alpha, clip);
        Line(grid, box.Right - 1, box.Bottom - 1, chars.BottomRight, command.Color, alpha, clip);
    }

    /// <summary>
    /// A border whose sides differ (`border_bottom_width: 2` under a heading): each side with a width
    /// is a line of its own weight along the box's edge, joined by a corner where two of them meet.
    /// A one-row box has no rows for a top or bottom line; only its side lines are drawn.
    /// </summary>
    private static void SomeSides(CellGrid grid, in DisplayCommand command, CellRect box, float alpha, CellRect clip)
    {
        var sides = command.Sides;
        bool top = sides.Top > 0 && box.Rows > 1, bottom = sides.Bottom > 0 && box.Rows > 1;
        bool left = sides.Left > 0, right = sides.Right > 0 && box.Columns > 1;
        var color = command.Color;
        float radius = command.Radius;
        if (top) for (int column = box.Left; column < box.Right; column++) Line(grid, column, box.Top, BoxDrawing.For(sides.Top, 0).Horizontal, color, alpha, clip);
        if (bottom) for (int column = box.Left; column < box.Right; column++) Line(grid, column, box.Bottom - 1, BoxDrawing.For(sides.Bottom, 0).Horizontal, color, alpha, clip);
        if (left) for (int row = box.Top; row < box.Bottom; row++) Line(grid, box.Left, row, BoxDrawing.For(sides.Left, 0).Vertical, color, alpha, clip);
        if (right) for (int row = box.Top; row < box.Bottom; row++) Line(grid, box.Right - 1, row, BoxDrawing.For(sides.Right, 0).Vertical, color, alpha, clip);
        // Corners take the heavier of the two lines that meet there.
        BoxDrawing CornerSet(float a, float b) => BoxDrawing.For(Math.Max(a, b), radius);
        if (top && left) Line(grid, box.Left, box.Top, CornerSet(sides.Top, sides.Left).TopLeft, color, alpha, clip);
        if (top && right) Line(grid, box.Right - 1, box.Top, CornerSet(sides.Top, sides.Right).TopRight, color, alpha, clip);
        if (bottom && left) Line(grid, box.Left, box.Bottom - 1, CornerSet(sides.Bottom, sides.Left).BottomLeft, color, alpha, clip);
        if (bottom && right) Line(grid, box.Right - 1, box.Bottom - 1, CornerSet(sides.Bottom, sides.Right).BottomRight, color, alpha, clip);
    }

    private static void Line(CellGrid grid, int column, int row, char c, Color color, float alpha, CellRect clip)
    {
        if (!clip.Contains(column, row)) return;
        var below = grid[column, row];
        grid.Put(column, row, c, 1, Blend(color, alpha, below.Background), below.Background, CellStyle.None, clip.Right);
    }

    private static void Image(CellGrid grid, CellRect area, float opacity)
    {
        // No pixels in a terminal: the image's place is shaded, so the layout still reads.
        if (opacity <= 0) return;
        for (int row = area.Top; row < area.Bottom; row++)
            for (int column = area.Left; column < area.Right; column++)
                grid.Put(column, row, '░', 1, 0x808080, grid[column, row].Background, CellStyle.None, area.Right);
    }

    private static void DrawText(CellGrid grid, CellRect box, Runtime.Layout.LayoutBox bounds, TextRun run, CellRect clip, float opacity, bool focused)
    {
        float alpha = run.Color.A / 255f * opacity;
        if (alpha <= 0 || clip.IsEmpty) return;
        var style = focused ? CellStyle.Underline : CellStyle.None;
        if (run.FontWeight >= 600) style |= CellStyle.Bold;
        if (run.Italic) style |= CellStyle.Italic;
        if (run.Decoration == "underline") style |= CellStyle.Underline;
        else if (run.Decoration == "line-through") style |= CellStyle.Strikethrough;

        int boxColumns = CellTextMeasurer.ColumnsIn(bounds.Width);
        var text = run.Text.AsSpan();
        if (!run.Wrap)
        {
            // One line per paragraph, centred vertically in the box (TextPlacement.SingleLineTop), ellipsized to the box.
            var (lines, _) = CellLineBreaker.Measure(text, int.MaxValue);
            float top = bounds.Y + TextPlacement.SingleLineTop(bounds.Height, lines * CellTextMeasurer.CellHeightPx);
            int row = CellMapping.Row(top);
            var breaker = new CellLineBreaker(text, int.MaxValue);
            while (breaker.Next(out var line))
                DrawLine(grid, bounds, text.Slice(line.Start, line.Length), line.Columns, run.Ellipsis ? boxColumns : int.MaxValue, false, row++, run, alpha, style, clip);
            return;
        }
        var wrapped = new CellLineBreaker(text, Math.Max(1, boxColumns));
        int r = box.Top;
        bool has = wrapped.Next(out var current);
        while (has)
        {
            bool more = wrapped.Next(out var next);
            // Wrapped text that runs out of room ends its last visible line with "…".
            bool cut = run.Ellipsis && more && r == box.Bottom - 1;
            DrawLine(grid, bounds, text.Slice(current.Start, current.Length), current.Columns, cut ? boxColumns : int.MaxValue, cut, r, run, alpha, style, clip);
            if (cut) break;
            r++;
            current = next;
            has = more;
        }
    }

    /// <summary>
    /// Draws one line at its aligned start. A line wider than <paramref name="limit"/> columns (or
    /// one that must show that text follows) is cut and ends with "…" within the limit.
    /// </summary>
    private static void DrawLine(CellGrid grid, Runtime.Layout.LayoutBox bounds, ReadOnlySpan<char> line, int lineColumns, int limit, bool forceEllipsis, int row, TextRun run, float alpha, CellStyle style, CellRect clip)
    {
        if (row < clip.Top || row >= clip.Bottom) return;
        bool ellipsis = lineColumns > limit || forceEllipsis;
        int shown = ellipsis ? Math.Max(0, Math.Min(lineColumns, limit - 1)) : lineColumns;
        int drawn = ellipsis ? shown + 1 : lineColumns;
        float start = TextPlacement.LineStart(bounds.Width, drawn * CellTextMeasurer.CellWidthPx, run.Align, run.RightToLeft);
        int column = CellMapping.Column(bounds.X + Math.Max(0, start));
        int used = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            bool tab = rune.Value == '\t';
            int width = tab ? 1 : CellWidth.Of(rune);
            if (width == 0) continue;
            if (used + width > shown) break;
            Glyph(grid, column, row, tab ? ' ' : rune.Value, width, run.Color, alpha, style, clip);
            column += width;
            used += width;
        }
        if (ellipsis && limit > 0) Glyph(grid, column, row, '…', 1, run.Color, alpha, style, clip);
    }

    private static void Glyph(CellGrid grid, int column, int row, int rune, int width, Color color, float alpha, CellStyle style, CellRect clip)
    {
        if (column < clip.Left || column >= clip.Right) return;
        var below = grid[column, row];
        // Text over the terminal's own background at half alpha (a placeholder) is drawn dim.
        if (alpha < 0.75f && below.Background == Cell.DefaultColor) style |= CellStyle.Dim;
        grid.Put(column, row, rune, width, Blend(color, alpha, below.Background), below.Background, style, clip.Right);
    }

    private static void Caret(CellGrid grid, in DisplayCommand command, CellRect clip)
    {
        var box = command.Bounds;
        int column = CellMapping.Column(box.X);
        int row = (int)MathF.Floor((box.Y + box.Height / 2) / CellTextMeasurer.CellHeightPx);
        // The caret after the last character may stand just right of the box: still show it.
        if (column == clip.Right && column < grid.Columns) clip = clip with { Right = column + 1 };
        if (clip.Contains(column, row)) grid.Cursor = (column, row);
    }

    public static uint Rgb(Color c) => (uint)(c.R << 16 | c.G << 8 | c.B);

    /// <summary><paramref name="color"/> at <paramref name="alpha"/> over <paramref name="below"/> (the terminal's default counts as opaque when alpha ≥ ½).</summary>
    public static uint Blend(Color color, float alpha, uint below)
    {
        if (alpha >= 0.999f) return Rgb(color);
        if (below == Cell.DefaultColor) return alpha >= 0.5f ? Rgb(color) : (alpha > 0 ? Rgb(color) : below);
        float a = Math.Clamp(alpha, 0, 1);
        int r = (int)MathF.Round(color.R * a + ((below >> 16) & 0xFF) * (1 - a));
        int g = (int)MathF.Round(color.G * a + ((below >> 8) & 0xFF) * (1 - a));
        int b = (int)MathF.Round(color.B * a + (below & 0xFF) * (1 - a));
        return (uint)(r << 16 | g << 8 | b);
    }
}

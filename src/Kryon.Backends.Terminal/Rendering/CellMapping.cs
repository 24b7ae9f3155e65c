using Kryon.Backends.Terminal.Text;
using Kryon.Runtime.Layout;

namespace Kryon.Backends.Terminal.Rendering;

/// <summary>A rectangle of cells: columns [Left, Right), rows [Top, Bottom).</summary>
public readonly record struct CellRect(int Left, int Top, int Right, int Bottom)
{
    public bool IsEmpty => Right <= Left || Bottom <= Top;

    public int Columns => Math.Max(0, Right - Left);

    public int Rows => Math.Max(0, Bottom - Top);

    public CellRect Intersect(CellRect o) => new(Math.Max(Left, o.Left), Math.Max(Top, o.Top), Math.Min(Right, o.Right), Math.Min(Bottom, o.Bottom));

    public bool Contains(int column, int row) => column >= Left && column < Right && row >= Top && row < Bottom;
}

/// <summary>
/// Pixels to cells. Layout is in px; a cell is 8 × 16 px (<see cref="CellTextMeasurer"/>). Every
/// edge is rounded to the nearest cell boundary (half up), so a box covers the cells whose
/// centres it covers, and two boxes that touch in px touch in cells — nothing overlaps or leaves a
/// gap. A point (the pointer) goes the other way to the centre of its cell.
/// </summary>
public static class CellMapping
{
    public static int Column(float x) => Edge(x / CellTextMeasurer.CellWidthPx);

    public static int Row(float y) => Edge(y / CellTextMeasurer.CellHeightPx);

    public static CellRect Of(LayoutBox box) => new(Column(box.X), Row(box.Y), Column(box.X + Math.Max(0, box.Width)), Row(box.Y + Math.Max(0, box.Height)));

    /// <summary>The px point at the centre of a cell: where a mouse report in that cell points.</summary>
    public static (float X, float Y) CentreOf(int column, int row) =>
        ((column + 0.5f) * CellTextMeasurer.CellWidthPx, (row + 0.5f) * CellTextMeasurer.CellHeightPx);

    private static int Edge(float cells) => float.IsFinite(cells) ? (int)Math.Clamp(MathF.Floor(cells + 0.5f), -100_000, 100_000) : 0;
}

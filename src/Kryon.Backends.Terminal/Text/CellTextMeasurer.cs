using System.Text;
using Kryon.Runtime.Layout;

namespace Kryon.Backends.Terminal.Text;

/// <summary>
/// Measures text in terminal cells for the layout, which stays in pixels: one cell is
/// <see cref="CellWidthPx"/> × <see cref="CellHeightPx"/> px. A text is as wide as its columns
/// (<see cref="CellWidth"/>: wide characters and emoji take two) × 8 px and as tall as its lines
/// × 16 px, whatever its font size: a terminal has one font. Lines break as the renderer breaks
/// them (<see cref="CellLineBreaker"/>).
/// </summary>
public sealed class CellTextMeasurer : ITextMeasurer
{
    public const float CellWidthPx = 8, CellHeightPx = 16;

    /// <summary>The widest word.</summary>
    public float MinContentWidth(LayoutNode node, string text)
    {
        int widest = 0, current = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is ' ' or '\t' or '\u200B' or '\n')
            {
                widest = Math.Max(widest, current);
                current = 0;
                continue;
            }
            current += CellWidth.Of(rune);
        }
        return Math.Max(widest, current) * CellWidthPx;
    }

    /// <summary>The widest line when only '\n' breaks.</summary>
    public float MaxContentWidth(LayoutNode node, string text) => CellLineBreaker.Measure(text, int.MaxValue).Widest * CellWidthPx;

    public float HeightForWidth(LayoutNode node, string text, float width) => CellLineBreaker.Measure(text, ColumnsIn(width)).Lines * CellHeightPx;

    /// <summary>The whole columns in <paramref name="widthPx"/> (a hair of float error does not lose a column).</summary>
    public static int ColumnsIn(float widthPx) =>
        float.IsFinite(widthPx) ? (int)Math.Clamp(MathF.Floor(widthPx / CellWidthPx + 0.01f), 0, int.MaxValue / 2) : int.MaxValue;
}

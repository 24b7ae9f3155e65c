using System.Globalization;
using System.Text;
using Kryon.Runtime.Layout;

namespace Kryon.Runtime.Text;

/// <summary>The font a text node is measured with: size in px and line height as a multiple of it.</summary>
public readonly record struct TextFont(float Size, float LineHeight);

/// <summary>
/// Measures text from average glyph advances, without a font engine: each character advances
/// <see cref="AverageAdvance"/> × font size (East Asian wide characters and emoji a full em),
/// lines break at spaces and zero-width spaces, and a line is font size × line height tall.
/// Used where no real font backend is loaded (headless runs, `kryon layout --metrics estimated` or
/// without cairo); the raster backend replaces it with Pango's exact metrics.
/// </summary>
public sealed class EstimatedTextMeasurer(Func<LayoutNode, TextFont> fontOf) : ITextMeasurer
{
    /// <summary>Average advance of a proportional sans-serif glyph, in em.</summary>
    public const float AverageAdvance = 0.55f;

    public float MinContentWidth(LayoutNode node, string text)
    {
        float em = fontOf(node).Size, widest = 0, current = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsBreak(rune)) { widest = Math.Max(widest, current); current = 0; continue; }
            current += Advance(rune) * em;
        }
        return Math.Max(widest, current);
    }

    public float MaxContentWidth(LayoutNode node, string text)
    {
        float em = fontOf(node).Size, widest = 0, current = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n') { widest = Math.Max(widest, current); current = 0; continue; }
            if (rune.Value == '\u200B') continue;
            current += Advance(rune) * em;
        }
        return Math.Max(widest, current);
    }

    public float HeightForWidth(LayoutNode node, string text, float width)
    {
        var font = fontOf(node);
        float em = font.Size;
        int lines = 1;
        float line = 0, word = 0, space = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                lines++;
                line = word = space = 0;
                continue;
            }
            if (IsBreak(rune))
            {
                // Commit the word: it either fits on this line or starts the next one.
                if (line > 0 && line + space + word > width + 0.01f) { lines++; line = word; }
                else line += (line > 0 ? space : 0) + word;
                word = 0;
                space = rune.Value == ' ' ? AverageAdvance * em : 0;
                continue;
            }
            word += Advance(rune) * em;
        }
        if (word > 0 && line > 0 && line + space + word > width + 0.01f) lines++;
        return lines * em * font.LineHeight;
    }

    private static bool IsBreak(Rune r) => r.Value is ' ' or '\u200B' or '\n' or '\t';

    private static float Advance(Rune r)
    {
        if (r.Value < 0x1100) return AverageAdvance;
        var category = Rune.GetUnicodeCategory(r);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) return 0;
        // East Asian wide ranges and emoji take a full em.
        return r.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1FAFF or >= 0x20000 and <= 0x3FFFD
            ? 1f : AverageAdvance;
    }
}

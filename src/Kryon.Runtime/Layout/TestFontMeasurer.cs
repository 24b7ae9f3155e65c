namespace Kryon.Runtime.Layout;

/// <summary>The conformance test font: every character is a 10 x 10 px square, U+200B (zero width space)
/// separates words and is a zero-width break opportunity. Lines are packed greedily with
/// floor(width / 10) characters each. Allocation-free: it walks the string instead of splitting it.</summary>
public sealed class TestFontMeasurer : ITextMeasurer
{
    public const float GlyphSize = 10f;
    private const char WordBreak = '\u200B';

    public float MinContentWidth(LayoutNode node, string text)
    {
        int longest = 0, current = 0;
        foreach (char c in text)
        {
            if (c == WordBreak) { current = 0; continue; }
            current++;
            if (current > longest) longest = current;
        }
        return longest * GlyphSize;
    }

    public float MaxContentWidth(LayoutNode node, string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (c != WordBreak) count++;
        }
        return count * GlyphSize;
    }

    public float HeightForWidth(LayoutNode node, string text, float width)
    {
        int lineCapacity = (int)MathF.Floor(width / GlyphSize);
        int lines = 1, lineLength = 0, wordLength = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != WordBreak) { wordLength++; continue; }
            // A word ends: it goes on the current line if it fits, else it starts a new one.
            if (lineLength + wordLength > lineCapacity)
            {
                if (lineLength > 0) lines++;
                lineLength = wordLength;
            }
            else
            {
                lineLength += wordLength;
            }
            wordLength = 0;
        }
        return lines * GlyphSize;
    }
}

using Kryon.Runtime.Rendering;
using Kryon.Values;
using static Kryon.Backends.Cairo.Tests.TestDisplayLists;

namespace Kryon.Backends.Cairo.Tests;

public class TextRenderingTests
{
    [Fact]
    public void Text_draws_ink_inside_its_box_and_none_outside()
    {
        var image = Render(List(200, 60, White, Label(20, 10, 160, 40, "Hello, Kryon!")));
        var ink = InkBounds(image);
        Assert.NotNull(ink);
        var (left, top, right, bottom) = ink.Value;
        Assert.InRange(left, 20, 179);
        Assert.InRange(right, 20, 179);
        Assert.InRange(top, 10, 49);
        Assert.InRange(bottom, 10, 49);
        Assert.True(right - left > 40, "a dozen glyphs at 16px are wider than 40px");
    }

    [Fact]
    public void Center_alignment_puts_the_ink_in_the_middle_of_the_box()
    {
        var image = Render(List(300, 40, White, Label(0, 0, 300, 40, "Centred text", TextAlign.Center)));
        var (left, _, right, _) = InkBounds(image)!.Value;
        int leftGap = left, rightGap = 299 - right;
        Assert.True(Math.Abs(leftGap - rightGap) <= 2, $"gaps {leftGap} and {rightGap}");
    }

    [Fact]
    public void End_alignment_puts_the_ink_at_the_right_edge()
    {
        var image = Render(List(300, 40, White, Label(0, 0, 300, 40, "End", TextAlign.End)));
        var (left, _, right, _) = InkBounds(image)!.Value;
        Assert.InRange(right, 290, 299);
        Assert.True(left > 250);
    }

    [Fact]
    public void Right_to_left_text_starts_at_the_right_edge()
    {
        var image = Render(List(300, 40, White, Label(0, 0, 300, 40, "שלום עולם", rtl: true)));
        var (left, _, right, _) = InkBounds(image)!.Value;
        Assert.InRange(right, 285, 299);
        Assert.True(left > 150);
    }

    [Fact]
    public void Long_text_wraps_to_the_box_width()
    {
        const string words = "the quick brown fox jumps over the lazy dog again and again";
        var image = Render(List(120, 200, White, Label(10, 0, 100, 200, words)));
        var (left, top, right, bottom) = InkBounds(image)!.Value;
        Assert.True(left >= 10 && right < 110, $"ink {left}..{right} outside 10..110");
        Assert.True(bottom - top > 3 * 19, "several lines of 19.2px");
    }

    [Fact]
    public void Ellipsis_keeps_the_ink_within_the_box()
    {
        const string longText = "A single line that is far too long for this small button";
        var clipped = Render(List(200, 30, White, Label(10, 5, 100, 20, longText, wrap: false, ellipsis: true)));
        var (left, _, right, _) = InkBounds(clipped)!.Value;
        Assert.True(left >= 10 && right < 110, $"ink {left}..{right} outside 10..110");
        Assert.True(right > 90, "the ellipsis ends near the box's end");

        // Without ellipsis, the same single line runs past the box.
        var overflowing = Render(List(400, 30, White, Label(10, 5, 100, 20, longText, wrap: false, ellipsis: false)));
        Assert.True(InkBounds(overflowing)!.Value.Right > 150);
    }

    [Fact]
    public void Wrapped_text_that_must_not_overflow_ends_its_last_visible_line_with_an_ellipsis()
    {
        const string words = "one two three four five six seven eight nine ten eleven twelve";
        var image = Render(List(120, 100, White, Label(10, 10, 100, 40, words, ellipsis: true)));
        var (_, top, _, bottom) = InkBounds(image)!.Value;
        Assert.True(top >= 10 && bottom < 50, $"ink rows {top}..{bottom} outside 10..50 (two lines)");
    }

    [Fact]
    public void Text_colour_and_alpha_are_used()
    {
        var red = new Color(255, 0, 0, 255);
        var image = Render(List(100, 60, White, Label(0, 0, 100, 60, "MMMM", size: 40, color: red)));
        bool hasRed = false;
        for (int y = 0; y < image.Height && !hasRed; y++)
            for (int x = 0; x < image.Width; x++)
                if (image.GetPixel(x, y) is { R: > 240, G: < 20, B: < 20 }) { hasRed = true; break; }
        Assert.True(hasRed);

        var translucent = Render(List(100, 60, White, Label(0, 0, 100, 60, "MMMM", size: 40, color: new Color(0, 0, 0, 128))));
        int darkest = 255;
        for (int y = 0; y < translucent.Height; y++)
            for (int x = 0; x < translucent.Width; x++)
                darkest = Math.Min(darkest, translucent.GetPixel(x, y).R);
        Assert.InRange(darkest, 120, 135); // 50% black over white at a glyph's solid centre
    }

    [Fact]
    public void Underline_adds_ink_below_the_glyphs()
    {
        var plain = InkBounds(Render(List(100, 40, White, Label(0, 0, 100, 40, "aaaa"))))!.Value;
        var underlined = InkBounds(Render(List(100, 40, White, Label(0, 0, 100, 40, "aaaa", decoration: "underline"))))!.Value;
        Assert.True(underlined.Bottom > plain.Bottom, $"underline bottom {underlined.Bottom} vs {plain.Bottom}");
        int plainInk = InkCount(Render(List(100, 40, White, Label(0, 0, 100, 40, "a  a"))));
        int struckInk = InkCount(Render(List(100, 40, White, Label(0, 0, 100, 40, "a  a", decoration: "line-through"))));
        Assert.True(struckInk > plainInk + 10, $"line-through ink {struckInk} vs {plainInk}"); // the line crosses the spaces too
    }

    private static int InkCount(Kryon.Backends.Cairo.Output.RenderedImage image)
    {
        int count = 0;
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
                if (IsInk(image.GetPixel(x, y))) count++;
        return count;
    }

    [Fact]
    public void Justified_lines_reach_both_edges_except_the_last()
    {
        const string words = "aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp qq";
        var image = Render(List(150, 200, White, Label(0, 0, 150, 200, words, TextAlign.Justify)));
        // The first line (rows 0..19) ends within a few pixels of the box's right edge.
        int firstLineRight = -1;
        for (int y = 0; y < 19; y++)
            for (int x = 0; x < 150; x++)
                if (IsInk(image.GetPixel(x, y))) firstLineRight = Math.Max(firstLineRight, x);
        Assert.InRange(firstLineRight, 143, 149);
    }

    [Fact]
    public void Single_line_text_is_centred_vertically_and_wrapping_text_starts_at_the_top()
    {
        var single = InkBounds(Render(List(100, 100, White, Label(0, 0, 100, 100, "OK", wrap: false, ellipsis: true))))!.Value;
        Assert.InRange((single.Top + single.Bottom) / 2, 44, 56);
        var wrapping = InkBounds(Render(List(100, 100, White, Label(0, 0, 100, 100, "OK"))))!.Value;
        Assert.True(wrapping.Top < 10);
    }

    [Fact]
    public void Text_at_scale_two_keeps_its_place()
    {
        var one = InkBounds(Render(List(200, 40, White, Label(20, 10, 160, 20, "Scale"))))!.Value;
        var two = InkBounds(Render(List(200, 40, White, Label(20, 10, 160, 20, "Scale")), scale: 2))!.Value;
        Assert.InRange(two.Left, one.Left * 2 - 2, one.Left * 2 + 2);
        Assert.InRange(two.Right, one.Right * 2 - 2, one.Right * 2 + 3);
    }
}

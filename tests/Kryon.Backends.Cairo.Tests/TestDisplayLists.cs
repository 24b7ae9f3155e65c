using Kryon.Backends.Cairo.Output;
using Kryon.Backends.Cairo.Drawing;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Values;

namespace Kryon.Backends.Cairo.Tests;

/// <summary>Display lists written command by command, and the colours and renders the tests use.</summary>
internal static class TestDisplayLists
{
    public static readonly Color White = new(255, 255, 255, 255);
    public static readonly Color Black = new(0, 0, 0, 255);
    public static readonly Color Red = new(255, 0, 0, 255);
    public static readonly Color Blue = new(0, 0, 255, 255);

    public static DisplayList List(float width, float height, Color background, params DisplayCommand[] commands)
    {
        var list = new DisplayList { Width = width, Height = height, Background = background };
        foreach (var c in commands) list.Add(c);
        list.Publish();
        return list;
    }

    public static DisplayCommand Fill(float x, float y, float w, float h, Color color, float radius = 0)
        => new(DisplayCommandKind.FillRect, new LayoutBox(x, y, w, h), color, radius);

    public static DisplayCommand Border(float x, float y, float w, float h, Color color, float width, float radius = 0)
        => new(DisplayCommandKind.Border, new LayoutBox(x, y, w, h), color, radius, BorderWidths.Uniform(width));

    public static DisplayCommand Border(float x, float y, float w, float h, Color color, BorderWidths sides, float radius = 0)
        => new(DisplayCommandKind.Border, new LayoutBox(x, y, w, h), color, radius, sides);

    public static DisplayCommand Label(float x, float y, float w, float h, string text, TextAlign align = TextAlign.Start,
        bool wrap = true, bool ellipsis = false, float size = 16, Color? color = null, bool rtl = false, string? decoration = null)
    {
        var run = new TextRun(text, "sans-serif", size, 400, false, color ?? Black, align, 1.2f, wrap, ellipsis, rtl, decoration);
        return new DisplayCommand(DisplayCommandKind.Text, new LayoutBox(x, y, w, h), run.Color, Text: run);
    }

    public static DisplayCommand Image(float x, float y, float w, float h, string source, string fit = "contain")
        => new(DisplayCommandKind.Image, new LayoutBox(x, y, w, h), Image: new ImageRun(source, fit));

    public static DisplayCommand PushClip(float x, float y, float w, float h, float radius = 0)
        => new(DisplayCommandKind.PushClip, new LayoutBox(x, y, w, h), Radius: radius);

    public static DisplayCommand PopClip() => new(DisplayCommandKind.PopClip, default);

    public static DisplayCommand PushOpacity(float opacity) => new(DisplayCommandKind.PushOpacity, default, Opacity: opacity);

    public static DisplayCommand PopOpacity() => new(DisplayCommandKind.PopOpacity, default);

    public static RenderedImage Render(DisplayList list, float scale = 1, string? imageBaseDirectory = null)
    {
        using var renderer = new CairoRenderer { Scale = scale, ImageBaseDirectory = imageBaseDirectory };
        return renderer.RenderToPixels(list);
    }

    /// <summary>A pixel is "ink" when it is clearly darker than a white background.</summary>
    public static bool IsInk(Color c) => c.A > 0 && (c.R + c.G + c.B) / 3 < 160;

    /// <summary>The bounding box of ink pixels (or null when there is none).</summary>
    public static (int Left, int Top, int Right, int Bottom)? InkBounds(RenderedImage image)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
                if (IsInk(image.GetPixel(x, y)))
                {
                    left = Math.Min(left, x); right = Math.Max(right, x);
                    top = Math.Min(top, y); bottom = Math.Max(bottom, y);
                }
        return right < 0 ? null : (left, top, right, bottom);
    }

    public static void AssertColor(Color expected, Color actual, int tolerance = 2)
    {
        bool close = Math.Abs(expected.R - actual.R) <= tolerance && Math.Abs(expected.G - actual.G) <= tolerance
            && Math.Abs(expected.B - actual.B) <= tolerance && Math.Abs(expected.A - actual.A) <= tolerance;
        Assert.True(close, $"expected {expected} ±{tolerance}, got {actual}");
    }
}

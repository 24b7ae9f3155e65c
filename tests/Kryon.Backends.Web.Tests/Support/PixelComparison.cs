using Kryon.Backends.Cairo.Output;

namespace Kryon.Backends.Web.Tests.Support;

/// <summary>
/// How far a browser frame is from the cairo frame of the same state. Chromium (Skia) and cairo
/// anti-alias edges and glyphs differently, so pixels are not equal; what must hold is that almost
/// every pixel is close (same shapes, colours and text positions): the mean difference is small and
/// only a few pixels (glyph and curve edges) differ by more than <see cref="OffThreshold"/>.
/// </summary>
internal sealed record PixelComparison(double MeanDifference, double FractionOff, int Width, int Height)
{
    /// <summary>A pixel is "off" when a channel differs by more than this (of 255).</summary>
    public const int OffThreshold = 64;

    public static PixelComparison Compare(RenderedImage cairo, int width, int height, byte[] rgba)
    {
        if (cairo.Width != width || cairo.Height != height) throw new InvalidOperationException($"sizes differ: cairo {cairo.Width}×{cairo.Height}, browser {width}×{height}");
        long total = 0, off = 0;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                var expected = cairo.GetPixel(x, y);
                int i = (y * width + x) * 4;
                int dr = Math.Abs(expected.R - rgba[i]), dg = Math.Abs(expected.G - rgba[i + 1]), db = Math.Abs(expected.B - rgba[i + 2]);
                total += dr + dg + db;
                if (Math.Max(dr, Math.Max(dg, db)) > OffThreshold) off++;
            }
        }
        long pixels = (long)width * height;
        return new PixelComparison(total / (3.0 * pixels), off / (double)pixels, width, height);
    }

    public override string ToString() => $"{Width}×{Height}: mean difference {MeanDifference:0.00}/255, {FractionOff:P2} of pixels off by more than {OffThreshold}";
}

using Kryon.Backends.Cairo.Output;
using Kryon.Testing;
using static Kryon.Backends.Cairo.Tests.TestDisplayLists;

namespace Kryon.Backends.Cairo.Tests.GoldenImages;

/// <summary>The golden comparison itself: what it lets through and what it catches, and the PNG codec it reads goldens with.</summary>
public sealed class GoldenToleranceTests
{
    private static string Counter => Path.Combine(RepositoryPaths.Examples, "counter.kry");

    private static RgbaImage CounterShowing(int count)
        => GoldenRenderer.Render(Counter, snapshotJson: $$$"""{"version": 1, "variables": {"count": {{{count}}}}}""");

    [Fact]
    public void One_changed_digit_does_not_pass()
    {
        // "Count: 0" → "Count: 8" at 40 px (about 300 pixels change).
        var comparison = GoldenImage.Compare(CounterShowing(0), CounterShowing(8));
        Assert.False(comparison.Matches, comparison.ToString());

        // One digit of the 14 px status line, same width, nothing else moves (about 40 pixels change).
        var two = GoldenRenderer.Render(Counter, snapshotJson: """{"version": 1, "variables": {"status": "Press 1 or 2 to begin"}}""");
        var three = GoldenRenderer.Render(Counter, snapshotJson: """{"version": 1, "variables": {"status": "Press 1 or 3 to begin"}}""");
        var small = GoldenImage.Compare(two, three);
        Assert.False(small.Matches, small.ToString());
        // Far below the 0.5% of pixels a looser rule would allow.
        Assert.True(small.DifferingPixels < small.TotalPixels * 0.005, small.ToString());
    }

    [Fact]
    public void The_same_render_twice_is_identical_and_small_rounding_noise_passes()
    {
        var first = CounterShowing(0);
        var second = CounterShowing(0);
        Assert.Equal(first.Rgba, second.Rgba);

        // ±2 levels on every channel of every pixel (pixman's SIMD paths round differently by that much at most).
        var noisy = new RgbaImage(first.Width, first.Height, (byte[])first.Rgba.Clone());
        var random = new Random(7);
        for (int i = 0; i < noisy.Rgba.Length; i++) noisy.Rgba[i] = (byte)Math.Clamp(noisy.Rgba[i] + random.Next(-2, 3), 0, 255);
        var comparison = GoldenImage.Compare(first, noisy);
        Assert.True(comparison.Matches, comparison.ToString());
        Assert.Equal(0, comparison.DifferingPixels);
    }

    [Fact]
    public void A_size_change_never_passes()
    {
        var image = new RgbaImage(2, 2, new byte[16]);
        Assert.False(GoldenImage.Compare(image, new RgbaImage(2, 3, new byte[24])).Matches);
    }

    [Fact]
    public void The_diff_image_marks_the_differing_pixels_red()
    {
        var expected = new RgbaImage(2, 1, [10, 20, 30, 255, 10, 20, 30, 255]);
        var actual = new RgbaImage(2, 1, [10, 20, 30, 255, 200, 20, 30, 255]);
        var diff = GoldenImage.DiffImage(expected, actual);
        Assert.Equal(new byte[] { 255, 0, 0, 255 }, diff.Rgba[4..8]);
        Assert.NotEqual((byte)0, diff.Rgba[1]); // the unchanged pixel is grey, not red
    }

    [Fact]
    public void The_png_codec_round_trips_and_reads_what_cairo_writes()
    {
        var random = new Random(3);
        foreach (bool opaque in new[] { true, false })
        {
            var rgba = new byte[37 * 23 * 4];
            random.NextBytes(rgba);
            if (opaque) for (int i = 3; i < rgba.Length; i += 4) rgba[i] = 255;
            var image = new RgbaImage(37, 23, rgba);
            var decoded = PngCodec.Decode(PngCodec.Encode(image));
            Assert.Equal((37, 23), (decoded.Width, decoded.Height));
            Assert.Equal(rgba, decoded.Rgba);
        }

        // cairo's own PNG of a display list decodes to the pixels the backend renders to memory.
        var list = List(120, 80, White, Fill(10, 10, 100, 30, Red, radius: 6), Label(15, 45, 100, 30, "Kryon"));
        string path = Path.Combine(Path.GetTempPath(), $"kryon-golden-codec-{Environment.ProcessId}.png");
        try
        {
            Assert.True(CairoBackend.RenderToFile(list, path, RasterFormat.Png).Success);
            var fromFile = PngCodec.Read(path);
            var fromMemory = RgbaImage.Of(CairoBackend.RenderToPixels(list));
            Assert.Equal(fromMemory.Rgba, fromFile.Rgba);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using Kryon.Testing;
using Xunit.Abstractions;

namespace Kryon.Backends.Cairo.Tests.GoldenImages;

/// <summary>How far a rendered image is from its golden image.</summary>
public sealed record GoldenComparison(bool SameSize, int DifferingPixels, int AllowedPixels, int LargestChannelDifference, int TotalPixels)
{
    public bool Matches => SameSize && DifferingPixels <= AllowedPixels;

    public override string ToString() => !SameSize
        ? "the sizes differ"
        : $"{DifferingPixels} of {TotalPixels} pixels differ by more than {GoldenImage.ChannelTolerance} in a channel (at most {AllowedPixels} may); the largest channel difference is {LargestChannelDifference}";
}

/// <summary>
/// Golden images: a render is compared with the PNG kept in the test project's <c>goldens/</c>
/// folder (copied next to the test binaries). On a mismatch the test fails with the paths of
/// <c>&lt;name&gt;.actual.png</c> (what was rendered) and <c>&lt;name&gt;.diff.png</c> (the golden,
/// faded, with every differing pixel in red) written under <c>golden-failures/</c> in the test
/// output directory. Goldens are only ever written on request: run the tests with
/// <c>KRYON_UPDATE_GOLDENS=1</c> to (re)write the ones that changed into the source tree, then look
/// at every changed PNG before committing it. A missing golden is a failure, never created silently.
/// <para>
/// Tolerance. The goldens are meant to be reproduced exactly on a machine with the same Debian
/// packages (cairo, pixman, Pango, HarfBuzz, FreeType, fontconfig, fonts-dejavu-core): the backend
/// asks for grayscale antialiasing and unhinted, device-independent metrics, so nothing depends on
/// the display, and rendering twice gives identical pixels (also with only fonts-dejavu-core
/// installed, without fonts-dejavu-extra). What may still vary is pixman's choice of SIMD path,
/// which can round a composited channel differently by a level or two. So a pixel counts as
/// different only when a channel (R, G, B or A) differs by more than <see cref="ChannelTolerance"/>
/// (8 of 255, 3%), and an image matches when at most <see cref="MaxDifferingPixels"/> pixels
/// differ like that, whatever its size. The allowance is absolute and small on purpose: one changed
/// digit of 14 px text changes about 40 pixels by far more than 8 levels (a 40 px digit about 300),
/// which is 0.03% of the 360 × 420 counter window — the 0.5% often used would let a wrong number
/// pass, and a relative allowance would grow past it in the larger windows
/// (<c>GoldenToleranceTests</c> checks that such a change fails).
/// </para>
/// </summary>
public static class GoldenImage
{
    /// <summary>The largest per-channel difference (0–255) that does not make a pixel count as different.</summary>
    public const int ChannelTolerance = 8;

    /// <summary>How many pixels may differ by more than <see cref="ChannelTolerance"/> (a few antialiased edge pixels).</summary>
    public const int MaxDifferingPixels = 16;

    /// <summary>Set to 1 to write the renders that differ from their goldens into the source tree.</summary>
    public const string UpdateVariable = "KRYON_UPDATE_GOLDENS";

    /// <summary>The goldens in the repository (written in update mode).</summary>
    public static string SourceDirectory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "Kryon.Backends.Cairo.Tests", "goldens");

    /// <summary>The goldens copied next to the test binaries (read by the comparison).</summary>
    public static string OutputDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "goldens");

    /// <summary>Where actual and diff images of failed comparisons go.</summary>
    public static string FailureDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "golden-failures");

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static GoldenComparison Compare(RgbaImage expected, RgbaImage actual)
    {
        int total = actual.Width * actual.Height;
        int allowed = MaxDifferingPixels;
        if (expected.Width != actual.Width || expected.Height != actual.Height) return new GoldenComparison(false, total, allowed, 255, total);
        int differing = 0, largest = 0;
        for (int i = 0; i < expected.Rgba.Length; i += 4)
        {
            int diff = PixelDifference(expected.Rgba, actual.Rgba, i);
            largest = Math.Max(largest, diff);
            if (diff > ChannelTolerance) differing++;
        }
        return new GoldenComparison(true, differing, allowed, largest, total);
    }

    /// <summary>
    /// Compares <paramref name="actual"/> with the golden <paramref name="name"/> (a path under
    /// goldens/ without ".png", e.g. "examples/counter"), or in update mode writes it when it differs.
    /// </summary>
    public static void AssertMatches(string name, RgbaImage actual, ITestOutputHelper? output = null)
    {
        string relative = name.Replace('/', Path.DirectorySeparatorChar) + ".png";
        string golden = Path.Combine(OutputDirectory, relative);
        RgbaImage? expected = File.Exists(golden) ? PngCodec.Read(golden) : null;

        if (Updating)
        {
            if (expected is not null && expected.Width == actual.Width && expected.Height == actual.Height && expected.Rgba.AsSpan().SequenceEqual(actual.Rgba))
            {
                output?.WriteLine($"golden {name}: unchanged");
                return;
            }
            string source = Path.Combine(SourceDirectory, relative);
            PngCodec.Write(source, actual);
            PngCodec.Write(golden, actual); // so that a run without a rebuild compares with it
            output?.WriteLine($"golden {name}: {(expected is null ? "created" : "UPDATED")} {source} ({Compare(expected ?? actual, actual)}); look at it before committing it");
            return;
        }

        string actualPath = Path.Combine(FailureDirectory, name.Replace('/', Path.DirectorySeparatorChar) + ".actual.png");
        string diffPath = Path.Combine(FailureDirectory, name.Replace('/', Path.DirectorySeparatorChar) + ".diff.png");
        string accept = $"If the new image is right, accept it with: {UpdateVariable}=1 dotnet test tests/Kryon.Backends.Cairo.Tests (then look at the changed PNG under tests/Kryon.Backends.Cairo.Tests/goldens/ before committing it)";
        if (expected is null)
        {
            PngCodec.Write(actualPath, actual);
            Assert.Fail($"golden image {name}: there is no {Path.Combine("goldens", relative)}; the render is at {actualPath}. {accept}");
        }

        var comparison = Compare(expected, actual);
        if (comparison.Matches)
        {
            TryDelete(actualPath);
            TryDelete(diffPath);
            return;
        }
        PngCodec.Write(actualPath, actual);
        if (comparison.SameSize)
        {
            PngCodec.Write(diffPath, DiffImage(expected, actual));
            Assert.Fail($"golden image {name} does not match: {comparison}.\n  expected: {golden}\n  actual:   {actualPath}\n  diff:     {diffPath} (differing pixels in red)\n  {accept}");
        }
        Assert.Fail($"golden image {name} does not match: it is {expected.Width}×{expected.Height} px, the render is {actual.Width}×{actual.Height} px.\n  expected: {golden}\n  actual:   {actualPath}\n  {accept}");
    }

    /// <summary>The golden faded to a light grey, with differing pixels red (beyond the tolerance) or orange (within it).</summary>
    public static RgbaImage DiffImage(RgbaImage expected, RgbaImage actual)
    {
        var rgba = new byte[expected.Rgba.Length];
        for (int i = 0; i < rgba.Length; i += 4)
        {
            int diff = PixelDifference(expected.Rgba, actual.Rgba, i);
            if (diff > ChannelTolerance) (rgba[i], rgba[i + 1], rgba[i + 2]) = (255, 0, 0);
            else if (diff > 0) (rgba[i], rgba[i + 1], rgba[i + 2]) = (255, 170, 0);
            else
            {
                int luma = (expected.Rgba[i] * 299 + expected.Rgba[i + 1] * 587 + expected.Rgba[i + 2] * 114) / 1000;
                byte faded = (byte)(192 + luma / 4);
                (rgba[i], rgba[i + 1], rgba[i + 2]) = (faded, faded, faded);
            }
            rgba[i + 3] = 255;
        }
        return new RgbaImage(expected.Width, expected.Height, rgba);
    }

    private static int PixelDifference(byte[] a, byte[] b, int i) =>
        Math.Max(Math.Max(Math.Abs(a[i] - b[i]), Math.Abs(a[i + 1] - b[i + 1])), Math.Max(Math.Abs(a[i + 2] - b[i + 2]), Math.Abs(a[i + 3] - b[i + 3])));

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Output;
using Kryon.Diagnostics;
using Kryon.Runtime.Layout;
using Kryon.Values;
using static Kryon.Backends.Cairo.Tests.TestDisplayLists;

namespace Kryon.Backends.Cairo.Tests;

public sealed class ImageRenderingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kryon-cairo-images").FullName;

    /// <summary>An 8×8 JPEG filled with #3366CC (written by GdkPixbuf, quality 95).</summary>
    private const string BlueJpeg =
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAIBAQEBAQIBAQECAgICAgQDAgICAgUEBAMEBgUGBgYFBgYGBwkIBgcJBwYGCAsICQoKCgoKBggLDAsKDAkKCgr/2wBDAQICAgICAgUDAwUKBwYHCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgr/wAARCAAIAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDweiiiv7wP53P/2Q==";

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A 10×20 PNG, red, written by the backend itself.</summary>
    private string RedPng()
    {
        string path = Path.Combine(_dir, "red-10x20.png");
        if (!File.Exists(path)) Assert.True(CairoBackend.RenderToFile(List(10, 20, Red), path, RasterFormat.Png).Success);
        return path;
    }

    [Fact]
    public void Contain_fits_the_whole_image_centred()
    {
        var image = Render(List(40, 40, White, Image(0, 0, 40, 40, RedPng(), "contain")));
        // 10×20 into 40×40: 20×40 at x 10..30.
        AssertColor(Red, image.GetPixel(10, 0));
        AssertColor(Red, image.GetPixel(29, 39));
        AssertColor(White, image.GetPixel(9, 20));
        AssertColor(White, image.GetPixel(30, 20));
    }

    [Fact]
    public void Cover_fill_none_and_scale_down_place_the_image_as_css_does()
    {
        var cover = Render(List(40, 40, White, Image(0, 0, 40, 40, RedPng(), "cover")));
        AssertColor(Red, cover.GetPixel(0, 0));
        AssertColor(Red, cover.GetPixel(39, 39));

        var fill = Render(List(40, 40, White, Image(0, 0, 40, 40, RedPng(), "fill")));
        AssertColor(Red, fill.GetPixel(0, 20));
        AssertColor(Red, fill.GetPixel(39, 20));

        var none = Render(List(40, 40, White, Image(0, 0, 40, 40, RedPng(), "none")));
        AssertColor(Red, none.GetPixel(15, 10));
        AssertColor(Red, none.GetPixel(24, 29));
        AssertColor(White, none.GetPixel(14, 20));
        AssertColor(White, none.GetPixel(20, 30));

        var scaleDown = Render(List(40, 40, White, Image(0, 0, 40, 40, RedPng(), "scale_down")));
        Assert.Equal(none.Pixels, scaleDown.Pixels); // smaller than the box: natural size
    }

    [Fact]
    public void An_overflowing_image_is_clipped_to_its_box()
    {
        var image = Render(List(40, 40, White, Image(10, 10, 5, 5, RedPng(), "none")));
        AssertColor(Red, image.GetPixel(12, 12));
        AssertColor(White, image.GetPixel(12, 16));
        AssertColor(White, image.GetPixel(16, 12));
    }

    [Fact]
    public void Relative_sources_resolve_against_the_image_base_directory()
    {
        RedPng();
        var image = Render(List(10, 20, White, Image(0, 0, 10, 20, "red-10x20.png", "fill")), imageBaseDirectory: _dir);
        AssertColor(Red, image.GetPixel(5, 10));
        Assert.Empty(image.Diagnostics);
    }

    [Fact]
    public void A_jpeg_is_decoded_with_gdk_pixbuf()
    {
        Assert.True(Kryon.Backends.Cairo.Native.NativeLibraries.HasImageDecoder);
        string path = Path.Combine(_dir, "blue.jpg");
        File.WriteAllBytes(path, Convert.FromBase64String(BlueJpeg));
        var image = Render(List(16, 16, White, Image(0, 0, 16, 16, path, "fill")));
        Assert.Empty(image.Diagnostics);
        AssertColor(new Color(0x33, 0x66, 0xCC, 255), image.GetPixel(8, 8), tolerance: 4);
    }

    [Fact]
    public void A_missing_image_draws_nothing_and_is_reported_once()
    {
        using var renderer = new CairoRenderer();
        var seen = new List<Diagnostic>();
        renderer.DiagnosticReported += seen.Add;
        var list = List(20, 20, White, Image(0, 0, 20, 20, Path.Combine(_dir, "nope.png")));
        var first = renderer.RenderToPixels(list);
        var second = renderer.RenderToPixels(list);
        AssertColor(White, first.GetPixel(10, 10));
        var d = Assert.Single(seen);
        Assert.Equal(2503, d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("nope.png", d.Message);
        Assert.Contains("not found", d.Message);
        Assert.Single(first.Diagnostics);
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void An_undecodable_image_is_reported_not_thrown()
    {
        string png = Path.Combine(_dir, "broken.png");
        File.WriteAllText(png, "this is not a picture");
        string truncated = Path.Combine(_dir, "truncated.png");
        File.WriteAllBytes(truncated, File.ReadAllBytes(RedPng())[..30]);
        var image = Render(List(20, 20, White, Image(0, 0, 10, 10, png), Image(10, 10, 10, 10, truncated), Fill(0, 15, 5, 5, Red)));
        Assert.Equal(2, image.Diagnostics.Count);
        Assert.All(image.Diagnostics, d => Assert.Equal(2503, d.Code));
        AssertColor(Red, image.GetPixel(2, 17)); // the rest of the frame is drawn
    }

    [Fact]
    public void Remote_images_are_reported_as_not_loaded()
    {
        var image = Render(List(20, 20, White, Image(0, 0, 20, 20, "https://example.com/logo.png")));
        Assert.Contains("https", Assert.Single(image.Diagnostics).Message);
    }

    [Theory]
    [InlineData("contain", 10, 30, 0, 5, 10, 20)]
    [InlineData("contain", 40, 40, 10, 0, 20, 40)]
    [InlineData("cover", 40, 40, 0, -20, 40, 80)]
    [InlineData("fill", 20, 30, 0, 0, 20, 30)]
    [InlineData("none", 20, 40, 5, 10, 10, 20)]
    [InlineData("none", 4, 4, -3, -8, 10, 20)]
    [InlineData("scale-down", 20, 40, 5, 10, 10, 20)]
    [InlineData("scale_down", 5, 5, 1.25f, 0, 2.5f, 5)]
    [InlineData("unknown", 40, 40, 10, 0, 20, 40)]
    public void Fit_places_a_10_by_20_image_as_css_object_fit(string fit, float boxW, float boxH, float x, float y, float w, float h)
        => Assert.Equal(new LayoutBox(x, y, w, h), ImageFit.Place(fit, 10, 20, new LayoutBox(0, 0, boxW, boxH)));
}

using System.Text;
using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Output;
using static Kryon.Backends.Cairo.Tests.TestDisplayLists;

namespace Kryon.Backends.Cairo.Tests;

public sealed class SurfaceOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kryon-cairo-output").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Kryon.Runtime.Rendering.DisplayList Sample()
        => List(120, 80, White, Fill(10, 10, 100, 30, Red, radius: 6), Label(15, 45, 100, 30, "Kryon"));

    [Theory]
    [InlineData(RasterFormat.Png, "sample.png", "\x89PNG")]
    [InlineData(RasterFormat.Svg, "sample.svg", "<?xml")]
    [InlineData(RasterFormat.Pdf, "sample.pdf", "%PDF")]
    public void Each_format_writes_a_file_with_its_magic_bytes(RasterFormat format, string name, string magic)
    {
        string path = Path.Combine(_dir, name);
        var result = CairoBackend.RenderToFile(Sample(), path, format);
        Assert.True(result.Success, result.Error);
        var head = File.ReadAllBytes(path)[..magic.Length];
        Assert.Equal(Encoding.Latin1.GetBytes(magic), head);
        if (format == RasterFormat.Svg)
        {
            string svg = File.ReadAllText(path);
            Assert.Contains("<svg", svg);
            Assert.Contains("width=\"120px\"", svg); // px, as the window, not cairo's default pt
        }
    }

    [Fact]
    public void A_png_is_the_list_size_times_the_scale()
    {
        string path = Path.Combine(_dir, "scaled.png");
        Assert.True(CairoBackend.RenderToFile(Sample(), path, RasterFormat.Png, scale: 2).Success);
        var bytes = File.ReadAllBytes(path);
        // IHDR: width and height are big-endian at offsets 16 and 20.
        Assert.Equal(240, bytes[16] << 24 | bytes[17] << 16 | bytes[18] << 8 | bytes[19]);
        Assert.Equal(160, bytes[20] << 24 | bytes[21] << 16 | bytes[22] << 8 | bytes[23]);
    }

    [Theory]
    [InlineData(RasterFormat.Png)]
    [InlineData(RasterFormat.Svg)]
    [InlineData(RasterFormat.Pdf)]
    public void An_unwritable_path_is_a_clear_error_not_an_exception(RasterFormat format)
    {
        string path = Path.Combine(_dir, "no-such-directory", "out.file");
        var result = CairoBackend.RenderToFile(Sample(), path, format);
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(1505, error.Code);
        Assert.Contains(path, error.Message);
        Assert.Contains("directory does not exist", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_failing_stream_is_reported_with_its_reason()
    {
        using var renderer = new CairoRenderer();
        var result = renderer.RenderToStream(Sample(), new FailingStream(), RasterFormat.Png);
        Assert.False(result.Success);
        Assert.Contains("disk full", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Rendering_into_a_stream_gives_the_same_png_as_a_file()
    {
        using var renderer = new CairoRenderer();
        using var memory = new MemoryStream();
        Assert.True(renderer.RenderToStream(Sample(), memory, RasterFormat.Png).Success);
        string path = Path.Combine(_dir, "same.png");
        Assert.True(renderer.RenderToFile(Sample(), path, RasterFormat.Png).Success);
        Assert.Equal(File.ReadAllBytes(path), memory.ToArray());
    }

    [Fact]
    public void Rendering_into_a_callers_buffer_matches_rendering_to_pixels()
    {
        using var renderer = new CairoRenderer();
        var list = Sample();
        var expected = renderer.RenderToPixels(list);
        int stride = CairoSurfaces.StrideFor(expected.Width);
        var buffer = new byte[stride * expected.Height];
        buffer.AsSpan().Fill(0x7F); // a dirty buffer: the background must replace it
        CairoSurfaces.RenderInto(renderer, list, buffer, expected.Width, expected.Height, stride);
        for (int y = 0; y < expected.Height; y++)
            Assert.Equal(expected.Pixels.AsSpan(y * expected.Width, expected.Width).ToArray(),
                System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(buffer.AsSpan(y * stride, expected.Width * 4)).ToArray());
    }

    [Fact]
    public void Formats_are_recognised_from_file_names()
    {
        Assert.Equal(RasterFormat.Png, RasterFormats.FromPath("a/b/app.PNG"));
        Assert.Equal(RasterFormat.Svg, RasterFormats.FromPath("app.svg"));
        Assert.Equal(RasterFormat.Pdf, RasterFormats.FromPath("app.pdf"));
        Assert.Null(RasterFormats.FromPath("app.bmp"));
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("disk full");
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");
    }
}

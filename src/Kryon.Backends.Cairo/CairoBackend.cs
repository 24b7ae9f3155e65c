using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Native;
using Kryon.Backends.Cairo.Output;
using Kryon.Backends.Cairo.Text;
using Kryon.Runtime.Rendering;

namespace Kryon.Backends.Cairo;

/// <summary>
/// The raster backend in a few calls, for commands such as `kryon render`:
/// <code>
/// if (CairoBackend.Check() is { } problem) { print problem; exit 1 }    // cairo/Pango not installed
/// using var measurer = CairoBackend.CreateMeasurer();                  // RuntimeOptions.Measurer
/// ... load the app, run frames, take runtime.DisplayList ...
/// var result = CairoBackend.RenderToFile(list, "app.png", RasterFormat.Png, scale: 2, imageBaseDirectory: appDir);
/// print result.Diagnostics; exit result.Success ? 0 : 1
/// </code>
/// Every factory and render call throws <see cref="CairoUnavailableException"/> (a user-readable
/// message naming the Debian packages) when the native libraries are missing; file problems come
/// back in the <see cref="RenderResult"/>.
/// </summary>
public static class CairoBackend
{
    /// <summary>Null when cairo, Pango and GLib load; otherwise one message naming what to `apt-get install`.</summary>
    public static string? Check() => NativeLibraries.Check();

    /// <summary>Pango text metrics for the layout engine (pass as <c>RuntimeOptions.Measurer</c>). Dispose when done.</summary>
    public static PangoTextMeasurer CreateMeasurer() => new();

    /// <summary>A renderer to keep across frames (it caches images and text layouts). Dispose when done.</summary>
    public static CairoRenderer CreateRenderer(float scale = 1, string? imageBaseDirectory = null)
        => new() { Scale = scale, ImageBaseDirectory = imageBaseDirectory };

    /// <summary>Renders one display list to a PNG, SVG or PDF file at <paramref name="scale"/> device pixels per layout pixel.</summary>
    public static RenderResult RenderToFile(DisplayList list, string path, RasterFormat format, float scale = 1, string? imageBaseDirectory = null)
    {
        using var renderer = CreateRenderer(scale, imageBaseDirectory);
        return renderer.RenderToFile(list, path, format);
    }

    /// <summary>Renders one display list to memory: premultiplied ARGB32 pixels (golden images, a window texture).</summary>
    public static RenderedImage RenderToPixels(DisplayList list, float scale = 1, string? imageBaseDirectory = null)
    {
        using var renderer = CreateRenderer(scale, imageBaseDirectory);
        return renderer.RenderToPixels(list);
    }
}

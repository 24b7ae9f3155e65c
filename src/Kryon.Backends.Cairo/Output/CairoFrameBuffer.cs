using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Native;
using Kryon.Diagnostics;
using Kryon.Runtime.Rendering;
using static Kryon.Backends.Cairo.Native.CairoNative;

namespace Kryon.Backends.Cairo.Output;

/// <summary>
/// An ARGB32 image that keeps its pixels from frame to frame, for a window or a recording: each
/// <see cref="Render"/> repaints only the display list's damage when the image still shows the
/// picture that damage is relative to, and everything otherwise (first frame, new size or scale,
/// a version skipped). Not thread-safe; dispose it to free the pixels.
/// </summary>
public sealed class CairoFrameBuffer(CairoRenderer renderer) : IDisposable
{
    private CairoSurfaceHandle? _surface;

    /// <summary>What the image shows (version, whether the last render was partial, what it repainted).</summary>
    public RetainedFrame Frame { get; } = new();

    /// <summary>Device pixels across (0 before the first render).</summary>
    public int Width { get; private set; }

    /// <summary>Device pixels down (0 before the first render).</summary>
    public int Height { get; private set; }

    /// <summary>Brings the image up to <paramref name="list"/> (at the renderer's scale) and returns what the render reported.</summary>
    public IReadOnlyList<Diagnostic> Render(DisplayList list)
    {
        var (width, height) = CairoSurfaces.PixelSize(list, renderer.Scale);
        if (width > CairoSurfaces.MaxPixelSize || height > CairoSurfaces.MaxPixelSize)
            throw new ArgumentException($"{width}×{height} pixels is larger than cairo's limit of {CairoSurfaces.MaxPixelSize}", nameof(list));
        if (_surface is null || width != Width || height != Height)
        {
            _surface?.Dispose();
            _surface = CairoSurfaces.CreateImage(width, height);
            (Width, Height) = (width, height);
            Frame.Invalidate();
        }
        var diagnostics = CairoSurfaces.DrawRetainedOn(renderer, _surface, list, Frame, width, height);
        cairo_surface_flush(_surface);
        return diagnostics;
    }

    /// <summary>A copy of the pixels (premultiplied ARGB32).</summary>
    public unsafe RenderedImage ToImage()
    {
        if (_surface is null) throw new InvalidOperationException("nothing has been rendered yet");
        var pixels = new uint[Width * Height];
        byte* data = cairo_image_surface_get_data(_surface);
        int stride = cairo_image_surface_get_stride(_surface);
        for (int y = 0; y < Height; y++)
            new ReadOnlySpan<uint>(data + (long)y * stride, Width).CopyTo(pixels.AsSpan(y * Width, Width));
        return new RenderedImage(Width, Height, pixels, []);
    }

    public void Dispose()
    {
        _surface?.Dispose();
        _surface = null;
    }
}

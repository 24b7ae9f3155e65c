using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Native;
using Kryon.Diagnostics;
using Kryon.Runtime.Rendering;
using static Kryon.Backends.Cairo.Native.CairoNative;

namespace Kryon.Backends.Cairo.Output;

/// <summary>
/// The surfaces a display list renders onto: an ARGB32 image (PNG files, raw pixels, a caller's
/// buffer such as a window texture) and the SVG and PDF vector surfaces. Every size is the list's
/// logical size × the renderer's scale. Output problems come back as diagnostics, never exceptions.
/// </summary>
public static class CairoSurfaces
{
    /// <summary>cairo's limit for image surfaces in either direction.</summary>
    public const int MaxPixelSize = 32767;

    /// <summary>The device size a list renders at: logical size × scale, rounded up, at least 1×1.</summary>
    public static (int Width, int Height) PixelSize(DisplayList list, float scale)
        => (Math.Max(1, (int)Math.Ceiling(list.Width * scale)), Math.Max(1, (int)Math.Ceiling(list.Height * scale)));

    /// <summary>
    /// Renders to <paramref name="path"/> (created or replaced). An unwritable path (missing directory,
    /// no permission) gives a failed result with 1505 naming the path and the reason; no partial file is left.
    /// </summary>
    public static RenderResult RenderToFile(CairoRenderer renderer, DisplayList list, string path, RasterFormat format)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new RenderResult(false, [RenderDiagnostics.OutputFailed(path, Reason(e))]);
        }
        RenderResult result;
        using (file) result = RenderToStream(renderer, list, file, format, path);
        if (!result.Success) TryDelete(path);
        return result;
    }

    /// <summary>Renders into a writable stream (left open).</summary>
    public static RenderResult RenderToStream(CairoRenderer renderer, DisplayList list, Stream stream, RasterFormat format)
        => RenderToStream(renderer, list, stream, format, "the output stream");

    private static RenderResult RenderToStream(CairoRenderer renderer, DisplayList list, Stream stream, RasterFormat format, string name)
    {
        var (width, height) = PixelSize(list, renderer.Scale);
        if (format == RasterFormat.Png && (width > MaxPixelSize || height > MaxPixelSize))
            return new RenderResult(false, [RenderDiagnostics.OutputFailed(name, $"{width}×{height} pixels is larger than cairo's limit of {MaxPixelSize}")]);
        using var sink = new StreamSink(stream);
        IReadOnlyList<Diagnostic> drawn;
        CairoStatus status;
        unsafe
        {
            if (format == RasterFormat.Png)
            {
                using var surface = CreateImage(width, height);
                drawn = DrawOn(renderer, surface, list);
                status = cairo_surface_write_to_png_stream(surface, StreamSink.Callback, sink.Closure);
            }
            else
            {
                // Vector surfaces write while drawing and on finish; both must happen before the sink goes away.
                using var surface = format == RasterFormat.Svg
                    ? cairo_svg_surface_create_for_stream(StreamSink.Callback, sink.Closure, width, height)
                    : cairo_pdf_surface_create_for_stream(StreamSink.Callback, sink.Closure, width, height);
                // Width and height in px, not cairo's default pt: a browser shows the SVG at the window's size.
                if (format == RasterFormat.Svg) cairo_svg_surface_set_document_unit(surface, CairoSvgUnit.Px);
                drawn = DrawOn(renderer, surface, list);
                cairo_surface_finish(surface);
                status = cairo_surface_status(surface);
            }
        }
        if (status == CairoStatus.Success && sink.Error is null) return new RenderResult(true, drawn);
        string reason = sink.Error is { } e ? Reason(e) : Describe(status);
        return new RenderResult(false, [.. drawn, RenderDiagnostics.OutputFailed(name, reason)]);
    }

    /// <summary>Renders to memory and returns the pixels (premultiplied ARGB32).</summary>
    public static RenderedImage RenderToPixels(CairoRenderer renderer, DisplayList list)
    {
        var (width, height) = PixelSize(list, renderer.Scale);
        if (width > MaxPixelSize || height > MaxPixelSize)
            throw new ArgumentException($"{width}×{height} pixels is larger than cairo's limit of {MaxPixelSize}", nameof(list));
        using var surface = CreateImage(width, height);
        var diagnostics = DrawOn(renderer, surface, list);
        cairo_surface_flush(surface);
        var pixels = new uint[width * height];
        unsafe
        {
            byte* data = cairo_image_surface_get_data(surface);
            int stride = cairo_image_surface_get_stride(surface);
            for (int y = 0; y < height; y++)
                new ReadOnlySpan<uint>(data + (long)y * stride, width).CopyTo(pixels.AsSpan(y * width, width));
        }
        return new RenderedImage(width, height, pixels, diagnostics);
    }

    /// <summary>The row length in bytes a buffer for <see cref="RenderInto"/> must have for a width.</summary>
    public static int StrideFor(int width) => cairo_format_stride_for_width(CairoFormat.Argb32, width);

    /// <summary>
    /// Renders straight into a caller's ARGB32 buffer (a window's streaming texture, a reused frame
    /// buffer): no allocation per frame. <paramref name="stride"/> must be <see cref="StrideFor"/>
    /// the width or more (a multiple of 4). The list is drawn at the renderer's scale from the top-left.
    /// </summary>
    public static unsafe IReadOnlyList<Diagnostic> RenderInto(CairoRenderer renderer, DisplayList list, Span<byte> buffer, int width, int height, int stride)
    {
        if (width <= 0 || height <= 0 || width > MaxPixelSize || height > MaxPixelSize) throw new ArgumentOutOfRangeException(nameof(width), $"{width}×{height} is not a drawable size");
        if (stride < StrideFor(width) || stride % 4 != 0) throw new ArgumentOutOfRangeException(nameof(stride), stride, $"at least {StrideFor(width)} and a multiple of 4");
        if (buffer.Length < (long)stride * height) throw new ArgumentException($"the buffer holds {buffer.Length} bytes; {width}×{height} needs {(long)stride * height}", nameof(buffer));
        fixed (byte* data = buffer)
        {
            using var surface = cairo_image_surface_create_for_data(data, CairoFormat.Argb32, width, height, stride);
            ThrowIfFailed(cairo_surface_status(surface));
            var diagnostics = DrawOn(renderer, surface, list);
            cairo_surface_flush(surface);
            return diagnostics;
        }
    }

    /// <summary>
    /// Like <see cref="RenderInto(CairoRenderer, DisplayList, Span{byte}, int, int, int)"/>, for a
    /// buffer that keeps its pixels between frames (a window's back buffer): when
    /// <paramref name="frame"/> says the buffer shows the picture the list's damage is relative to,
    /// only the damage is repainted (see <see cref="DisplayList.Damage"/>); otherwise everything is.
    /// Pass the same <paramref name="frame"/> for every render into this buffer, and call
    /// <see cref="RetainedFrame.Invalidate"/> when something else draws into it.
    /// </summary>
    public static unsafe IReadOnlyList<Diagnostic> RenderInto(CairoRenderer renderer, DisplayList list, Span<byte> buffer, int width, int height, int stride, RetainedFrame frame)
    {
        if (width <= 0 || height <= 0 || width > MaxPixelSize || height > MaxPixelSize) throw new ArgumentOutOfRangeException(nameof(width), $"{width}×{height} is not a drawable size");
        if (stride < StrideFor(width) || stride % 4 != 0) throw new ArgumentOutOfRangeException(nameof(stride), stride, $"at least {StrideFor(width)} and a multiple of 4");
        if (buffer.Length < (long)stride * height) throw new ArgumentException($"the buffer holds {buffer.Length} bytes; {width}×{height} needs {(long)stride * height}", nameof(buffer));
        fixed (byte* data = buffer)
        {
            using var surface = cairo_image_surface_create_for_data(data, CairoFormat.Argb32, width, height, stride);
            ThrowIfFailed(cairo_surface_status(surface));
            var diagnostics = DrawRetainedOn(renderer, surface, list, frame, width, height);
            cairo_surface_flush(surface);
            return diagnostics;
        }
    }

    internal static IReadOnlyList<Diagnostic> DrawRetainedOn(CairoRenderer renderer, CairoSurfaceHandle surface, DisplayList list, RetainedFrame frame, int width, int height)
    {
        ThrowIfFailed(cairo_surface_status(surface));
        using var cr = cairo_create(surface);
        var diagnostics = renderer.DrawRetained(cr, list, frame, width, height);
        ThrowIfFailed(cairo_status(cr));
        return diagnostics;
    }

    internal static CairoSurfaceHandle CreateImage(int width, int height)
    {
        var surface = cairo_image_surface_create(CairoFormat.Argb32, width, height);
        var status = cairo_surface_status(surface);
        if (status == CairoStatus.Success) return surface;
        surface.Dispose();
        throw new InvalidOperationException($"cairo could not create a {width}×{height} image: {Describe(status)}");
    }

    private static IReadOnlyList<Diagnostic> DrawOn(CairoRenderer renderer, CairoSurfaceHandle surface, DisplayList list)
    {
        ThrowIfFailed(cairo_surface_status(surface));
        using var cr = cairo_create(surface);
        var diagnostics = renderer.Draw(cr, list);
        ThrowIfFailed(cairo_status(cr));
        return diagnostics;
    }

    /// <summary>A cairo error while drawing is a bug (bad matrix, unbalanced save/restore), not a user error.</summary>
    private static void ThrowIfFailed(CairoStatus status)
    {
        if (status != CairoStatus.Success && status != CairoStatus.WriteError) throw new InvalidOperationException($"cairo: {Describe(status)}");
    }

    private static string Reason(Exception e) => e switch
    {
        DirectoryNotFoundException => "the directory does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the result already says it failed */ }
    }
}

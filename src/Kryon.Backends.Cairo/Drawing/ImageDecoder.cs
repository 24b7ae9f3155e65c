using Kryon.Backends.Cairo.Native;
using static Kryon.Backends.Cairo.Native.CairoNative;
using static Kryon.Backends.Cairo.Native.GdkPixbufNative;

namespace Kryon.Backends.Cairo.Drawing;

/// <summary>
/// Turns an image file into a cairo ARGB32 surface: PNG through cairo itself, everything else
/// (JPEG above all; GIF, BMP, TIFF…) through GdkPixbuf when libgdk-pixbuf-2.0-0 is installed.
/// The format is taken from the file's first bytes, not its name. Failures are returned as a
/// reason, never thrown: a broken image must not stop the frame.
/// </summary>
internal static class ImageDecoder
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (CairoSurfaceHandle? Surface, string? Error) Decode(string path)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        try
        {
            using var file = File.OpenRead(path);
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message);
        }
        if (read == 0) return (null, "the file is empty");
        if (head[..read].SequenceEqual(PngSignature)) return DecodePng(path);
        string kind = read >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF ? "a JPEG image" : "an image that is not PNG";
        if (!NativeLibraries.HasImageDecoder) return (null, NativeLibraries.DecoderMissingMessage($"showing {kind}"));
        return DecodeWithPixbuf(path);
    }

    private static (CairoSurfaceHandle?, string?) DecodePng(string path)
    {
        var surface = cairo_image_surface_create_from_png(path);
        var status = cairo_surface_status(surface);
        if (status == CairoStatus.Success) return (surface, null);
        surface.Dispose();
        return (null, $"not a readable PNG ({Describe(status)})");
    }

    private static unsafe (CairoSurfaceHandle?, string?) DecodeWithPixbuf(string path)
    {
        nint error = 0;
        using var loaded = gdk_pixbuf_new_from_file(path, &error);
        if (loaded.IsInvalid) return (null, GLibNative.TakeErrorMessage(error));
        using var pixbuf = gdk_pixbuf_apply_embedded_orientation(loaded);
        if (pixbuf.IsInvalid) return (null, "could not apply the image's orientation");
        int width = gdk_pixbuf_get_width(pixbuf), height = gdk_pixbuf_get_height(pixbuf);
        int channels = gdk_pixbuf_get_n_channels(pixbuf), rowstride = gdk_pixbuf_get_rowstride(pixbuf);
        bool alpha = gdk_pixbuf_get_has_alpha(pixbuf);
        if (channels < (alpha ? 4 : 3)) return (null, $"unsupported pixel layout ({channels} channels)");
        byte* source = gdk_pixbuf_read_pixels(pixbuf);

        var surface = cairo_image_surface_create(CairoFormat.Argb32, width, height);
        var status = cairo_surface_status(surface);
        if (status != CairoStatus.Success)
        {
            surface.Dispose();
            return (null, Describe(status));
        }
        cairo_surface_flush(surface);
        byte* target = cairo_image_surface_get_data(surface);
        int stride = cairo_image_surface_get_stride(surface);
        for (int y = 0; y < height; y++)
        {
            byte* from = source + (long)y * rowstride;
            uint* to = (uint*)(target + (long)y * stride);
            for (int x = 0; x < width; x++, from += channels)
            {
                // GdkPixbuf is straight RGBA bytes; cairo wants premultiplied native-endian ARGB words.
                uint a = alpha ? from[3] : 255u;
                to[x] = a << 24 | Premultiply(from[0], a) << 16 | Premultiply(from[1], a) << 8 | Premultiply(from[2], a);
            }
        }
        cairo_surface_mark_dirty(surface);
        return (surface, null);
    }

    private static uint Premultiply(byte channel, uint alpha) => (channel * alpha + 127) / 255;
}

using System.Runtime.InteropServices;

namespace Kryon.Backends.Cairo.Native;

/// <summary>
/// The image decoder for everything cairo cannot read itself (JPEG above all): GdkPixbuf
/// (libgdk-pixbuf-2.0-0), optional — PNG works without it.
/// </summary>
internal static unsafe partial class GdkPixbufNative
{
    private const string Lib = LibraryNames.GdkPixbuf;

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial GdkPixbufHandle gdk_pixbuf_new_from_file(string filename, nint* error);
    /// <summary>A copy rotated as the file's EXIF orientation says (a photo taken sideways shows upright).</summary>
    [LibraryImport(Lib)] internal static partial GdkPixbufHandle gdk_pixbuf_apply_embedded_orientation(GdkPixbufHandle pixbuf);
    [LibraryImport(Lib)] internal static partial int gdk_pixbuf_get_width(GdkPixbufHandle pixbuf);
    [LibraryImport(Lib)] internal static partial int gdk_pixbuf_get_height(GdkPixbufHandle pixbuf);
    [LibraryImport(Lib)] internal static partial int gdk_pixbuf_get_rowstride(GdkPixbufHandle pixbuf);
    [LibraryImport(Lib)] internal static partial int gdk_pixbuf_get_n_channels(GdkPixbufHandle pixbuf);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.Bool)] internal static partial bool gdk_pixbuf_get_has_alpha(GdkPixbufHandle pixbuf);
    /// <summary>Read-only pixels (get_pixels could force a copy of an immutable pixbuf).</summary>
    [LibraryImport(Lib)] internal static partial byte* gdk_pixbuf_read_pixels(GdkPixbufHandle pixbuf);
}

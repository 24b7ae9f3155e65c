using System.Runtime.InteropServices;

namespace Kryon.Backends.Sdl.Native;

/// <summary>The few cairo calls that read a PNG window icon into ARGB32 memory (the cairo backend keeps its bindings internal).</summary>
internal static unsafe partial class CairoPng
{
    private const string Lib = "libcairo.so.2";

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] public static partial nint cairo_image_surface_create_from_png(string filename);
    [LibraryImport(Lib)] public static partial int cairo_surface_status(nint surface);
    [LibraryImport(Lib)] public static partial void cairo_surface_flush(nint surface);
    [LibraryImport(Lib)] public static partial byte* cairo_image_surface_get_data(nint surface);
    [LibraryImport(Lib)] public static partial int cairo_image_surface_get_width(nint surface);
    [LibraryImport(Lib)] public static partial int cairo_image_surface_get_height(nint surface);
    [LibraryImport(Lib)] public static partial int cairo_image_surface_get_stride(nint surface);
    [LibraryImport(Lib)] public static partial void cairo_surface_destroy(nint surface);
}

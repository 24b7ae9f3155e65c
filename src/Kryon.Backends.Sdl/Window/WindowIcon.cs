using Kryon.Backends.Sdl.Native;
using static Kryon.Backends.Sdl.Native.CairoPng;

namespace Kryon.Backends.Sdl.Window;

/// <summary>
/// Sets the App's `icon` (a PNG; relative paths from the current directory) on the window. A
/// missing or unreadable icon is not worth stopping the app for: the reason is returned for the log.
/// </summary>
internal static class WindowIcon
{
    public static unsafe string? TrySet(nint window, string path)
    {
        if (!File.Exists(path)) return $"window icon '{path}' was not found; the window has the default icon";
        nint surface = cairo_image_surface_create_from_png(path);
        try
        {
            if (cairo_surface_status(surface) != 0) return $"window icon '{path}' is not a readable PNG; the window has the default icon";
            cairo_surface_flush(surface);
            // cairo's ARGB32 (premultiplied) is SDL's ARGB8888 in memory; an icon's edges may be a little darker, which is invisible at icon size.
            nint sdlSurface = SdlNative.SDL_CreateRGBSurfaceWithFormatFrom(cairo_image_surface_get_data(surface),
                cairo_image_surface_get_width(surface), cairo_image_surface_get_height(surface), 32,
                cairo_image_surface_get_stride(surface), SdlConstants.PixelFormatArgb8888);
            if (sdlSurface == 0) return $"window icon '{path}' could not be set: {SdlNative.LastError()}";
            SdlNative.SDL_SetWindowIcon(window, sdlSurface); // SDL copies the pixels
            SdlNative.SDL_FreeSurface(sdlSurface);
            return null;
        }
        finally
        {
            cairo_surface_destroy(surface);
        }
    }
}

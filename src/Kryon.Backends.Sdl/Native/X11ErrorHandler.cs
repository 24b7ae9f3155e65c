using System.Runtime.InteropServices;

namespace Kryon.Backends.Sdl.Native;

/// <summary>
/// Xlib's default error handler ends the process on any protocol error — a BadWindow because the
/// other end of a clipboard transfer or a ClientMessage went away between two requests is enough.
/// A desktop app must outlive that: this handler writes the error to stderr and carries on.
/// (Connection loss is a separate, fatal, handler that this leaves alone.)
/// </summary>
internal static unsafe class X11ErrorHandler
{
    private static nint _library;

    /// <summary>Installs the handler when SDL runs on X11 (libX11 is loaded then); does nothing otherwise.</summary>
    public static void InstallIfX11(string driver)
    {
        if (driver != "x11" || _library != 0) return;
        if (!NativeLibrary.TryLoad("libX11.so.6", out _library)) return;
        if (!NativeLibrary.TryGetExport(_library, "XSetErrorHandler", out var set)) return;
        ((delegate* unmanaged<delegate* unmanaged<nint, nint, int>, nint>)set)(&OnError);
    }

    [UnmanagedCallersOnly]
    private static int OnError(nint display, nint xErrorEvent)
    {
        // XErrorEvent on LP64: type@0, display@8, resourceid@16, serial@24, error_code@32, request_code@33.
        byte error = *((byte*)xErrorEvent + 32);
        byte request = *((byte*)xErrorEvent + 33);
        try { Console.Error.WriteLine($"kryon: X11 error {error} on request {request} (ignored)"); }
        catch (IOException) { }
        return 0;
    }
}

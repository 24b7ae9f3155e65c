using System.Runtime.InteropServices;

namespace Kryon.Backends.Sdl.Tests.EndToEnd;

/// <summary>
/// Closes a window as a window manager's close button does: a WM_DELETE_WINDOW ClientMessage
/// (xdotool's windowclose destroys the window instead, and Xvfb has no window manager).
/// </summary>
internal static unsafe partial class X11Close
{
    private const string Lib = "libX11.so.6";
    private const int ClientMessage = 33;

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] private static partial nint XOpenDisplay(string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] private static partial nuint XInternAtom(nint display, string name, int onlyIfExists);
    [LibraryImport(Lib)] private static partial int XSendEvent(nint display, nuint window, int propagate, nint mask, byte* xevent);
    [LibraryImport(Lib)] private static partial int XFlush(nint display);
    [LibraryImport(Lib)] private static partial int XCloseDisplay(nint display);
    [LibraryImport(Lib)] private static partial nint XSetErrorHandler(delegate* unmanaged<nint, nint, int> handler);

    // Xlib's default handler would end the test host on a BadWindow (a window that closed a moment ago).
    static X11Close() => XSetErrorHandler(&IgnoreError);

    [UnmanagedCallersOnly]
    private static int IgnoreError(nint display, nint error) => 0;

    /// <summary>Whether an X client can connect to <paramref name="display"/> now.</summary>
    public static bool CanConnect(string display)
    {
        nint dpy = XOpenDisplay(display);
        if (dpy == 0) return false;
        XCloseDisplay(dpy);
        return true;
    }

    public static void Send(string display, ulong window)
    {
        nint dpy = XOpenDisplay(display);
        if (dpy == 0) throw new InvalidOperationException($"cannot open X display {display}");
        try
        {
            // XClientMessageEvent on LP64: type@0, serial@8, send_event@16, display@24, window@32,
            // message_type@40, format@48, data.l[5]@56; the XEvent union is 192 bytes.
            byte* e = stackalloc byte[192];
            new Span<byte>(e, 192).Clear();
            *(int*)e = ClientMessage;
            *(nint*)(e + 24) = dpy;
            *(nuint*)(e + 32) = (nuint)window;
            *(nuint*)(e + 40) = XInternAtom(dpy, "WM_PROTOCOLS", 0);
            *(int*)(e + 48) = 32;
            *(nuint*)(e + 56) = XInternAtom(dpy, "WM_DELETE_WINDOW", 0);
            XSendEvent(dpy, (nuint)window, 0, 0, e);
            XFlush(dpy);
        }
        finally
        {
            XCloseDisplay(dpy);
        }
    }
}

using Kryon.Backends.Sdl.Native;
using static Kryon.Backends.Sdl.Native.SdlNative;

namespace Kryon.Backends.Sdl.Window;

/// <summary>SDL's video subsystem for the life of one run: the hints the platform relies on, SDL_Init, SDL_Quit.</summary>
internal sealed class SdlVideo : IDisposable
{
    public SdlVideo()
    {
        // Ctrl+C in the console stays .NET's (it cancels the run, which closes the window in order).
        SDL_SetHint(SdlConstants.HintNoSignalHandlers, "1");
        // An ordinary app window must not turn the desktop compositor off (SDL's default is for games).
        SDL_SetHint(SdlConstants.HintVideoX11NetWmBypassCompositor, "0");
        // The first click on an inactive window also clicks what is under it, as in most desktop apps.
        SDL_SetHint(SdlConstants.HintMouseFocusClickthrough, "1");
        SDL_SetHint(SdlConstants.HintImeShowUi, "1");
        // Compositions of any length (SDL_TEXTEDITING_EXT) rather than cut at 31 bytes, ten CJK characters.
        SDL_SetHint(SdlConstants.HintImeSupportExtendedText, "1");
        // The software renderer draws to the window surface; without this SDL first opens a hidden
        // OpenGL window to test whether GL would be faster, which loads GL even when no GPU is there.
        SDL_SetHint(SdlConstants.HintFramebufferAcceleration, "0");
        // Only one kind of display named: use its driver, so that a failure says why (not a
        // Wayland complaint about XDG_RUNTIME_DIR) and SDL does not fall back to an invisible one.
        // SDL_VIDEODRIVER in the environment still wins over this hint.
        bool x11 = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"));
        bool wayland = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
        if (x11 != wayland) SDL_SetHint(SdlConstants.HintVideoDriver, x11 ? "x11" : "wayland");
        if (SDL_Init(SdlConstants.InitVideo) != 0)
            throw new SdlException($"SDL could not start its video subsystem: {LastError()} ({DisplayHint})");
        // When X11 and Wayland both fail, SDL falls back to drivers that show nothing (offscreen,
        // dummy): the app would run in no window at all. Unless the user asked for one, that is a failure.
        string driver = Driver;
        if (driver is not ("x11" or "wayland") && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SDL_VIDEODRIVER")))
        {
            SDL_Quit();
            throw new SdlException($"SDL could not connect to the display (it fell back to its '{driver}' driver, which shows no window; {DisplayHint})");
        }
        Native.X11ErrorHandler.InstallIfX11(driver);
    }

    private static string DisplayHint
    {
        get
        {
            string? x11 = Environment.GetEnvironmentVariable("DISPLAY"), wayland = Environment.GetEnvironmentVariable("WAYLAND_DISPLAY");
            string which = string.Join(" or ", new[] { x11 is { Length: > 0 } ? $"DISPLAY={x11}" : null, wayland is { Length: > 0 } ? $"WAYLAND_DISPLAY={wayland}" : null }.OfType<string>());
            return $"is the display {which} running, and may this user open windows on it?";
        }
    }

    /// <summary>"x11", "wayland", …</summary>
    public static unsafe string Driver => System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)SDL_GetCurrentVideoDriver()) ?? "unknown";

    public void Dispose() => SDL_Quit();
}

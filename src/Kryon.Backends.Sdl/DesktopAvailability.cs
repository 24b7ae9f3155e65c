using Kryon.Backends.Sdl.Native;

namespace Kryon.Backends.Sdl;

/// <summary>
/// Why the desktop window cannot open here, found out before anything is loaded: no display to
/// open it on (neither DISPLAY nor WAYLAND_DISPLAY is set: an SSH session, a container, CI), or
/// a native library missing (SDL2 itself, or cairo/Pango for drawing).
/// </summary>
public static class DesktopAvailability
{
    /// <summary>Null when a window can be tried; otherwise the reason and what to do instead.</summary>
    public static string? WhyUnavailable() =>
        WhyUnavailable(Environment.GetEnvironmentVariable, () => SdlLibrary.CanLoad, Kryon.Backends.Cairo.CairoBackend.Check);

    /// <summary>The same check with its inputs given (tests).</summary>
    internal static string? WhyUnavailable(Func<string, string?> environment, Func<bool> sdlLoads, Func<string?> cairoProblem)
    {
        bool x11 = !string.IsNullOrEmpty(environment("DISPLAY"));
        bool wayland = !string.IsNullOrEmpty(environment("WAYLAND_DISPLAY"));
        if (!x11 && !wayland)
            return "no display: neither DISPLAY nor WAYLAND_DISPLAY is set (start it from a desktop session, or under Xvfb: xvfb-run kryon run …; or use --platform terminal)";
        if (!sdlLoads()) return SdlLibrary.MissingMessage;
        return cairoProblem();
    }
}

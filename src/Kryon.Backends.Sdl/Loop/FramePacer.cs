namespace Kryon.Backends.Sdl.Loop;

/// <summary>
/// How long the event loop may sleep in SDL_WaitEventTimeout: until the next frame is due, never
/// sooner than one display refresh after the last frame (frames are paced to the display even
/// without vsync), and forever when nothing is pending (an idle window uses no CPU).
/// </summary>
internal static class FramePacer
{
    /// <summary>SDL_WaitEventTimeout's "no timeout".</summary>
    public const int Forever = -1;

    /// <summary>The refresh interval when the display does not say (60 Hz).</summary>
    public const double DefaultIntervalMs = 1000.0 / 60;

    /// <param name="nowMs">The app clock now.</param>
    /// <param name="nextWakeMs">The runtime's next timer or animation frame (null: none).</param>
    /// <param name="lastFrameMs">When the last frame ran.</param>
    /// <param name="intervalMs">One display refresh.</param>
    /// <param name="hasWork">Input, a state change, a resize or an expose is waiting for a frame.</param>
    /// <returns>Milliseconds to wait, 0 to run the frame now, or <see cref="Forever"/>.</returns>
    public static int TimeoutMs(double nowMs, double? nextWakeMs, double lastFrameMs, double intervalMs, bool hasWork)
    {
        double? due = hasWork ? nowMs : nextWakeMs;
        if (due is not { } dueMs) return Forever;
        double target = Math.Max(dueMs, lastFrameMs + intervalMs);
        double wait = Math.Ceiling(target - nowMs);
        return wait <= 0 ? 0 : wait >= int.MaxValue ? int.MaxValue : (int)wait;
    }

    /// <summary>Whether a frame should run now (the work is due and a refresh has passed since the last frame).</summary>
    public static bool FrameDue(double nowMs, double? nextWakeMs, double lastFrameMs, double intervalMs, bool hasWork) =>
        (hasWork || nextWakeMs <= nowMs) && nowMs >= lastFrameMs + intervalMs - 0.5;

    /// <summary>The refresh interval for a display's rate in Hz (0 or nonsense: 60 Hz).</summary>
    public static double IntervalFor(int refreshRateHz) => refreshRateHz is >= 24 and <= 1000 ? 1000.0 / refreshRateHz : DefaultIntervalMs;
}

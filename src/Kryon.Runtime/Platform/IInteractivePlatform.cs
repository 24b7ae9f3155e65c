using Kryon.Runtime.Layout;

namespace Kryon.Runtime.Platform;

/// <summary>
/// A platform that shows a running app to a person and feeds it their input: the desktop window
/// (SDL2) or the terminal. `kryon run` picks one, loads the runtime with the platform's text
/// measurer and viewport, starts it, and hands it to <see cref="Run"/> until the person quits.
/// </summary>
public interface IInteractivePlatform
{
    /// <summary>"desktop" or "terminal": the `--platform` value.</summary>
    string Name { get; }

    /// <summary>Null when the platform can run here; otherwise why not (no display, not a terminal, a missing library) and what to use instead.</summary>
    string? WhyUnavailable();

    /// <summary>The text measurer layout uses on this platform (Pango pixels, terminal cells).</summary>
    ITextMeasurer CreateMeasurer();

    /// <summary>The viewport before the runtime loads (a terminal's size in layout units), or null for the App's window size.</summary>
    (float Width, float Height)? InitialViewport { get; }

    /// <summary>The clipboard the runtime should use on this platform.</summary>
    IClipboard Clipboard { get; }

    /// <summary>
    /// Shows the started <paramref name="runtime"/> and runs its event loop until the person quits
    /// (the window is closed, Ctrl+C / Ctrl+Q in a terminal) or <paramref name="cancel"/> fires; then
    /// stops the app (onStop, onUnmount) and restores whatever it changed (the terminal's modes).
    /// Returns the process exit code (0 for a normal quit).
    /// </summary>
    int Run(KryonRuntime runtime, CancellationToken cancel);
}

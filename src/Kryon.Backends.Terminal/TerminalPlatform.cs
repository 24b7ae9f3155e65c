using Kryon.Backends.Terminal.Native;
using Kryon.Backends.Terminal.Text;
using Kryon.Runtime;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Platform;

namespace Kryon.Backends.Terminal;

/// <summary>
/// `kryon run app.kry --platform terminal`: the app drawn in the terminal's cells, with mouse and
/// keyboard. Layout stays in px with one cell = 8 × 16 px (<see cref="CellTextMeasurer"/>); the
/// viewport is the terminal's size in those px. Ctrl+C or Ctrl+Q quits. See README.md.
/// </summary>
public sealed class TerminalPlatform : IReloadablePlatform
{
    /// <summary>The smallest terminal an app is started in (columns × rows).</summary>
    public const int MinColumns = 20, MinRows = 5;

    private readonly TerminalClipboard _clipboard = new();

    public string Name => "terminal";

    public string? WhyUnavailable()
    {
        if (Environment.GetEnvironmentVariable("TERM") is "dumb")
            return "TERM is 'dumb': this terminal cannot move the cursor or show colours; run it in a terminal emulator (xterm, tmux, …)";
        using var tty = TerminalDevice.TryOpen(out var why);
        if (tty is null) return why;
        // Keys come from the terminal the person types in: with stdin redirected (a pipe, a file) they do
        // not, and a test host or script must not be taken over. Stdout may be redirected (the report).
        if (!TerminalDevice.IsTerminal(0)) return "standard input is not a terminal; start it from a terminal (standard output may be redirected)";
        if (tty.Size() is not var (columns, rows)) return "the terminal does not say how big it is (no window size)";
        if (columns < MinColumns || rows < MinRows)
            return $"the terminal is {columns}×{rows} cells; the app needs at least {MinColumns}×{MinRows} — make the window bigger";
        return null;
    }

    public ITextMeasurer CreateMeasurer() => new CellTextMeasurer();

    public (float Width, float Height)? InitialViewport
    {
        get
        {
            using var tty = TerminalDevice.TryOpen(out _);
            if (tty?.Size() is not var (columns, rows)) return null;
            return (columns * CellTextMeasurer.CellWidthPx, rows * CellTextMeasurer.CellHeightPx);
        }
    }

    public IClipboard Clipboard => _clipboard;

    public int Run(KryonRuntime runtime, CancellationToken cancel) => Run(new RuntimeHost(runtime), cancel);

    /// <summary>Shows the app <paramref name="host"/> holds, following it when it is swapped (`kryon dev`).</summary>
    public int Run(RuntimeHost host, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var tty = TerminalDevice.TryOpen(out var why);
        if (tty is null || !OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine($"kryon run: cannot show the app on the terminal platform: {why}");
            host.Runtime.Stop();
            return 1;
        }
        return new TerminalSession(tty, host, _clipboard).Run(cancel);
    }
}

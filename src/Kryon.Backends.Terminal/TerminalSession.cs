using System.Diagnostics;
using System.Runtime.InteropServices;
using Kryon.Backends.Terminal.Input;
using Kryon.Backends.Terminal.Native;
using Kryon.Backends.Terminal.Output;
using Kryon.Backends.Terminal.Rendering;
using Kryon.Backends.Terminal.Text;
using Kryon.Runtime;
using Kryon.Runtime.Events;
using Kryon.Runtime.Platform;

namespace Kryon.Backends.Terminal;

/// <summary>
/// One run of an app in the terminal: takes the terminal over (raw mode, alternate screen, mouse,
/// bracketed paste), runs the frame loop, and gives the terminal back on every way out — a quit
/// key, SIGTERM/SIGINT/SIGHUP, the terminal going away, or an exception.
/// <para>The loop sleeps in poll(2) until input, a signal (through the device's wake pipe) or the
/// runtime's next timer or animation frame is due, so an idle app uses no CPU. It feeds the input
/// to the runtime, runs a frame on a monotonic clock, and redraws (only the changed cells) when
/// the frame changed the display list or the terminal was resized.</para>
/// <para>The app is the one <c>host</c> holds (`kryon dev` swaps it between frames through posted
/// work); the host's overlay lines are drawn as a status line in the last row.</para>
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class TerminalSession(TerminalDevice tty, RuntimeHost host, TerminalClipboard clipboard)
{
    /// <summary>How long a lone ESC waits for the rest of a sequence before it counts as the Escape key.</summary>
    public const int EscapeTimeoutMs = 25;

    /// <summary>At most one frame this often while animations run (about 60 a second).</summary>
    public const int FrameIntervalMs = 16;

    private readonly InputParser _parser = new();
    private readonly List<TerminalInput> _inputs = [];
    private readonly List<InputEvent> _events = [];
    private readonly byte[] _readBuffer = new byte[4096];
    private readonly GridRenderer _renderer = new();
    private readonly DiffWriter _writer = new(ColorModes.FromEnvironment());
    private CellGrid _grid = new(0, 0);
    private readonly DiagnosticsOverlay _overlay = new(OverlayStyle.StatusLine);
    private int _hostVersion = host.Version;
    private volatile bool _quit, _resized;

    private KryonRuntime Runtime => host.Runtime;

    public int Run(CancellationToken cancel)
    {
        var signals = new List<PosixSignalRegistration>();
        string? failure = null;
        bool entered = false;
        try
        {
            signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGWINCH, _ => { _resized = true; tty.Wake(); }));
            foreach (var signal in (ReadOnlySpan<PosixSignal>)[PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP])
                signals.Add(PosixSignalRegistration.Create(signal, context => { context.Cancel = true; _quit = true; tty.Wake(); }));
            using var onCancel = cancel.Register(() => { _quit = true; tty.Wake(); });
            host.Wake = tty.Wake;

            tty.EnterRawMode();
            entered = true;
            tty.Write(TerminalModes.Enter);
            clipboard.Send = bytes => tty.Write(bytes);
            Loop(cancel);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failure = e.Message;
        }
        finally
        {
            host.Wake = null;
            clipboard.Send = null;
            try
            {
                Runtime.Stop();
            }
            catch (Exception e) when (failure is null)
            {
                failure = e.Message;
            }
            finally
            {
                if (entered)
                {
                    try { tty.Write(TerminalModes.Leave); } catch (IOException) { /* the terminal is gone */ }
                }
                tty.RestoreMode();
                foreach (var s in signals) s.Dispose();
            }
        }
        if (failure is null) return 0;
        Console.Error.WriteLine($"kryon run: the terminal platform stopped: {failure}");
        return 1;
    }

    private void Loop(CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        double origin = Runtime.NowMs;
        double Now() => origin + clock.Elapsed.TotalMilliseconds;
        double lastFrame = double.NegativeInfinity;

        FitToTerminal();
        Runtime.RunFrame(Now());
        Draw();

        while (!_quit && !cancel.IsCancellationRequested)
        {
            var ready = tty.Wait(Timeout(Now(), lastFrame));
            if (_quit || cancel.IsCancellationRequested) break;
            bool redraw = false;
            if (_resized)
            {
                _resized = false;
                redraw = FitToTerminal();
            }
            if ((ready & TerminalDevice.Ready.Input) != 0)
            {
                int n = tty.Read(_readBuffer);
                if (n == 0) break; // the terminal hung up
                if (n > 0) _parser.Feed(_readBuffer.AsSpan(0, n), _inputs);
            }
            else if (ready == TerminalDevice.Ready.None && _parser.HasPending) _parser.Flush(_inputs);
            if (Dispatch()) break;
            redraw |= RunHostWork();

            double now = Now();
            bool changed = Runtime.RunFrame(now);
            lastFrame = now;
            if (changed || redraw || FocusedHandle() != _renderer.FocusedElement) Draw();
        }
        // Input read together with the quit key (keys typed just before Ctrl+Q) still reaches the app.
        if (Runtime.IsRunning && Runtime.PendingEvents > 0) Runtime.RunFrame(Now());
    }

    /// <summary>Runs what was posted to the host (a reload); true when the app or the status line changed.</summary>
    private bool RunHostWork()
    {
        host.RunPendingWork();
        if (host.Version == _hostVersion) return false;
        _hostVersion = host.Version;
        _writer.Invalidate();
        return true;
    }

    /// <summary>How long poll may sleep: until the next timer or animation frame, sooner when a lone ESC waits; -1 for idle.</summary>
    private int Timeout(double now, double lastFrame)
    {
        int timeout = -1;
        if (Runtime.NextWakeMs is { } wake)
        {
            double due = Math.Max(wake, lastFrame + FrameIntervalMs);
            timeout = (int)Math.Clamp(Math.Ceiling(due - now), 0, int.MaxValue);
        }
        if (_parser.HasPending) timeout = timeout < 0 ? EscapeTimeoutMs : Math.Min(timeout, EscapeTimeoutMs);
        return timeout;
    }

    /// <summary>Hands the parsed input to the runtime; true when the person asked to quit.</summary>
    private bool Dispatch()
    {
        bool quit = false;
        foreach (var input in _inputs)
        {
            if (InputTranslator.IsQuit(input))
            {
                quit = true;
                break;
            }
            InputTranslator.Translate(input, _events);
        }
        _inputs.Clear();
        foreach (var e in _events) Runtime.Enqueue(e);
        _events.Clear();
        return quit;
    }

    /// <summary>Sizes the grid and the runtime's viewport to the terminal; true when the size changed.</summary>
    private bool FitToTerminal()
    {
        var (columns, rows) = tty.Size() ?? (_grid.Columns > 0 ? (_grid.Columns, _grid.Rows) : (80, 24));
        if (columns == _grid.Columns && rows == _grid.Rows) return false;
        _grid = new CellGrid(columns, rows);
        _writer.Invalidate();
        float width = columns * CellTextMeasurer.CellWidthPx, height = rows * CellTextMeasurer.CellHeightPx;
        if (Runtime.ViewportWidth != width || Runtime.ViewportHeight != height) Runtime.Enqueue(new ResizeEvent(width, height));
        return true;
    }

    private int FocusedHandle() => Runtime.Focused?.Handle ?? 0;

    private void Draw()
    {
        _renderer.FocusedElement = FocusedHandle();
        _renderer.Render(_overlay.Compose(Runtime.DisplayList, host.OverlayLines), _grid);
        var bytes = _writer.Write(_grid);
        if (bytes.Length > 0) tty.Write(bytes);
    }
}

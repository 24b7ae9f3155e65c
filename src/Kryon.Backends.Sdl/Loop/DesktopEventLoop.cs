using System.Diagnostics;
using Kryon.Backends.Sdl.Input;
using Kryon.Backends.Sdl.Native;
using Kryon.Backends.Sdl.Window;
using Kryon.Registry;
using Kryon.Runtime;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Platform;
using static Kryon.Backends.Sdl.Native.SdlNative;

namespace Kryon.Backends.Sdl.Loop;

/// <summary>
/// The desktop event loop. It sleeps in SDL_WaitEventTimeout until an event arrives or the
/// runtime's next timer/animation is due (<see cref="FramePacer"/>; nothing pending = sleep
/// without a timeout, so an idle window uses no CPU), hands the events to the runtime, runs a
/// frame at most once per display refresh, and redraws and presents only when the frame changed
/// the display list (or the window was resized, exposed or lost its texture).
/// Ends when the window is closed or <c>cancel</c> fires (Ctrl+C in the console).
/// The app is the one <c>host</c> holds (`kryon dev` swaps it between frames through posted work)
/// and the host's overlay lines are drawn over it (<see cref="DiagnosticsOverlay"/>).
/// </summary>
internal sealed unsafe class DesktopEventLoop(RuntimeHost host, SdlWindow window, CancellationToken cancel)
{
    private readonly DiagnosticsOverlay _overlay = new(OverlayStyle.Window);
    private int _hostVersion = host.Version;
    private readonly EventTranslator _translator = new();
    private readonly CursorSetter _cursor = new();
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly double _appTimeAtStart = host.Runtime.NowMs;
    private bool _quit;
    private bool _mustRender;
    private bool _mustPresent;
    private Element? _textInputTarget;
    private int _textInputVersion = -1;
    private SdlRect _textInputRect;

    private KryonRuntime Runtime => host.Runtime;

    /// <summary>Called once the first frame is on screen (the startup measurement).</summary>
    public Action<SdlWindow>? FirstFramePresented { get; init; }

    /// <summary>The app clock: the runtime's time at the start plus real time since.</summary>
    private double Now() => _appTimeAtStart + Stopwatch.GetElapsedTime(_start).TotalMilliseconds;

    public void Run()
    {
        double interval = RefreshInterval();
        // The window manager may not give the asked size (a small screen, a tiling WM): lay out for what we got.
        var (w, h) = window.Size;
        if (w != (int)MathF.Round(Runtime.ViewportWidth) || h != (int)MathF.Round(Runtime.ViewportHeight)) Runtime.Enqueue(new ResizeEvent(w, h));
        Frame(Now(), forceRender: true);
        FirstFramePresented?.Invoke(window);
        double lastFrame = Now();

        uint wakeType = SDL_RegisterEvents(1);
        void Wake()
        {
            var e = new SdlEvent { Type = wakeType };
            SDL_PushEvent(&e); // thread-safe: wakes SDL_WaitEventTimeout on the loop's thread
        }
        using var wake = cancel.Register(Wake);
        host.Wake = Wake;
        SDL_StartTextInput();
        try
        {
            SdlEvent e;
            // The app may also stop itself (a script): nothing more would run, so the window closes.
            while (!_quit && !cancel.IsCancellationRequested && Runtime.IsRunning)
            {
                double now = Now();
                int timeout = FramePacer.TimeoutMs(now, Runtime.NextWakeMs, lastFrame, interval, HasWork);
                if (SDL_WaitEventTimeout(&e, timeout) == 1)
                {
                    Handle(e);
                    while (!_quit && SDL_PollEvent(&e) == 1) Handle(e);
                }
                if (_quit || cancel.IsCancellationRequested) break;
                RunHostWork();
                now = Now();
                if (!FramePacer.FrameDue(now, Runtime.NextWakeMs, lastFrame, interval, HasWork)) continue;
                Frame(now, forceRender: false);
                lastFrame = now;
            }
            // Input that came just before the close (the last keys typed) still reaches the app, as it would have a frame later.
            if (Runtime.IsRunning && Runtime.PendingEvents > 0) Runtime.RunFrame(Now());
        }
        finally
        {
            host.Wake = null;
            SDL_StopTextInput();
            _cursor.Dispose();
        }
    }

    /// <summary>Input, a pending state change or layout, or a window that must be redrawn or shown again.</summary>
    private bool HasWork => host.HasPendingWork || _mustRender || _mustPresent || Runtime.PendingEvents > 0 || Runtime.State.HasPendingChanges
        || Runtime.Tree.LayoutChanged.Count > 0 || Runtime.Tree.NeedsPaint;

    private void Frame(double now, bool forceRender)
    {
        bool changed = Runtime.RunFrame(now);
        if (changed || forceRender || _mustRender)
        {
            window.Title = WindowSettings.TitleOf(Runtime);
            foreach (var d in window.Render(_overlay.Compose(Runtime.DisplayList, host.OverlayLines))) Runtime.Log.Report(d);
            _mustPresent = true;
        }
        _mustRender = false;
        if (_mustPresent) window.Present();
        _mustPresent = false;
        _cursor.Show(CursorShapes.For(Runtime.Hovered));
        UpdateTextInputRect();
    }

    /// <summary>Runs what was posted to the host (a reload); a new app or overlay is drawn in full.</summary>
    private void RunHostWork()
    {
        host.RunPendingWork();
        if (host.Version == _hostVersion) return;
        _hostVersion = host.Version;
        _mustRender = true;
        _textInputTarget = null;
    }

    private void Handle(in SdlEvent e)
    {
        switch (e.Kind)
        {
            case SdlEventType.Quit:
                _quit = true;
                return;
            case SdlEventType.WindowEvent:
                switch ((SdlWindowEventId)e.WindowEvent)
                {
                    case SdlWindowEventId.Close: _quit = true; return;
                    case SdlWindowEventId.Exposed: _mustPresent = true; break;
                    case SdlWindowEventId.SizeChanged:
                    case SdlWindowEventId.DisplayChanged:
                        if (window.UpdateScale()) _mustRender = true;
                        _mustPresent = true;
                        break;
                }
                break;
            case SdlEventType.RenderTargetsReset:
            case SdlEventType.RenderDeviceReset:
                window.InvalidateTexture();
                _mustRender = true;
                break;
        }
        if (_translator.Translate(e, (SdlKeymod)SDL_GetModState()) is { } input) Runtime.Enqueue(input);
        if (e.Kind == SdlEventType.TextEditingExt && e.EditExtText != 0) SDL_free(e.EditExtText); // SDL gives the text to the application
    }

    /// <summary>
    /// Tells the IME where the focused Input's caret is, so its candidate window opens next to the
    /// text and follows it as it grows. Looked up again only when focus or the drawn frame changed.
    /// </summary>
    private void UpdateTextInputRect()
    {
        var focused = Runtime.Focused;
        int version = Runtime.DisplayList.Version;
        if (focused == _textInputTarget && version == _textInputVersion) return;
        _textInputTarget = focused;
        _textInputVersion = version;
        if (ImeArea.Of(Runtime) is not { } box) return;
        var rect = new SdlRect((int)box.X, (int)box.Y, Math.Max(1, (int)MathF.Ceiling(box.Width)), Math.Max(1, (int)MathF.Ceiling(box.Height)));
        if (rect.X == _textInputRect.X && rect.Y == _textInputRect.Y && rect.W == _textInputRect.W && rect.H == _textInputRect.H) return;
        _textInputRect = rect;
        SDL_SetTextInputRect(&rect);
    }

    private double RefreshInterval()
    {
        int display = SDL_GetWindowDisplayIndex(window.Handle);
        return display >= 0 && SDL_GetCurrentDisplayMode(display, out var mode) == 0 ? FramePacer.IntervalFor(mode.RefreshRate) : FramePacer.DefaultIntervalMs;
    }
}

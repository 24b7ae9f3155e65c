using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Kryon.Backends.Web.Hosting;
using Kryon.Backends.Web.Protocol;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Platform;
using Kryon.Values;

namespace Kryon.Backends.Web.Sessions;

/// <summary>
/// One browser tab's app: a runtime on a thread of its own (the only thread that touches it), fed by
/// a queue of work that connections post (input, attach, detach). The loop sleeps until work arrives
/// or the app's next timer or animation frame is due; it runs a frame at once after input (the
/// latency a click sees) and at most one per display refresh for timers and animations, and sends
/// the frame to the attached connection when the display list changed: in full to a connection
/// that just attached, else as a delta. A session outlives its connection: a tab that reconnects
/// within the timeout gets the same running app back (<see cref="SessionRegistry"/>).
/// The app is the one its <see cref="RuntimeHost"/> holds: work posted to the host (a `kryon dev`
/// reload) runs on the loop between frames and may swap the runtime, and the host's overlay lines
/// (the errors of a broken edit) are drawn over the app in the frames sent.
/// </summary>
internal sealed class WebSession
{
    /// <summary>Timer- and animation-driven frames run at most this often (60 Hz); input-driven ones at once.</summary>
    public const double FrameIntervalMs = 1000.0 / 60;

    /// <summary>
    /// How many frames may be sent that the client has not reported drawn. A slow or stalled tab
    /// gets no more until it catches up, then the newest frame (a delta against the last one it
    /// got): frames do not pile up in the server's memory for a client that does not read them.
    /// </summary>
    public const int MaxFramesAhead = 8;

    private readonly SessionFactory _factory;
    private readonly ITextMeasurer _measurer;
    private readonly FrameEncoder _encoder;
    private readonly Action<Diagnostic> _report;
    private readonly Lock _lock = new();
    private readonly Queue<Action<KryonRuntime>> _work = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly Thread _thread;
    private readonly float _initialWidth, _initialHeight;
    private readonly DiagnosticsOverlay _overlay = new(OverlayStyle.Window);
    private IClientConnection? _owner; // under _lock: the connection attached now
    private IClientConnection? _connection; // the loop's copy
    private volatile bool _stopping;
    private bool _mustSendFull;
    private bool _frameHeld; // a changed frame waits for the client to catch up (MaxFramesAhead)
    private int _hostVersion;
    private bool _hostChanged; // a new app or overlay: the next frame is sent even if the app's list did not change
    private KryonRuntime? _reporting; // the runtime whose log is forwarded to _report
    private string _cursor = "default";
    private string? _title; // the title the attached client shows
    private Element? _imeTarget;
    private bool _imeSent;

    public WebSession(string id, float width, float height, SessionFactory factory, ITextMeasurer measurer, FrameEncoder encoder, Action<Diagnostic> report)
    {
        Id = id;
        (_initialWidth, _initialHeight) = (width, height);
        _factory = factory;
        _measurer = measurer;
        _encoder = encoder;
        _report = report;
        _thread = new Thread(Run) { IsBackground = true, Name = $"kryon session {id[..6]}" };
    }

    public string Id { get; }

    /// <summary>When the last connection went (Environment.TickCount64), and how long the session waits for a new one; null while attached.</summary>
    private (long SinceTick, TimeSpan Grace)? _detached;

    /// <summary>The session has had no connection for longer than its grace time.</summary>
    public bool HasExpired(long nowTick)
    {
        lock (_lock) return _detached is { } d && nowTick - d.SinceTick > d.Grace.TotalMilliseconds;
    }

    /// <summary>The session's loop has ended (the app stopped itself, failed to start, or the session was closed).</summary>
    public bool HasEnded { get; private set; }

    /// <summary>Called on the session's thread when the loop ends.</summary>
    public Action<WebSession>? Ended { get; init; }

    /// <summary>The last frame version the client said it drew.</summary>
    public int DrawnVersion { get; private set; }

    /// <summary>The client has drawn the last frame sent (read on the session's thread, through <see cref="InspectAsync"/>).</summary>
    public bool ClientIsUpToDate => DrawnVersion >= _encoder.Version;

    /// <summary>Called on the session's thread with the size in UTF-8 bytes of each frame message sent (tests, the benchmark).</summary>
    public Action<int, bool>? FrameSent { get; set; }

    /// <summary>Starts the app on the session's thread and attaches the first connection.</summary>
    public void Start(IClientConnection connection)
    {
        lock (_lock) _owner = connection;
        Post(runtime => AttachNow(runtime, connection));
        _thread.Start();
    }

    /// <summary>A reconnecting tab takes the session over; false when another connection has it (a duplicated tab gets a new session).</summary>
    public bool TryAttach(IClientConnection connection)
    {
        lock (_lock)
        {
            if (_owner is not null || HasEnded) return false;
            _owner = connection;
            _detached = null;
        }
        Post(runtime => AttachNow(runtime, connection));
        return true;
    }

    /// <summary>The connection went; the session waits <paramref name="grace"/> for the tab to come back.</summary>
    public void Detach(IClientConnection connection, TimeSpan grace)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(_owner, connection)) return;
            _owner = null;
            _detached = (Environment.TickCount64, grace);
        }
        Post(_ =>
        {
            if (ReferenceEquals(_connection, connection)) _connection = null;
        });
    }

    public void PostInput(InputEvent input) => Post(runtime => runtime.Enqueue(input));

    /// <summary>The client drew frame <paramref name="version"/> (never counted beyond the frames sent).</summary>
    public void MarkDrawn(int version) => Post(_ => DrawnVersion = Math.Min(Math.Max(DrawnVersion, version), _encoder.Version));

    /// <summary>Stops the app (onStop) and ends the loop; the attached connection, if any, is closed with <paramref name="reason"/>.</summary>
    public void Stop(string reason = "session closed")
    {
        Post(_ => _connection?.Close(WebSocketCloseStatus.NormalClosure, reason));
        _stopping = true;
        _wake.Set();
    }

    /// <summary>Reads the running app on the session's thread (tests and the benchmark look at its state this way, never directly).</summary>
    public Task<T> InspectAsync<T>(Func<KryonRuntime, T> read)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(runtime =>
        {
            try
            {
                result.SetResult(read(runtime));
            }
            catch (Exception e)
            {
                result.SetException(e);
            }
        });
        return result.Task;
    }

    /// <summary>Waits for the loop to end after <see cref="Stop"/> (onStop has then run).</summary>
    public bool WaitForEnd(TimeSpan timeout) => _thread.ThreadState == System.Threading.ThreadState.Unstarted || _thread.Join(timeout);

    private void Post(Action<KryonRuntime> work)
    {
        lock (_lock) _work.Enqueue(work);
        _wake.Set();
    }

    private void Run()
    {
        HostedApp? app = null;
        try
        {
            var clipboard = new SessionClipboard(message => _connection?.Send(message));
            try
            {
                app = _factory(new SessionStart(_initialWidth, _initialHeight, _measurer, clipboard));
            }
            catch (Exception e)
            {
                // The CLI checked the app before serving it; what fails here is this session's start (an onStart that throws is logged, not thrown).
                _report(Diagnostic.Create(DiagnosticCodes.WebSessionFailed, null, $"session {Id}: the app could not be started: {e.Message}"));
                IClientConnection? owner;
                lock (_lock) owner = _owner;
                owner?.Close(WebSocketCloseStatus.InternalServerError, "the app could not be started");
                return;
            }
            var host = app.Host;
            foreach (var d in host.Runtime.Log.Entries) _report(d);
            ReportFrom(host.Runtime);
            _hostVersion = host.Version;
            host.Wake = () => _wake.Set();
            try
            {
                Loop(host);
            }
            finally
            {
                host.Wake = null;
                ReportFrom(null);
            }
        }
        catch (Exception e)
        {
            _report(Diagnostic.Create(DiagnosticCodes.WebSessionFailed, null, $"session {Id} stopped: {e.GetType().Name}: {e.Message}"));
            _connection?.Close(WebSocketCloseStatus.InternalServerError, "the session failed");
        }
        finally
        {
            IClientConnection? owner;
            lock (_lock)
            {
                HasEnded = true;
                owner = _owner;
            }
            // The tab is told the session is over (the app stopped itself, or the session was closed).
            owner?.Close(WebSocketCloseStatus.NormalClosure, "the session has ended");
            try
            {
                app?.Dispose(); // onStop, onUnmount, the script engines
            }
            catch (Exception e)
            {
                _report(Diagnostic.Create(DiagnosticCodes.WebSessionFailed, null, $"session {Id}: stopping the app failed: {e.Message}"));
            }
            Ended?.Invoke(this);
        }
    }

    private void Loop(RuntimeHost host)
    {
        long start = Stopwatch.GetTimestamp();
        // A swapped-in app carries on the clock of the one it replaced (its snapshot holds it).
        double appTimeAtStart = host.Runtime.NowMs;
        double Now() => appTimeAtStart + Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        double lastTimedFrame = double.NegativeInfinity;

        while (!_stopping && host.Runtime.IsRunning)
        {
            double? wake = host.Runtime.NextWakeMs;
            int timeout = Timeout.Infinite;
            if (wake is { } due)
            {
                double target = Math.Max(due, lastTimedFrame + FrameIntervalMs);
                timeout = (int)Math.Clamp(Math.Ceiling(target - Now()), 0, int.MaxValue);
            }
            if (timeout != 0) _wake.WaitOne(timeout);
            bool hadInput = Drain(host);
            if (_stopping) break;
            double now = Now();
            bool timed = host.Runtime.NextWakeMs <= now && now >= lastTimedFrame + FrameIntervalMs - 0.5;
            if (!hadInput && !timed && !_mustSendFull && !_hostChanged) continue;
            if (timed) lastTimedFrame = now;
            Frame(host, now);
        }
    }

    /// <summary>Runs the queued work, then what was posted to the host; true when there was any.</summary>
    private bool Drain(RuntimeHost host)
    {
        bool any = false;
        while (true)
        {
            Action<KryonRuntime> work;
            lock (_lock)
            {
                if (!_work.TryDequeue(out work!)) break;
            }
            any = true;
            work(host.Runtime);
        }
        if (host.RunPendingWork()) any = true;
        FollowHost(host);
        return any;
    }

    /// <summary>After a swap or a change of overlay: forward the new app's log, send its title, place the IME again, send a frame.</summary>
    private void FollowHost(RuntimeHost host)
    {
        if (host.Version == _hostVersion) return;
        _hostVersion = host.Version;
        _hostChanged = true;
        if (ReferenceEquals(host.Runtime, _reporting)) return;
        ReportFrom(host.Runtime);
        _imeSent = false;
    }

    private void ReportFrom(KryonRuntime? runtime)
    {
        if (_reporting is not null) _reporting.Log.Reported -= _report;
        _reporting = runtime;
        if (runtime is not null) runtime.Log.Reported += _report;
    }

    private void AttachNow(KryonRuntime runtime, IClientConnection connection)
    {
        _connection = connection;
        _encoder.Reset();
        _mustSendFull = true;
        _cursor = "default";
        _imeSent = false;
        connection.Send($"{{\"t\":\"session\",\"id\":{JsonString.Quote(Id)}}}");
        _title = null;
    }

    /// <summary>The page's title follows the App's window_title (a binding or a script may change it, a `kryon dev` reload too).</summary>
    private void SendTitle(KryonRuntime runtime, IClientConnection connection)
    {
        string? title = runtime.Tree.Root?.Get(Props.WindowTitle) is StringValue { Value.Length: > 0 } t ? t.Value : null;
        if (title is null || title == _title) return;
        _title = title;
        connection.Send($"{{\"t\":\"title\",\"text\":{JsonString.Quote(title)}}}");
    }

    private void Frame(RuntimeHost host, double now)
    {
        var runtime = host.Runtime;
        bool changed = runtime.RunFrame(now);
        if (_connection is not { } connection)
        {
            _hostChanged = false; // the tab that attaches next gets a full frame anyway
            return;
        }
        if (changed || _mustSendFull || _hostChanged || _frameHeld)
        {
            bool full = _mustSendFull;
            _hostChanged = false; // the new app or overlay goes with this frame, or with the held one
            _frameHeld = !full && _encoder.Version - DrawnVersion >= MaxFramesAhead;
            if (!_frameHeld)
            {
                string message = _encoder.Encode(_overlay.Compose(runtime.DisplayList, host.OverlayLines));
                _mustSendFull = false;
                connection.Send(message);
                FrameSent?.Invoke(Encoding.UTF8.GetByteCount(message), full);
            }
        }
        SendTitle(runtime, connection);
        string cursor = CursorNames.For(runtime.Hovered);
        if (cursor != _cursor)
        {
            _cursor = cursor;
            connection.Send($"{{\"t\":\"cursor\",\"c\":\"{cursor}\"}}");
        }
        SendImeTarget(runtime, connection);
    }

    /// <summary>
    /// Tells the client where the focused Input is (or that none is), so it places its hidden text
    /// field there: the IME's candidate window then opens next to the text being typed.
    /// </summary>
    private void SendImeTarget(KryonRuntime runtime, IClientConnection connection)
    {
        var focused = runtime.Focused is { } f && f.Is(ElementKind.Input) ? f : null;
        if (_imeSent && ReferenceEquals(focused, _imeTarget)) return;
        _imeTarget = focused;
        _imeSent = true;
        if (focused is null)
        {
            connection.Send("{\"t\":\"ime\"}");
            return;
        }
        var b = focused.ScreenBox;
        connection.Send(FormattableString.Invariant($"{{\"t\":\"ime\",\"x\":{b.X:0.##},\"y\":{b.Y:0.##},\"w\":{b.Width:0.##},\"h\":{b.Height:0.##}}}"));
    }
}

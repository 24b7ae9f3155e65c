using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Kryon.Backends.Sdl.Tests.EndToEnd;

/// <summary>
/// `kryon run app --platform desktop --dump-state` on the test's X display, as a person would
/// use it: wait for its window, look at it (screenshots), move/click/type with xdotool, close it
/// with the window manager's close message, and read what it printed.
/// </summary>
internal sealed partial class DesktopApp : IDisposable
{
    private readonly XvfbDisplay _x;
    private Process _process;
    private readonly StringBuilder _out = new(), _err = new();

    public DesktopApp(XvfbDisplay x, string app, string title, string extraArguments = "", IReadOnlyDictionary<string, string>? environment = null)
    {
        _x = x;
        // Xvfb resets itself whenever its last client (an xdotool, the previous app) disconnects,
        // and refuses connections for a moment while it does: an app that starts in that moment
        // fails with "x11 not available". That is the test display, not the app: start it again.
        for (int attempt = 1; ; attempt++)
        {
            _process = Start(app, extraArguments, environment);
            if (TryWaitForWindow(title, out var window))
            {
                Window = window;
                break;
            }
            bool resetRace = Errors.Contains("x11 not available", StringComparison.Ordinal);
            if (!resetRace || attempt == 3) throw new InvalidOperationException($"kryon exited ({_process.ExitCode}) before its window appeared:\n{Errors}");
            _process.Dispose();
            lock (_out) _out.Clear();
            lock (_err) _err.Clear();
            Thread.Sleep(200);
        }
        // The first frame is presented right after the window maps; wait until it shows something.
        WaitUntil(() => Screenshot() is var s && s.Hex(s.Width / 2, s.Height / 2) != "#000000", "the first frame to be presented");
    }

    public ulong Window { get; }

    public string Errors { get { lock (_err) return _err.ToString(); } }

    /// <summary>The window's position on the screen and size.</summary>
    public (int X, int Y, int Width, int Height) Geometry()
    {
        var values = _x.Xdotool($"getwindowgeometry --shell {Window}").Split('\n')
            .Select(l => l.Split('=')).Where(p => p.Length == 2).ToDictionary(p => p[0], p => int.Parse(p[1]));
        return (values["X"], values["Y"], values["WIDTH"], values["HEIGHT"]);
    }

    /// <summary>The window's pixels, from a screenshot of the whole screen.</summary>
    public RgbImage Screenshot()
    {
        var (x, y, w, h) = Geometry();
        return _x.Screenshot().Crop(x, y, w, h);
    }

    public void MoveTo(float x, float y)
    {
        var g = Geometry();
        _x.Xdotool($"mousemove --sync {g.X + (int)x} {g.Y + (int)y}");
    }

    public void Click(float x, float y)
    {
        MoveTo(x, y);
        _x.Xdotool("click 1");
    }

    public void ClickCentreOf((float X, float Y, float W, float H) box) => Click(box.X + box.W / 2, box.Y + box.H / 2);

    public void Type(string text) => _x.Xdotool($"type --delay 20 \"{text}\"");

    public void Key(string keys) => _x.Xdotool($"key {keys}");

    public void Focus() => _x.Xdotool($"windowfocus {Window}");

    public void Resize(int width, int height) => _x.Xdotool($"windowsize {Window} {width} {height}");

    /// <summary>Polls <paramref name="condition"/> until it holds (10 s at most).</summary>
    public void WaitUntil(Func<bool> condition, string what, double seconds = 10)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (condition()) return;
            if (_process.HasExited) throw new InvalidOperationException($"kryon exited ({_process.ExitCode}) while waiting for {what}:\n{Errors}");
            if (clock.Elapsed.TotalSeconds > seconds) throw new TimeoutException($"timed out waiting for {what}\n{Errors}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Closes the window as its close button would, waits for the process, and returns its exit code and the `--dump-state` JSON.</summary>
    public (int Exit, JsonElement Dump) Close() => CloseWith(() => X11Close.Send(_x.Name, Window));

    /// <summary>Ends the app with a signal (15: SIGTERM, 2: SIGINT as Ctrl+C) and returns what it printed.</summary>
    public (int Exit, JsonElement Dump) Signal(int signal) => CloseWith(() => Assert.Equal(0, SendSignal(_process.Id, signal)));

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "kill")]
    private static partial int SendSignal(int pid, int signal);

    private (int Exit, JsonElement Dump) CloseWith(Action close)
    {
        close();
        if (!_process.WaitForExit(15_000)) throw new TimeoutException("kryon did not exit after its window was closed\n" + Errors);
        _process.WaitForExit(); // flushes the redirected output
        string output;
        lock (_out) output = _out.ToString();
        Assert.False(string.IsNullOrWhiteSpace(output), "no --dump-state output; stderr:\n" + Errors);
        return (_process.ExitCode, JsonDocument.Parse(output).RootElement.Clone());
    }

    private Process Start(string app, string extraArguments, IReadOnlyDictionary<string, string>? environment)
    {
        var psi = KryonCli.StartInfo($"run \"{app}\" --platform desktop --dump-state {extraArguments}", _x.Name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_err) _err.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The app's window once it is visible; false when the app exited first (its output is then complete).</summary>
    private bool TryWaitForWindow(string title, out ulong window)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                _process.WaitForExit(); // flushes the redirected output
                window = 0;
                return false;
            }
            try
            {
                var found = _x.Xdotool($"search --onlyvisible --name \"^{title}$\"");
                if (found.Length > 0)
                {
                    window = ulong.Parse(found.Split('\n')[0]);
                    return true;
                }
            }
            catch (InvalidOperationException)
            {
                // xdotool search exits 1 while nothing matches
            }
            Thread.Sleep(50);
        }
        throw new TimeoutException($"no window titled '{title}' appeared\n{Errors}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process.Dispose();
    }
}

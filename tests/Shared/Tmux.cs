using System.Diagnostics;
using System.Text;

namespace Kryon.Testing;

/// <summary>
/// A private tmux server (its own -L socket, no config) with one session: what a person sees and
/// does at a terminal, for end-to-end tests (the terminal platform's and `kryon dev`'s). Killed on dispose.
/// </summary>
internal sealed class Tmux : IDisposable
{
    private readonly string _socket = "kryon-test-" + Guid.NewGuid().ToString("N")[..12];

    public const string Session = "app";

    public static bool IsInstalled => File.Exists("/usr/bin/tmux") || File.Exists("/usr/local/bin/tmux");

    /// <summary>Starts <paramref name="command"/> (a shell command line) in a detached session of the given size.</summary>
    public void Start(string command, int columns, int rows, IReadOnlyDictionary<string, string>? environment = null)
    {
        var args = new List<string> { "new-session", "-d", "-s", Session, "-x", columns.ToString(), "-y", rows.ToString() };
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) args.AddRange(["-e", $"{k}={v}"]);
        args.Add(command);
        Run([.. args]);
    }

    /// <summary>The pane's text (-e: with colour escapes).</summary>
    public string Capture(bool escapes = false) => Run(escapes ? ["capture-pane", "-p", "-e", "-t", Session] : ["capture-pane", "-p", "-t", Session]);

    /// <summary>Polls the screen until <paramref name="done"/> holds; fails with the last screen after <paramref name="timeoutMs"/>.</summary>
    public string WaitFor(Func<string, bool> done, string what, int timeoutMs = 20_000, bool escapes = false)
    {
        var clock = Stopwatch.StartNew();
        string screen = "";
        while (clock.ElapsedMilliseconds < timeoutMs)
        {
            screen = Capture(escapes);
            if (done(screen)) return screen;
            Thread.Sleep(40);
        }
        Assert.Fail($"timed out after {timeoutMs} ms waiting for {what}; the screen:\n{screen}");
        return screen;
    }

    public string WaitForText(string text, int timeoutMs = 20_000) => WaitFor(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'", timeoutMs);

    /// <summary>Keys by tmux name (Tab, Enter, C-q, Space).</summary>
    public void Keys(params string[] keys) => Run(["send-keys", "-t", Session, .. keys]);

    /// <summary>Types text literally.</summary>
    public void Type(string text) => Run(["send-keys", "-t", Session, "-l", text]);

    /// <summary>Sends raw bytes, as the terminal would (mouse reports).</summary>
    public void Bytes(string raw) => Run(["send-keys", "-t", Session, "-H", .. Encoding.UTF8.GetBytes(raw).Select(b => b.ToString("x2"))]);

    /// <summary>A click at a 0-based cell: SGR press and release.</summary>
    public void Click(int column, int row)
    {
        Bytes($"\e[<0;{column + 1};{row + 1}M");
        Bytes($"\e[<0;{column + 1};{row + 1}m");
    }

    /// <summary>Pastes text the way a terminal does when the app asked for bracketed paste.</summary>
    public void Paste(string text)
    {
        Run(["set-buffer", "--", text]);
        Run(["paste-buffer", "-p", "-t", Session]);
    }

    public void Resize(int columns, int rows) => Run(["resize-window", "-t", Session, "-x", columns.ToString(), "-y", rows.ToString()]);

    public string Display(string format) => Run(["display-message", "-p", "-t", Session, format]).Trim();

    public string Run(params string[] args)
    {
        var psi = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-L", _socket, "-f", "/dev/null", .. args]) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(10_000), "tmux did not answer");
        Assert.True(p.ExitCode == 0, $"tmux {string.Join(' ', args)} failed: {stderr.Result}");
        return stdout.Result;
    }

    public void Dispose()
    {
        try
        {
            var psi = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in (string[])["-L", _socket, "kill-server"]) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.WaitForExit(5_000);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // tmux is not installed: nothing was started.
        }
    }
}

using System.Diagnostics;

namespace Kryon.Cli.Tests.Dev;

/// <summary>
/// `kryon dev --platform terminal` in a private tmux server, as a person uses it: the app keeps
/// its state across a save, a broken save shows a status line in the last row over the still
/// running app, and the fix clears it.
/// </summary>
public sealed class DevTerminalTests : IDisposable
{
    private const int Columns = 90, Rows = 28;

    private readonly string _socket = "kryon-dev-test-" + Guid.NewGuid().ToString("N")[..12];
    private readonly DevAppFolder _folder = new();

    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (Xunit.Sdk.XunitException)
        {
            // No server was started.
        }
        _folder.Dispose();
    }

    [Fact]
    public void Status_line_shows_a_broken_save_over_the_running_app_and_the_fix_clears_it()
    {
        Assert.True(File.Exists("/usr/bin/tmux") || File.Exists("/usr/local/bin/tmux"), "tmux is needed for this test (setup.sh installs it)");
        string counter = File.ReadAllText(Path.Combine(Kryon.Testing.RepositoryPaths.Root, "examples", "counter.kry"));
        string app = _folder.Write("counter.kry", counter);
        string dll = Path.Combine(AppContext.BaseDirectory, "kryon.dll");
        string command = $"cd '{_folder.Root}' && dotnet '{dll}' dev counter.kry --platform terminal >out.txt 2>err.txt; echo \"kryon exited $?\"; sleep 120";
        Tmux("new-session", "-d", "-s", "app", "-x", Columns.ToString(), "-y", Rows.ToString(), "-e", "NO_COLOR=1", "-e", "DOTNET_CLI_TELEMETRY_OPTOUT=1", command);

        WaitFor(s => s.Contains("Count: 0"), "the counter");
        Tmux("send-keys", "-t", "app", "Tab", "Enter"); // focus "-" and press it
        WaitFor(s => s.Contains("Count: -1"), "the count to go down");

        File.WriteAllText(app, counter.Replace("text: \"Reset\"", "text: \"Start over\""));
        var screen = WaitFor(s => s.Contains("Start over"), "the edited app");
        Assert.Contains("Count: -1", screen);

        File.WriteAllText(app, counter.Replace("App {", "App { {"));
        screen = WaitFor(s => LastRow(s).Contains("reload failed"), "the status line");
        Assert.Contains("Count: -1", screen);
        Assert.Contains("Start over", screen);

        File.WriteAllText(app, counter);
        screen = WaitFor(s => s.Contains("Reset") && !s.Contains("reload failed"), "the fixed app without the status line");
        Assert.Contains("Count: -1", screen);

        Tmux("send-keys", "-t", "app", "C-q");
        WaitFor(s => s.Contains("kryon exited 0"), "kryon to quit");
        string errors = File.ReadAllText(_folder.PathOf("err.txt"));
        Assert.Contains("\"kind\":\"failed\"", errors);
        Assert.Contains("3 reloads (1 failed)", errors);
        Assert.Contains("reloaded in", File.ReadAllText(_folder.PathOf("out.txt")));
    }

    private static string LastRow(string screen) => screen.TrimEnd('\n').Split('\n')[^1];

    private string WaitFor(Func<string, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        string screen = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            screen = Tmux("capture-pane", "-p", "-t", "app");
            if (done(screen)) return screen;
            Thread.Sleep(50);
        }
        Assert.Fail($"timed out waiting for {what}; the screen:\n{screen}");
        return screen;
    }

    private string Tmux(params string[] args)
    {
        var psi = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in (string[])["-L", _socket, "-f", "/dev/null", .. args]) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(10_000), "tmux did not answer");
        Assert.True(p.ExitCode == 0, $"tmux {string.Join(' ', args)} failed: {stderr.Result}");
        return stdout.Result;
    }
}

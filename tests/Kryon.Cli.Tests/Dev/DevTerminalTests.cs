using Kryon.Testing;

namespace Kryon.Cli.Tests.Dev;

/// <summary>
/// `kryon dev --platform terminal` in a private tmux server, as a person uses it: the app keeps
/// its state across a save, a broken save shows a status line in the last row over the still
/// running app, and the fix clears it.
/// </summary>
public sealed class DevTerminalTests : IDisposable
{
    private const int Columns = 90, Rows = 28;

    private readonly Tmux _tmux = new();
    private readonly DevAppFolder _folder = new();

    public void Dispose()
    {
        _tmux.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Status_line_shows_a_broken_save_over_the_running_app_and_the_fix_clears_it()
    {
        Assert.True(Tmux.IsInstalled, "tmux is needed for this test (setup.sh installs it)");
        string counter = File.ReadAllText(Path.Combine(Kryon.Testing.RepositoryPaths.Root, "examples", "counter.kry"));
        string app = _folder.Write("counter.kry", counter);
        string dll = Path.Combine(AppContext.BaseDirectory, "kryon.dll");
        string command = $"cd '{_folder.Root}' && dotnet '{dll}' dev counter.kry --platform terminal >out.txt 2>err.txt; echo \"kryon exited $?\"; sleep 120";
        _tmux.Start(command, Columns, Rows, new Dictionary<string, string> { ["NO_COLOR"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });

        WaitFor(s => s.Contains("Count: 0"), "the counter");
        _tmux.Keys("Tab", "Enter"); // focus "-" and press it
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

        _tmux.Keys("C-q");
        WaitFor(s => s.Contains("kryon exited 0"), "kryon to quit");
        string errors = File.ReadAllText(_folder.PathOf("err.txt"));
        Assert.Contains("\"kind\":\"failed\"", errors);
        Assert.Contains("3 reloads (1 failed)", errors);
        Assert.Contains("reloaded in", File.ReadAllText(_folder.PathOf("out.txt")));
    }

    private static string LastRow(string screen) => screen.TrimEnd('\n').Split('\n')[^1];

    private string WaitFor(Func<string, bool> done, string what) => _tmux.WaitFor(done, what, timeoutMs: 60_000);
}

using System.Diagnostics;
using Kryon.Testing;

namespace Kryon.Backends.Terminal.Tests.EndToEnd;

/// <summary>
/// The real `kryon run … --platform terminal` in tmux, used as a person would: look at the screen
/// (compared with golden screens), Tab through focus, press Enter and Space, click with the mouse
/// (SGR reports; hover and active colours in 24-bit), type and paste into Inputs, resize the window, and quit with Ctrl+Q, Ctrl+C or
/// SIGTERM — after which the terminal must be back on its main screen.
/// </summary>
public sealed class TerminalAppTests : IDisposable
{
    private readonly Tmux _tmux = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("kryon-terminal-e2e-").FullName;

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "kryon.dll");

    public void Dispose()
    {
        _tmux.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private void Start(string example, int columns, int rows, string options = "")
    {
        Assert.True(Tmux.IsInstalled, "tmux is needed for the terminal end-to-end tests (setup.sh installs it)");
        Assert.True(File.Exists(Dll), "kryon.dll not next to the tests: " + Dll);
        string command = $"cd '{RepositoryPaths.Root}' && dotnet '{Dll}' run examples/{example} --platform terminal {options} >'{_dir}/out.txt' 2>'{_dir}/err.txt'; echo \"kryon exited $?\"; sleep 120";
        _tmux.Start(command, columns, rows, new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["NO_COLOR"] = "1", ["COLORTERM"] = "truecolor" });
    }

    /// <summary>The 0-based cell of the first line matching <paramref name="line"/>, at the character <paramref name="c"/>.</summary>
    private static (int Column, int Row) Find(string screen, Func<string, bool> line, char c)
    {
        var lines = screen.Split('\n');
        int row = Array.FindIndex(lines, l => line(l));
        Assert.True(row >= 0, "not on the screen:\n" + screen);
        return (lines[row].IndexOf(c), row);
    }

    private void QuitsAndRestoresTheTerminal()
    {
        _tmux.WaitForText("kryon exited 0");
        Assert.Equal("0", _tmux.Display("#{alternate_on}"));
        string errors = File.ReadAllText(Path.Combine(_dir, "err.txt"));
        Assert.DoesNotContain("Unhandled", errors);
        Assert.DoesNotContain("   at ", errors);
        // The summary: on stdout, or on stderr when stdout has the state dump.
        Assert.Contains("ran on the terminal platform", File.ReadAllText(Path.Combine(_dir, "out.txt")) + errors);
    }

    [Fact]
    public void Counter_shows_its_screen_counts_with_keys_and_clicks_and_quits_with_ctrl_q()
    {
        Start("counter.kry", 100, 30);
        var screen = _tmux.WaitFor(s => s.Contains("Count: 0") && s.Contains("Reset"), "the counter");
        Assert.Equal("1", _tmux.Display("#{alternate_on}"));
        GoldenScreen.Check("counter-100x30.txt", screen);

        // Tab, Tab: the "+" button has focus; Enter and Space activate it.
        _tmux.Keys("Tab", "Tab", "Enter");
        _tmux.WaitForText("Count: 1");
        _tmux.Keys("Space");
        screen = _tmux.WaitForText("Count: 2");

        // A click on the "-" button.
        var minus = Find(screen, l => l.Contains('+') && l.Contains('-') && !l.Contains("Press"), '-');
        _tmux.Click(minus.Column, minus.Row);
        _tmux.WaitForText("Count: 1");

        // The "+" button in 24-bit colour: #4F46E5, hovered (mouse motion) #4338CA, pressed (active) #3730A3; the release clicks.
        var plus = Find(screen, l => l.Contains('+') && l.Contains('-') && !l.Contains("Press"), '+');
        Assert.Contains("48;2;79;70;229", _tmux.Capture(escapes: true));
        _tmux.Bytes($"\e[<35;{plus.Column + 1};{plus.Row + 1}M");
        _tmux.WaitFor(s => s.Contains("48;2;67;56;202"), "the hover colour", escapes: true);
        _tmux.Bytes($"\e[<0;{plus.Column + 1};{plus.Row + 1}M");
        _tmux.WaitFor(s => s.Contains("48;2;55;48;163"), "the active colour", escapes: true);
        _tmux.Bytes($"\e[<0;{plus.Column + 1};{plus.Row + 1}m");
        _tmux.WaitForText("Count: 2");

        _tmux.Keys("C-q");
        QuitsAndRestoresTheTerminal();
    }

    [Fact]
    public void Login_takes_typing_and_a_paste_shows_the_cursor_and_submits_with_enter()
    {
        Start("login.kry", 100, 30, "--dump-state");
        var screen = _tmux.WaitFor(s => s.Contains("Welcome back") && s.Contains("Sign in"), "the login form");
        GoldenScreen.Check("login-100x30.txt", screen);
        Assert.Equal("0", _tmux.Display("#{cursor_flag}"));

        // A click in the email field focuses it (the caret shows); then typing goes in.
        var field = Find(screen, l => l.Contains("you@example.com"), 'y');
        _tmux.Click(field.Column, field.Row);
        _tmux.WaitFor(_ => _tmux.Display("#{cursor_flag}") == "1", "the cursor to show");
        _tmux.Type("ada@example.com");
        _tmux.WaitForText("ada@example.com");
        Assert.Equal((field.Column + "ada@example.com".Length).ToString(), _tmux.Display("#{cursor_x}"));

        // Tab to the password, paste it (bracketed paste), Enter submits.
        _tmux.Keys("Tab");
        _tmux.Paste("secret123");
        _tmux.WaitForText("•••••••••");
        _tmux.Keys("Enter");
        _tmux.WaitForText("Signed in as ada@example.com");

        _tmux.Keys("C-c");
        QuitsAndRestoresTheTerminal();
        // The app ran in the terminal while its state went to the redirected stdout.
        Assert.Contains("ada@example.com", File.ReadAllText(Path.Combine(_dir, "out.txt")));
    }

    [Fact]
    public void Keys_typed_together_with_ctrl_q_still_reach_the_app()
    {
        Start("login.kry", 100, 30, "--dump-state");
        var screen = _tmux.WaitFor(s => s.Contains("Welcome back") && s.Contains("Sign in"), "the login form");
        var field = Find(screen, l => l.Contains("you@example.com"), 'y');
        _tmux.Click(field.Column, field.Row);
        _tmux.WaitFor(_ => _tmux.Display("#{cursor_flag}") == "1", "the cursor to show");

        _tmux.Bytes("ada\u0011"); // one write: the app reads the letters and Ctrl+Q at once
        QuitsAndRestoresTheTerminal();

        using var dump = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out.txt")));
        Assert.Equal("ada", dump.RootElement.GetProperty("inputs").GetProperty("email").GetProperty("text").GetString());
    }

    [Fact]
    public void Resizing_the_window_lays_the_app_out_again_and_sigterm_restores_the_terminal()
    {
        Start("counter.kry", 100, 30);
        var screen = _tmux.WaitFor(s => s.Contains("Count: 0") && s.Contains("Reset"), "the counter");
        Assert.Equal(46, screen.Split('\n').First(l => l.Contains("Count: 0")).IndexOf("Count: 0"));

        _tmux.Resize(60, 20);
        screen = _tmux.WaitFor(s => s.Split('\n').Any(l => l.IndexOf("Count: 0") == 26), "the counter centred in 60 columns");
        GoldenScreen.Check("counter-60x20.txt", screen);

        // SIGTERM to kryon (the shell's child): it quits cleanly.
        int shell = int.Parse(_tmux.Display("#{pane_pid}"));
        int kryon = ChildOf(shell);
        using (var kill = Process.Start("kill", ["-TERM", kryon.ToString()])) kill.WaitForExit(5_000);
        QuitsAndRestoresTheTerminal();
    }

    private static int ChildOf(int pid)
    {
        var children = File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(children);
        return int.Parse(children[0]);
    }

    [Fact]
    public async Task A_terminal_that_cannot_show_the_app_is_reported_without_a_stack_trace()
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])[Dll, "run", Path.Combine(RepositoryPaths.Examples, "counter.kry"), "--platform", "terminal"]) psi.ArgumentList.Add(a);
        psi.Environment["TERM"] = "dumb";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(60_000);
        await p.WaitForExitAsync(timeout.Token);
        Assert.Equal(1, p.ExitCode);
        string errors = await stderr, output = await stdout;
        Assert.Contains("cannot show the app on the terminal platform: TERM is 'dumb'", errors);
        Assert.DoesNotContain("   at ", errors + output);
    }
}

namespace Kryon.Backends.Sdl.Tests.EndToEnd;

/// <summary>
/// `kryon run --platform desktop` under a private Xvfb, used as a person would: the window looks
/// like `kryon render` of the same state, a click on "+" counts, hover recolours, typing fills an
/// Input, a resize lays out again, and closing the window runs onStop and prints the final state.
/// </summary>
public sealed class DesktopEndToEndTests(XvfbDisplay x) : IClassFixture<XvfbDisplay>
{
    /// <summary>Same cairo, same Pango, same fonts: only antialiasing noise may differ.</summary>
    private const double MaxDifferentPixels = 0.005;

    private static readonly string Counter = KryonCli.Example("counter.kry");
    private static readonly string Login = KryonCli.Example("login.kry");

    [Fact]
    public void The_window_has_the_Apps_size_and_looks_like_kryon_render()
    {
        using var app = new DesktopApp(x, Counter, "Counter");
        var (_, _, width, height) = app.Geometry();
        Assert.Equal((360, 420), (width, height));
        var expected = KryonCli.Render(x, Counter, 360, 420);
        var shown = app.Screenshot();
        Assert.True(shown.DifferenceFrom(expected) < MaxDifferentPixels, $"{shown.DifferenceFrom(expected):P2} of the pixels differ from kryon render");
        var (exit, dump) = app.Close();
        Assert.Equal(0, exit);
        Assert.Equal(0, dump.GetProperty("variables").GetProperty("count").GetInt32());
    }

    [Fact]
    public void Clicking_plus_counts_and_the_window_shows_it()
    {
        var boxes = KryonCli.Layout(Counter);
        using var app = new DesktopApp(x, Counter, "Counter");
        var before = app.Screenshot();
        app.ClickCentreOf(boxes["increment"]);
        app.WaitUntil(() => app.Screenshot().DifferenceFrom(before) > 0.001, "the count to change on screen");
        // The pointer stays on "+", so it is hovered: as after a scripted click.
        var expected = KryonCli.Render(x, Counter, 360, 420, """[{"type": "click", "target": "increment"}]""");
        RgbImage shown = before;
        app.WaitUntil(() => (shown = app.Screenshot()).DifferenceFrom(expected) < MaxDifferentPixels, "the window to match kryon render after the click");
        var (exit, dump) = app.Close();
        Assert.Equal(0, exit);
        Assert.Equal(1, dump.GetProperty("variables").GetProperty("count").GetInt32());
        Assert.Equal("Counting up", dump.GetProperty("variables").GetProperty("status").GetString());
    }

    [Fact]
    public void Hover_and_press_change_the_buttons_colour()
    {
        var boxes = KryonCli.Layout(Counter);
        var plus = boxes["increment"];
        // Left of the "+" glyph, inside the round button.
        int px = (int)(plus.X + 10), py = (int)(plus.Y + plus.H / 2);
        using var app = new DesktopApp(x, Counter, "Counter");
        app.MoveTo(5, 5);
        app.WaitUntil(() => app.Screenshot().Hex(px, py) == "#4F46E5", "the resting colour");
        app.MoveTo(px, py);
        app.WaitUntil(() => app.Screenshot().Hex(px, py) == "#4338CA", "the &:hover colour");
        x.Xdotool("mousedown 1");
        app.WaitUntil(() => app.Screenshot().Hex(px, py) == "#3730A3", "the &:active colour");
        x.Xdotool("mouseup 1");
        app.MoveTo(5, 5);
        app.WaitUntil(() => app.Screenshot().Hex(px, py) == "#4F46E5", "the resting colour after leaving");
        var (_, dump) = app.Close();
        Assert.Equal(1, dump.GetProperty("variables").GetProperty("count").GetInt32()); // press + release on it is a click
    }

    [Fact]
    public void The_title_bar_follows_the_Apps_window_title_while_it_runs()
    {
        string folder = Directory.CreateTempSubdirectory("kryon-title-").FullName;
        try
        {
            string path = Path.Combine(folder, "title.kry");
            File.WriteAllText(path, """
                @variables { title: String = "Before" }
                App {
                    window_title: $title
                    window_width: 200
                    window_height: 100
                    Button { id: "rename"; text: "Rename"; width: 200; height: 100; onClick: "rename" }
                }
                @script "lua" {
                    function rename(id) kryon.setVariable("title", "After the click") end
                }
                """);
            using var app = new DesktopApp(x, path, "Before");
            app.Click(100, 50);
            app.WaitUntil(() => x.Xdotool($"getwindowname {app.Window}") == "After the click", "the new title");
            Assert.Equal(0, app.Close().Exit);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Typing_fills_the_focused_Input_and_Tab_moves_on()
    {
        var boxes = KryonCli.Layout(Login);
        using var app = new DesktopApp(x, Login, "Sign in");
        app.ClickCentreOf(boxes["email"]);
        app.Focus();
        var before = app.Screenshot();
        app.Type("ada@example.com");
        app.WaitUntil(() => app.Screenshot().DifferenceFrom(before) > 0.002, "the typed text to show");
        app.Key("Tab");
        app.Type("correct horse");
        app.Key("shift+Home");   // select the password…
        app.Key("BackSpace");    // …and delete it
        // Closed right after typing: the last key arrives with the close and must still reach the app.
        app.Type("s3cret-pa5s");
        var (exit, dump) = app.Close();
        Assert.Equal(0, exit);
        var inputs = dump.GetProperty("inputs");
        Assert.Equal("ada@example.com", inputs.GetProperty("email").GetProperty("text").GetString());
        Assert.Equal("s3cret-pa5s", inputs.GetProperty("password").GetProperty("text").GetString());
        Assert.Equal("password", dump.GetProperty("focus").GetString());
        // Both fields valid: the script enabled the Sign in button.
        var signIn = dump.GetProperty("run").GetProperty("layout").EnumerateArray().First(e => e.GetProperty("id").GetString() == "sign_in");
        Assert.DoesNotContain(signIn.GetProperty("state").EnumerateArray(), s => s.GetString() == "disabled");
    }

    [Fact]
    public void Resizing_the_window_lays_the_app_out_again()
    {
        using var app = new DesktopApp(x, Counter, "Counter");
        app.Resize(600, 500);
        app.WaitUntil(() => app.Geometry() is { Width: 600, Height: 500 }, "the window to take the new size");
        var expected = KryonCli.Render(x, Counter, 600, 500);
        app.WaitUntil(() => app.Screenshot().DifferenceFrom(expected) < MaxDifferentPixels, "the window to match kryon render at 600×500");
        var (exit, dump) = app.Close();
        Assert.Equal(0, exit);
        var summary = dump.GetProperty("run").GetProperty("summary");
        Assert.Equal((600, 500), (summary.GetProperty("width").GetInt32(), summary.GetProperty("height").GetInt32()));
        var plus = KryonCli.BoxesOf(dump)["increment"];
        Assert.Equal(192 + (600 - 360) / 2, plus.X);
    }

    [Fact]
    public void The_GPU_renderer_with_vsync_draws_the_same()
    {
        // Under Xvfb this is Mesa's software GL when installed; without it SDL falls back to its software renderer.
        using var app = new DesktopApp(x, Counter, "Counter", environment: new Dictionary<string, string> { ["SDL_RENDER_DRIVER"] = "opengl" });
        var expected = KryonCli.Render(x, Counter, 360, 420);
        Assert.True(app.Screenshot().DifferenceFrom(expected) < MaxDifferentPixels);
        Assert.Equal(0, app.Close().Exit);
    }

    [Theory]
    [InlineData(15)] // SIGTERM: logout, kill
    [InlineData(2)]  // SIGINT: Ctrl+C in the console
    public void A_signal_closes_the_window_in_order(int signal)
    {
        var boxes = KryonCli.Layout(Counter);
        using var app = new DesktopApp(x, Counter, "Counter");
        var before = app.Screenshot();
        app.ClickCentreOf(boxes["decrement"]);
        app.WaitUntil(() => app.Screenshot().DifferenceFrom(before) > 0.001, "the count to change on screen");
        var (exit, dump) = app.Signal(signal);
        Assert.Equal(0, exit);
        Assert.Equal(-1, dump.GetProperty("variables").GetProperty("count").GetInt32());
    }
}

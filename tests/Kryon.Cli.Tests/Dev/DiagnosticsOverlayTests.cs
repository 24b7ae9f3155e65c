using Kryon.Cli.Dev;
using Kryon.Runtime.Platform;
using Kryon.Runtime.Rendering;

namespace Kryon.Cli.Tests.Dev;

/// <summary>The overlay is the app's display list with a panel of text on top, made of commands every backend draws.</summary>
public sealed class DiagnosticsOverlayTests : IDisposable
{
    private readonly DevAppFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private DevSession OpenApp()
    {
        _folder.Write("app.kry", """App { window_width: 320; window_height: 200; Text { text: "hello" } }""");
        return _folder.Open();
    }

    [Fact]
    public void Without_lines_the_app_list_is_drawn_as_it_is()
    {
        using var session = OpenApp();
        var app = session.Runtime.DisplayList;
        Assert.Same(app, new DiagnosticsOverlay(OverlayStyle.Window).Compose(app, []));
    }

    [Fact]
    public void Lines_are_drawn_in_a_panel_over_the_top_of_the_app()
    {
        using var session = OpenApp();
        var app = session.Runtime.DisplayList;
        var composed = new DiagnosticsOverlay(OverlayStyle.Window).Compose(app, ["kryon dev: reload failed", "app.kry:1:5: error[1101]: bad"]);

        Assert.Equal(app.Count + 3, composed.Count);
        Assert.True(composed.Commands[..app.Count].SequenceEqual(app.Commands));
        var panel = composed[app.Count];
        Assert.Equal(DisplayCommandKind.FillRect, panel.Kind);
        Assert.Equal((0f, 0f, 320f), (panel.Bounds.X, panel.Bounds.Y, panel.Bounds.Width));
        Assert.Equal("kryon dev: reload failed", composed[app.Count + 1].Text!.Text);
        Assert.Equal("app.kry:1:5: error[1101]: bad", composed[app.Count + 2].Text!.Text);
        Assert.True(composed.DamageIsFull);
    }

    [Fact]
    public void Long_lines_wrap_to_the_width_of_the_window()
    {
        using var session = OpenApp();
        var app = session.Runtime.DisplayList;
        string message = "app.kry:12:5: error[1103]: Missing '}' to close element App opened on line 12";
        var composed = new DiagnosticsOverlay(OverlayStyle.Window).Compose(app, [message]);

        var texts = composed.Commands[(app.Count + 1)..].ToArray().Select(c => c.Text!.Text).ToList();
        Assert.True(texts.Count > 1, "the line was not wrapped");
        int columns = (int)((320 - 2 * OverlayStyle.Window.Padding) / (OverlayStyle.Window.FontSize * OverlayStyle.MonospaceAdvance));
        Assert.All(texts, t => Assert.True(t.Length <= columns, t));
        Assert.Equal(message, string.Concat(texts.Select((t, i) => i == 0 ? t : t[2..])));
    }

    [Fact]
    public void A_status_line_takes_the_last_row_and_says_how_many_more_lines_there_are()
    {
        using var session = OpenApp();
        var app = session.Runtime.DisplayList;
        var composed = new DiagnosticsOverlay(OverlayStyle.StatusLine).Compose(app, ["reload failed", "first error", "second error"]);

        var panel = composed[app.Count];
        Assert.Equal(200 - 16, panel.Bounds.Y);
        Assert.Equal(16, panel.Bounds.Height);
        Assert.Equal("reload failed (… 2 more)", composed[app.Count + 1].Text!.Text);
    }

    [Fact]
    public void The_composed_list_is_rebuilt_only_when_the_app_or_the_lines_change()
    {
        using var session = OpenApp();
        var overlay = new DiagnosticsOverlay(OverlayStyle.Window);
        IReadOnlyList<string> lines = ["a"];
        var first = overlay.Compose(session.Runtime.DisplayList, lines);
        int version = first.Version;
        Assert.Equal(version, overlay.Compose(session.Runtime.DisplayList, lines).Version);
        Assert.NotEqual(version, overlay.Compose(session.Runtime.DisplayList, ["b"]).Version);
    }
}

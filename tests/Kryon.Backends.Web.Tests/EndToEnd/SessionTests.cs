using Kryon.Backends.Web.Tests.Support;
using Kryon.Diagnostics;
using Xunit.Abstractions;

namespace Kryon.Backends.Web.Tests.EndToEnd;

/// <summary>Sessions as tabs see them: one app per tab, resumed after a dropped connection, isolated from a misbehaving tab.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_dropped_connection_reconnects_and_resumes_the_same_app_state()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        await using var context = await browser.NewContextAsync(360, 420);
        var tab = await AppPage.OpenAsync(context, app);
        await tab.ClickAsync("increment");
        await tab.ClickAsync("increment");
        string session = await tab.SessionIdAsync();
        var before = await tab.PixelsAsync();

        int version = await tab.VersionAsync();
        await tab.Page.EvaluateAsync("() => window.kryon.dropConnection()");
        // The client reconnects by itself, says which session it had, and gets a full frame of it.
        await tab.Page.WaitForFunctionAsync("() => window.kryon.stats.connects >= 2", null, new() { Timeout = 15000 });
        await tab.WaitForFrameAsync(0);

        Assert.Equal(session, await tab.SessionIdAsync());
        Assert.Equal(1, app.Sessions.Count);
        Assert.Equal("2", await tab.VariableAsync("count"));
        Assert.Equal(before.Rgba, (await tab.PixelsAsync()).Rgba);
        // And it goes on from there.
        await tab.ClickAsync("increment");
        Assert.Equal("3", await tab.VariableAsync("count"));
        Assert.True(await tab.VersionAsync() > version);
    }

    [Fact]
    public async Task A_reload_resumes_the_tab_s_session()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        await using var context = await browser.NewContextAsync(360, 420);
        var tab = await AppPage.OpenAsync(context, app);
        await tab.ClickAsync("increment");
        string session = await tab.SessionIdAsync();

        await tab.Page.ReloadAsync();
        await tab.WaitForFrameAsync(0);

        Assert.Equal(session, await tab.SessionIdAsync());
        Assert.Equal("1", await tab.VariableAsync("count"));
    }

    [Fact]
    public async Task Two_tabs_have_independent_state()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        await using var context = await browser.NewContextAsync(360, 420);
        var first = await AppPage.OpenAsync(context, app);
        var second = await AppPage.OpenAsync(context, app);

        await first.ClickAsync("increment");
        await first.ClickAsync("increment");
        await second.ClickAsync("decrement");

        Assert.NotEqual(await first.SessionIdAsync(), await second.SessionIdAsync());
        Assert.Equal(2, app.Sessions.Count);
        Assert.Equal("2", await first.VariableAsync("count"));
        Assert.Equal("-1", await second.VariableAsync("count"));
    }

    [Fact]
    public async Task A_flood_of_malformed_messages_closes_only_that_tab_s_session()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        await using var context = await browser.NewContextAsync(360, 420);
        var victim = await AppPage.OpenAsync(context, app);
        var attacker = await AppPage.OpenAsync(context, app);
        string attackerSession = await attacker.SessionIdAsync();

        await attacker.Page.EvaluateAsync("""
            () => {
              const junk = ['{', '[]', '{"t":"move","x":"a","y":1}', '{"t":"nope"}', '{"t":"keydown","key":""}', '{"t":"down","x":1e9,"y":0}'];
              for (let i = 0; i < 500; i++) window.kryon.sendRaw(junk[i % junk.length]);
              window.kryon.sendRaw('x'.repeat(70000));
            }
            """);
        await attacker.Page.WaitForFunctionAsync("() => !document.getElementById('kryon-status').hidden && document.getElementById('kryon-status').textContent.startsWith('Disconnected')");
        await InteractionTests.WaitUntilAsync(() => Task.FromResult(app.Sessions.Find(attackerSession) is null));

        // The other tab goes on as if nothing happened.
        await victim.ClickAsync("increment");
        Assert.Equal("1", await victim.VariableAsync("count"));
        Assert.Equal(1, app.Sessions.Count);
        var violation = Assert.Single(app.Reported, d => d.Code == DiagnosticCodes.WebProtocolViolation.Code);
        output.WriteLine(DiagnosticFormatter.FormatHuman([violation]));
        Assert.Contains(attackerSession, violation.Message);
    }

    [Fact]
    public async Task Changing_one_number_sends_a_small_delta()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        var sizes = new List<(int Bytes, bool Full)>();
        app.Sessions.SessionCreated = session => session.FrameSent = (bytes, full) => { lock (sizes) sizes.Add((bytes, full)); };
        await using var context = await browser.NewContextAsync(360, 420);
        var tab = await AppPage.OpenAsync(context, app);
        // Hover first, so the click's frames change the count only (the button's hover colour is already drawn).
        var box = await tab.BoxOfAsync("increment");
        await tab.ActAsync(() => tab.Page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2));
        int framesBefore;
        lock (sizes) framesBefore = sizes.Count;

        await tab.ClickAsync("increment");

        List<(int Bytes, bool Full)> click;
        lock (sizes) click = sizes.Skip(framesBefore).ToList();
        output.WriteLine($"full frame: {sizes[0].Bytes} bytes; the click's frames: {string.Join(", ", click.Select(s => s.Bytes))} bytes");
        Assert.True(sizes[0].Full);
        Assert.NotEmpty(click);
        Assert.All(click, frame => Assert.False(frame.Full));
        Assert.All(click, frame => Assert.True(frame.Bytes < 500, $"a frame of {frame.Bytes} bytes"));
    }
}

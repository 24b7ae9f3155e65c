using System.Collections.Concurrent;
using System.Text.Json;
using Kryon.Backends.Web.Tests.Support;
using Kryon.Cli.Dev;
using Kryon.Testing;
using Microsoft.Playwright;

namespace Kryon.Backends.Web.Tests.EndToEnd;

/// <summary>
/// `kryon dev --platform web`: the real command serving a copy of the counter to Chromium while the
/// file is edited, and the tabs' shared compile in-process.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DevWebTests(BrowserFixture browser) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateTempSubdirectory("kryon-devweb-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the temp folder is cleaned by the system.
        }
    }

    [Fact]
    public async Task Saves_reload_every_open_tab_keeping_its_state_and_a_broken_edit_shows_its_errors_in_the_page()
    {
        string counter = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "counter.kry"));
        string edited = counter.Replace("text: \"Reset\"", "text: \"Start over\"").Replace("window_title: \"Counter\"", "window_title: \"Counter (edited)\"");
        string broken = edited.Replace("App {", "App { {");
        string app = Path.Combine(_folder, "counter.kry");
        File.WriteAllText(app, counter);
        string log = Path.Combine(_folder, "reloads.jsonl");

        using var dev = KryonDevProcess.Start("dev", app, "--platform", "web", "--port", "0", "--log", log);
        string address = await dev.UrlAsync();
        // Wide enough that an error's location and code fit in one row of the overlay.
        await using var context = await browser.NewContextAsync(800, 420);
        var first = await OpenAsync(context, address);

        await ClickTextAsync(first, "+");
        await WaitForTextAsync(first, "Count: 1");
        await ClickTextAsync(first, "+");
        await WaitForTextAsync(first, "Count: 2");

        // An edit: the page shows the new version, with the count it had.
        Save(app, edited);
        await WaitForTextAsync(first, "Start over");
        Assert.Contains("Count: 2", await TextsAsync(first));
        Assert.Equal("Counter (edited)", await first.TitleAsync());
        var reloaded = await WaitForLogLinesAsync(log, 1);
        Assert.Equal(1, reloaded[0].GetProperty("tab").GetInt32());
        Assert.Equal("full", reloaded[0].GetProperty("kind").GetString());
        Assert.Contains("count", reloaded[0].GetProperty("kept").GetProperty("variables").EnumerateArray().Select(v => v.GetString()));

        // A broken edit: the app keeps running under a panel with the errors.
        Save(app, broken);
        await WaitForTextAsync(first, "kryon dev: reload failed");
        var shown = await TextsAsync(first);
        Assert.Contains(shown, t => t.Contains("counter.kry:", StringComparison.Ordinal) && t.Contains("error[", StringComparison.Ordinal));
        Assert.Contains("Count: 2", shown);
        var (width, _, rgba) = await AppPage.PixelsAsync(first);
        Assert.Equal([0x1F, 0x1F, 0x23], rgba.AsSpan((4 * width + 4) * 4, 3).ToArray()); // the panel at (4, 4)
        Assert.Equal("failed", (await WaitForLogLinesAsync(log, 2))[1].GetProperty("kind").GetString());

        // A tab opened now gets the last good version, with the same errors over it.
        var second = await OpenAsync(context, address);
        var secondShown = await TextsAsync(second);
        Assert.Contains(secondShown, t => t.StartsWith("kryon dev: reload failed", StringComparison.Ordinal));
        Assert.Contains("Start over", secondShown);
        Assert.Contains("Count: 0", secondShown);

        // The fix reloads both tabs; each keeps its own count.
        Save(app, edited.Replace("text: \"Start over\"", "text: \"Reset all\""));
        await WaitForTextAsync(first, "Reset all");
        await WaitForTextAsync(second, "Reset all");
        Assert.DoesNotContain(await TextsAsync(first), t => t.StartsWith("kryon dev:", StringComparison.Ordinal));
        Assert.DoesNotContain(await TextsAsync(second), t => t.StartsWith("kryon dev:", StringComparison.Ordinal));
        Assert.Contains("Count: 2", await TextsAsync(first));
        Assert.Contains("Count: 0", await TextsAsync(second));
        var lines = await WaitForLogLinesAsync(log, 4);
        Assert.Equal([1, 2], lines.Skip(2).Select(l => l.GetProperty("tab").GetInt32()).Order());
        Assert.All(lines.Skip(2), l => Assert.Equal("full", l.GetProperty("kind").GetString()));

        var (exit, errors) = await dev.StopAsync();
        Assert.True(exit == 0, string.Join("\n", dev.Lines) + errors);
        Assert.Contains("4 reloads (1 failed)", errors);
        Assert.Contains(dev.Lines, l => l.Contains("tab 1: reloaded in", StringComparison.Ordinal));
        Assert.Contains(dev.Lines, l => l.Contains("tab 2: reloaded in", StringComparison.Ordinal));
        Assert.Contains(dev.Lines, l => l.Contains("tab 1: reload failed:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_version_with_errors_waits_for_the_fix_then_serves()
    {
        string app = Path.Combine(_folder, "app.kry");
        File.WriteAllText(app, DevTestApps.Counter("Fixed").Replace("App {", "App { {"));
        using var dev = KryonDevProcess.Start("dev", app, "--platform", "web", "--port", "0");
        await dev.WaitForLineAsync(l => l.Contains("waiting for a save that fixes", StringComparison.Ordinal));
        Assert.False(dev.IsServing, "served before the app compiled");
        Assert.Contains(dev.Lines, l => l.StartsWith("error[", StringComparison.Ordinal));
        Assert.Contains(dev.Lines, l => l.Contains("app.kry:", StringComparison.Ordinal));

        Save(app, DevTestApps.Counter("Fixed"));
        string address = await dev.UrlAsync();
        using var http = new HttpClient();
        Assert.Contains("/kryon/client.js", await http.GetStringAsync(address));
        await using var client = await RawClient.ConnectAsync(address);
        await client.HelloAsync(300, 200);
        Assert.Contains("Fixed", (await client.ReceiveAsync("frame"))!.Value.GetRawText());

        var (exit, errors) = await dev.StopAsync();
        Assert.True(exit == 0, string.Join("\n", dev.Lines) + errors);
    }

    [Fact]
    public async Task One_save_is_compiled_once_for_all_open_tabs_and_a_script_edit_reloads_only_the_script()
    {
        string app = Path.Combine(_folder, "app.kry");
        string script = Path.Combine(_folder, "logic.lua");
        File.WriteAllText(script, Logic(1));
        File.WriteAllText(app, ScriptApp("One"));
        var compilations = new DevCompilations(app);
        Assert.True(compilations.Compile().Succeeded);
        var results = new ConcurrentQueue<(int Tab, ReloadResult Result)>();
        var tabs = new WebDevTabs(compilations, (tab, result) => results.Enqueue((tab, result)));
        await using var server = await WebServer.StartAsync(new WebServerOptions { Port = 0, AppDirectory = _folder }, tabs.Start);
        await using var a = await RawClient.ConnectAsync(server.Url);
        await using var b = await RawClient.ConnectAsync(server.Url);
        await a.HelloAsync(300, 200);
        await b.HelloAsync(300, 200);
        string idA = (await a.ReceiveAsync("session"))!.Value.GetProperty("id").GetString()!;
        string idB = (await b.ReceiveAsync("session"))!.Value.GetProperty("id").GetString()!;
        Assert.Contains("One", (await a.ReceiveAsync("frame"))!.Value.GetRawText());
        Assert.Contains("One", (await b.ReceiveAsync("frame"))!.Value.GetRawText());
        Assert.Equal(2, tabs.OpenCount);
        Assert.Equal(1, compilations.CompileCount);
        var sessionA = server.Sessions.Find(idA)!;
        var sessionB = server.Sessions.Find(idB)!;
        var runtimeA = await sessionA.InspectAsync(rt => rt);

        // What the watcher does on a save: compile once, then every tab reloads on its own loop.
        File.WriteAllText(app, ScriptApp("Two"));
        compilations.Compile();
        tabs.ReloadAll();
        Assert.Contains("Two", (await a.ReceiveAsync("frame"))!.Value.GetRawText());
        Assert.Contains("Two", (await b.ReceiveAsync("frame"))!.Value.GetRawText());
        await WaitForAsync(() => results.Count == 2);
        Assert.Equal(2, compilations.CompileCount);
        Assert.All(results, r => Assert.Equal(ReloadKind.Full, r.Result.Kind));
        Assert.Equal([1, 2], results.Select(r => r.Tab).Order());
        Assert.NotSame(runtimeA, await sessionA.InspectAsync(rt => rt));

        // A script edit goes into the running apps: same runtimes, new function.
        var runtimeB = await sessionB.InspectAsync(rt => rt);
        File.WriteAllText(script, Logic(10));
        compilations.Compile();
        tabs.ReloadAll();
        await WaitForAsync(() => results.Count == 4);
        Assert.All(results.Skip(2), r => Assert.Equal(ReloadKind.Script, r.Result.Kind));
        Assert.Same(runtimeB, await sessionB.InspectAsync(rt => rt));
        await sessionB.InspectAsync(rt => rt.CallFunction("increment", [], "test"));
        Assert.Equal("10", await sessionB.InspectAsync(rt => rt.State.GetVariable("count")?.Describe()));
    }

    private static string ScriptApp(string title) => DevTestApps.Counter(title, scriptFile: true);

    private static string Logic(int step) => DevTestApps.Logic(step);

    private static async Task<IPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.kryon && window.kryon.stats.framesDrawn > 0", null, new PageWaitForFunctionOptions { Timeout = (float)Patience.TotalMilliseconds });
        return page;
    }

    private static Task<string[]> TextsAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.kryon.texts().map(t => t.text)");

    private static async Task WaitForTextAsync(IPage page, string text)
        => await page.WaitForFunctionAsync("t => window.kryon.stats.drawnVersion === window.kryon.stats.version && window.kryon.texts().some(x => x.text.includes(t))", text,
            new PageWaitForFunctionOptions { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>Clicks the middle of the text the page draws as exactly <paramref name="text"/> (a button's label).</summary>
    private static async Task ClickTextAsync(IPage page, string text)
    {
        var box = await page.EvaluateAsync<JsonElement>("t => window.kryon.texts().find(x => x.text === t)", text);
        Assert.Equal(JsonValueKind.Object, box.ValueKind);
        await page.Mouse.ClickAsync(box.GetProperty("x").GetSingle() + box.GetProperty("w").GetSingle() / 2, box.GetProperty("y").GetSingle() + box.GetProperty("h").GetSingle() / 2);
    }

    private static void Save(string path, string text) => DevTestApps.Save(path, text);

    private static Task<JsonElement[]> WaitForLogLinesAsync(string log, int n) => DevTestApps.WaitForReloadLogAsync(log, n, Patience);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the condition did not come true");
            await Task.Delay(20);
        }
    }

}

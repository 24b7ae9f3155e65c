using BenchmarkDotNet.Attributes;
using Kryon.Backends.Web;
using Kryon.Benchmarks.Rendering;
using Kryon.Cli.Dev;
using Kryon.Diagnostics;
using Kryon.Runtime.Headless;
using Kryon.Testing;
using Microsoft.Playwright;

namespace Kryon.Benchmarks.Dev;

/// <summary>
/// `kryon dev --platform web`, save → new frame drawn in the browser (issue 12; target: under
/// 150 ms for a 1,000-element app): the app of <see cref="DevBenchmarkApp"/> served to one tab of
/// headless Chromium (the system's, /usr/bin/chromium) at 1280×800, with its state set. One save
/// is what the watcher does after its debounce: write the edited `.kry`, compile it once
/// (<see cref="DevCompilations"/>), post the reload to the tab (<see cref="WebDevTabs.ReloadAll"/>:
/// snapshot, swap and restore on the tab's loop, the frame sent), and then wait in the page until
/// the frame showing the edit has been drawn on the canvas. The waiting is one Playwright round
/// trip, which the baseline (an empty evaluate) measures on its own in the same run.
/// </summary>
[MinColumn]
[MedianColumn]
public class DevWebReloadBenchmarks
{
    private const string DrawnScript = """
        async (heading) => {
          const k = window.kryon;
          while (!(k.stats.drawnVersion === k.stats.version && k.texts().some(t => t.text === heading))) await k.nextFrame();
          return k.stats.version;
        }
        """;

    private readonly ReloadStageTotals _stages = new();
    private DevBenchmarkApp _files = null!;
    private DevCompilations _compilations = null!;
    private WebDevTabs _tabs = null!;
    private WebServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private int _turn;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _files = new DevBenchmarkApp();
        _compilations = new DevCompilations(_files.AppPath);
        if (!_compilations.Compile().Succeeded) throw new InvalidOperationException("the benchmark app does not compile");
        _tabs = new WebDevTabs(_compilations, (_, result) =>
        {
            if (!result.Ok) Console.Error.WriteLine("// reload failed: " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
            _stages.Add(result);
        });
        _server = await WebServer.StartAsync(new WebServerOptions { Port = 0, AppDirectory = _files.Folder, Report = d => Console.Error.WriteLine(d) }, _tabs.Start);
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = (int)RenderFrameBenchmarks.Width, Height = (int)RenderFrameBenchmarks.Height } });
        await _page.GotoAsync(_server.Url);
        await _page.EvaluateAsync<int>(DrawnScript, DevBenchmarkApp.Heading(0));
        string id = await _page.EvaluateAsync<string>("() => window.kryon.stats.session");
        int elements = await _server.Sessions.Find(id)!.InspectAsync(rt =>
        {
            var diagnostics = new DiagnosticBag();
            new HeadlessDriver(rt).Run(EventScriptParser.ParseText("steps.json", DevBenchmarkApp.StateSteps, diagnostics)!);
            return rt.Tree.Count;
        });
        Console.WriteLine($"// dev web dashboard: {elements} elements in one Chromium tab");
    }

    [Benchmark(Baseline = true, Description = "Playwright round trip to the page")]
    public Task<int> PageRoundTrip() => _page.EvaluateAsync<int>("() => 1");

    [Benchmark(Description = "save .kry → frame drawn in the tab (compile, reload, restore, send, draw)")]
    public Task<int> SaveToFrameDrawn()
    {
        string heading = DevBenchmarkApp.Heading(++_turn);
        File.WriteAllText(_files.AppPath, _files.Edited(_turn));
        _compilations.Compile();
        _tabs.ReloadAll();
        return _page.EvaluateAsync<int>(DrawnScript, heading);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stages.Print();
        _browser.CloseAsync().GetAwaiter().GetResult();
        _playwright.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _files.Dispose();
    }
}

using BenchmarkDotNet.Attributes;
using Kryon.Backends.Web;
using Kryon.Testing;
using Microsoft.Playwright;

namespace Kryon.Benchmarks.Web;

/// <summary>
/// Input-to-pixels latency of `kryon serve` on loopback (issue 11; target: median under 20 ms): the
/// counter example in headless Chromium (the system's, /usr/bin/chromium), a click on its + button,
/// the Lua handler on the server, the delta frame back, drawn on the canvas.
/// <para>
/// Each invocation presses the button (and waits for the pressed frame), then releases it and waits
/// in the page until the frame the click caused has been drawn. The page measures release → drawn
/// itself (performance.now()); the median of those is printed at the end ("in-page latency").
/// BenchmarkDotNet's time is the whole invocation, press and release, plus one Playwright round trip
/// to the page, which the baseline (an empty evaluate) measures on its own in the same run.
/// </para>
/// </summary>
[MinColumn]
[MedianColumn]
public class WebLatencyBenchmarks
{
    private const string ClickScript = """
        async ({ x, y }) => {
          const canvas = document.getElementById('kryon-canvas');
          const at = { clientX: x, clientY: y, button: 0, pointerId: 1, isPrimary: true, bubbles: true };
          const pressed = window.kryon.nextFrame();
          canvas.dispatchEvent(new PointerEvent('pointerdown', at));
          await pressed;
          const drawn = window.kryon.nextFrame();
          const start = performance.now();
          canvas.dispatchEvent(new PointerEvent('pointerup', at));
          await drawn;
          return performance.now() - start;
        }
        """;

    private readonly List<double> _latencies = [];
    private WebServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private object _button = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _server = await ServedCounter.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 360, Height = 420 } });
        await _page.GotoAsync(_server.Url);
        await _page.WaitForFunctionAsync("() => window.kryon && window.kryon.stats.framesDrawn > 0");
        string id = await _page.EvaluateAsync<string>("() => window.kryon.stats.session");
        var box = await _server.Sessions.Find(id)!.InspectAsync(rt => rt.GetElementById("increment")!.ScreenBox);
        _button = new { x = (double)(box.X + box.Width / 2), y = (double)(box.Y + box.Height / 2) };
    }

    [Benchmark(Baseline = true, Description = "Playwright round trip to the page")]
    public Task<int> PageRoundTrip() => _page.EvaluateAsync<int>("() => 1");

    [Benchmark(Description = "click → handler → frame drawn")]
    public async Task<double> ClickToPixels()
    {
        double latency = await _page.EvaluateAsync<double>(ClickScript, _button);
        _latencies.Add(latency);
        return latency;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_latencies.Count > 0)
        {
            var sorted = _latencies.Order().ToList();
            Console.WriteLine($"// in-page latency, release → frame drawn: median {sorted[sorted.Count / 2]:0.00} ms, p90 {sorted[(int)(sorted.Count * 0.9)]:0.00} ms, max {sorted[^1]:0.00} ms over {sorted.Count} clicks");
        }
        _browser.CloseAsync().GetAwaiter().GetResult();
        _playwright.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

using Kryon.Backends.Web.Sessions;
using Kryon.Runtime.Layout;
using Microsoft.Playwright;

namespace Kryon.Backends.Web.Tests.Support;

/// <summary>A browser tab showing a served app, with the helpers the tests need: wait for frames, click elements by id, read pixels.</summary>
internal sealed class AppPage(IPage page, ServedApp app)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public IPage Page { get; } = page;

    public static async Task<AppPage> OpenAsync(IBrowserContext context, ServedApp app)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.Url);
        var tab = new AppPage(page, app);
        await tab.WaitForFrameAsync(0);
        return tab;
    }

    public Task<int> VersionAsync() => Page.EvaluateAsync<int>("() => window.kryon.stats.version");

    public Task<string> SessionIdAsync() => Page.EvaluateAsync<string>("() => window.kryon.stats.session");

    public async Task<WebSession> SessionAsync() => app.Session(await SessionIdAsync());

    /// <summary>Waits until a frame newer than <paramref name="after"/> has been drawn.</summary>
    public async Task WaitForFrameAsync(int after)
        => await Page.WaitForFunctionAsync("v => window.kryon && window.kryon.stats.framesDrawn > 0 && window.kryon.stats.version > v", after,
            new PageWaitForFunctionOptions { Timeout = (float)Timeout.TotalMilliseconds });

    /// <summary>
    /// Runs <paramref name="action"/>, waits for the frame it causes, then until the client has drawn
    /// every frame the session sent (a click causes two: pressed, then released), so the next step
    /// starts from a settled app.
    /// </summary>
    public async Task ActAsync(Func<Task> action)
    {
        int before = await VersionAsync();
        await action();
        await WaitForFrameAsync(before);
        var session = await SessionAsync();
        var deadline = DateTime.UtcNow + Timeout;
        int settledChecks = 0;
        while (settledChecks < 2)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the client did not catch up with the session's frames");
            settledChecks = await session.InspectAsync(_ => session.ClientIsUpToDate).WaitAsync(Timeout) ? settledChecks + 1 : 0;
            await Task.Delay(30);
        }
    }

    public async Task<T> InspectAsync<T>(Func<Kryon.Runtime.KryonRuntime, T> read)
        => await (await SessionAsync()).InspectAsync(read).WaitAsync(Timeout);

    public Task<LayoutBox> BoxOfAsync(string id) => InspectAsync(rt => (rt.GetElementById(id) ?? throw new InvalidOperationException($"no element #{id}")).ScreenBox);

    public async Task ClickAsync(string id)
    {
        var box = await BoxOfAsync(id);
        await ActAsync(() => Page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2));
    }

    public async Task<string?> VariableAsync(string name) => await InspectAsync(rt => rt.State.GetVariable(name)?.Describe());

    /// <summary>The canvas's pixels (RGBA, not premultiplied, row-major) at its backing-store size.</summary>
    public Task<(int Width, int Height, byte[] Rgba)> PixelsAsync() => PixelsAsync(Page);

    /// <summary>The pixels of the canvas in any page showing a Kryon app.</summary>
    public static async Task<(int Width, int Height, byte[] Rgba)> PixelsAsync(IPage page)
    {
        var result = await page.EvaluateAsync<CanvasPixels>("""
            () => {
              const c = document.getElementById('kryon-canvas');
              const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let binary = '';
              for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000));
              return { width: c.width, height: c.height, rgba: btoa(binary) };
            }
            """);
        return (result.Width, result.Height, Convert.FromBase64String(result.Rgba));
    }

    private sealed class CanvasPixels
    {
        public int Width { get; set; }

        public int Height { get; set; }

        public string Rgba { get; set; } = "";
    }
}

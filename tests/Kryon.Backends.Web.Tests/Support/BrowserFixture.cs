using Kryon.Testing;
using Microsoft.Playwright;

namespace Kryon.Backends.Web.Tests.Support;

/// <summary>
/// One headless Chromium (the system's, /usr/bin/chromium) for all browser tests, driven by
/// Playwright; each test opens its own context (a fresh profile: its own sessionStorage) and pages.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    /// <summary>A new browser profile with a window of the given size at device pixel ratio <paramref name="scale"/>.</summary>
    public Task<IBrowserContext> NewContextAsync(int width, int height, float scale = 1) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = width, Height = height },
        DeviceScaleFactor = scale,
    });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>The browser tests share one Chromium and run one at a time (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

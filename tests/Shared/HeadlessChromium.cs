using Microsoft.Playwright;

namespace Kryon.Testing;

/// <summary>
/// The system's Chromium (/usr/bin/chromium, from setup.sh), headless, with the switches this
/// machine needs: no sandbox (tests run as root), no GPU, and none of the background network
/// traffic (updates, sync, QUIC) that only slows a test down. Shared by the web tests and benchmarks.
/// </summary>
internal static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
}

using Kryon.Diagnostics;

namespace Kryon.Backends.Web;

/// <summary>How `kryon serve` listens and the limits it holds every browser session to (README.md "Security").</summary>
public sealed record WebServerOptions
{
    /// <summary>The address to listen on: loopback by default, so only this machine can connect.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one (tests). <see cref="WebServer.Url"/> says which.</summary>
    public int Port { get; init; } = 8080;

    /// <summary>Where the app's relative image paths are found (the app file's directory).</summary>
    public string? AppDirectory { get; init; }

    /// <summary>The page title until the app's first frame.</summary>
    public string Title { get; init; } = "Kryon";

    /// <summary>A client message larger than this closes its session (2603).</summary>
    public int MaxMessageBytes { get; init; } = 64 * 1024;

    /// <summary>Sustained client messages per second (pointer moves included); above it the session is closed (2602).</summary>
    public double MaxMessagesPerSecond { get; init; } = 240;

    /// <summary>How many messages may arrive at once above the sustained rate (a burst of typing, a fling of the wheel).</summary>
    public double MessageBurst { get; init; } = 480;

    /// <summary>How long a session whose connection dropped is kept for the tab to reconnect and resume it.</summary>
    public TimeSpan ReconnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a session is kept after its page said goodbye (closed or reloading: a reload resumes it).</summary>
    public TimeSpan ClosedPageTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this many sessions at once; a tab beyond it is told the server is busy.</summary>
    public int MaxSessions { get; init; } = 256;

    /// <summary>How long a new connection may take to say hello.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the server reports what happens to sessions and their apps (the CLI prints to stderr).</summary>
    public Action<Diagnostic>? Report { get; init; }
}

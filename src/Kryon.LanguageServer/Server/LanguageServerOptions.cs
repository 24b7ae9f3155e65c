namespace Kryon.LanguageServer.Server;

public sealed record LanguageServerOptions
{
    /// <summary>
    /// How long to wait after a change before analysing, so a burst of changes that arrive
    /// together costs one analysis. Typing is slower than this; it adds this much latency.
    /// </summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(10);
}

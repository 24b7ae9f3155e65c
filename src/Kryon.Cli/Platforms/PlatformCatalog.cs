using Kryon.Runtime.Platform;

namespace Kryon.Cli.Platforms;

/// <summary>
/// The interactive platforms this build has, by their `--platform` name, and the automatic
/// choice: the desktop window when a display is there, else the terminal when stdin and stdout
/// are one, else nothing (a headless run is then the way).
/// </summary>
public static class PlatformCatalog
{
    /// <summary>Every `--platform` value `kryon run` accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["desktop", "terminal", "headless"];

    private static readonly Dictionary<string, Func<IInteractivePlatform>> Factories = new(StringComparer.Ordinal)
    {
        ["desktop"] = () => new Kryon.Backends.Sdl.DesktopPlatform(),
        ["terminal"] = () => new Kryon.Backends.Terminal.TerminalPlatform(),
    };

    /// <summary>The platform called <paramref name="name"/>, or null when this build has none by that name.</summary>
    public static IInteractivePlatform? Create(string name) => Factories.TryGetValue(name, out var make) ? make() : null;

    /// <summary>
    /// The platform to use when none was asked for: the first of desktop, terminal that can run
    /// here. Null with <paramref name="why"/> saying what was tried.
    /// </summary>
    public static IInteractivePlatform? Choose(out string why)
    {
        var reasons = new List<string>();
        foreach (var name in (ReadOnlySpan<string>)["desktop", "terminal"])
        {
            if (Create(name) is not { } platform)
            {
                reasons.Add($"{name}: not part of this build");
                continue;
            }
            if (platform.WhyUnavailable() is { } reason) reasons.Add($"{name}: {reason}");
            else
            {
                why = "";
                return platform;
            }
        }
        why = string.Join("; ", reasons);
        return null;
    }
}

using Kryon.Testing;

namespace Kryon.Backends.Terminal.Tests.EndToEnd;

/// <summary>
/// Golden screens: the text tmux shows (capture-pane -p) for an example at a fixed size, under
/// tests/Kryon.Backends.Terminal.Tests/goldens. Run with KRYON_UPDATE_GOLDENS=1 to (re)write them
/// into the source tree, then look at the diff before committing.
/// </summary>
internal static class GoldenScreen
{
    public const string UpdateVariable = "KRYON_UPDATE_GOLDENS";

    /// <summary>Lines without trailing spaces, trailing empty lines dropped.</summary>
    public static string Normalize(string screen) =>
        string.Join('\n', screen.Replace("\r", "").Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n') + "\n";

    public static void Check(string name, string screen)
    {
        screen = Normalize(screen);
        var source = Path.Combine(RepositoryPaths.Root, "tests", "Kryon.Backends.Terminal.Tests", "goldens", name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(source, screen);
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "goldens", name);
        if (!File.Exists(path)) path = source;
        Assert.True(File.Exists(path), $"no golden screen {name}; run with {UpdateVariable}=1 to write it. The screen:\n{screen}");
        Assert.Equal(File.ReadAllText(path), screen);
    }
}

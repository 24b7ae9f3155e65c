using Kryon.Benchmarks.Rendering;

namespace Kryon.Benchmarks.Dev;

/// <summary>
/// The app the `kryon dev` benchmarks edit: the dashboard of <see cref="RenderFrameBenchmarks"/>
/// (1,000 elements) with state to keep across reloads (a counter, a name typed into a focused
/// input) and a `from` Lua script, written into a folder of its own.
/// </summary>
internal sealed class DevBenchmarkApp : IDisposable
{
    private readonly string _source;

    public DevBenchmarkApp()
    {
        Folder = Path.Combine(Path.GetTempPath(), "kryon-dev-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        AppPath = Path.Combine(Folder, "dashboard.kry");
        ScriptPath = Path.Combine(Folder, "counter.lua");
        _source = RenderFrameBenchmarks.DashboardSource()
            .Replace("@variables { v: String = \"1,204\" }", "@variables { v: String = \"1,204\"\n count: Int = 0\n name: String = \"\" }")
            .Replace("Text { id: \"clock\"; text: \"12:00:00\"", "Button { id: \"increment\"; text: \"+\"; onClick: \"increment\" }\n Input { id: \"name\"; value: $name; width: 120 }\n Text { id: \"clock\"; text: \"12:00:00\"")
            + "@script \"lua\" from \"counter.lua\"\n";
        File.WriteAllText(ScriptPath, Counter(1));
        File.WriteAllText(AppPath, Edited(0));
    }

    public string Folder { get; }

    public string AppPath { get; }

    public string ScriptPath { get; }

    /// <summary>Input steps that give the app state: two clicks on +, "Ada" typed into the focused input.</summary>
    public const string StateSteps = """[{"click": "increment"}, {"click": "increment"}, {"click": "name"}, {"text": "Ada"}]""";

    /// <summary>The heading the edits change: "Operations dashboard n".</summary>
    public static string Heading(int turn) => $"Operations dashboard {turn}";

    /// <summary>The app with one visible edit, different on every save so each one reloads.</summary>
    public string Edited(int turn) => _source.Replace("Operations dashboard", Heading(turn));

    public static string Counter(int step) => $$"""
        function increment(id)
            kryon.setVariable("count", (tonumber(kryon.getVariable("count")) or 0) + {{step}})
        end
        """;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

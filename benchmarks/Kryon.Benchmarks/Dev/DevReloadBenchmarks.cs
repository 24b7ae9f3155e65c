using BenchmarkDotNet.Attributes;
using Kryon.Backends.Cairo;
using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Output;
using Kryon.Backends.Cairo.Text;
using Kryon.Benchmarks.Rendering;
using Kryon.Cli.Dev;
using Kryon.Cli.Loading;
using Kryon.Diagnostics;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Headless;
using Kryon.Scripting;

namespace Kryon.Benchmarks.Dev;

/// <summary>
/// `kryon dev`, save → new frame (issue 12; target: under 150 ms for a 1,000-element app): the
/// dashboard of <see cref="RenderFrameBenchmarks"/> (1,000 elements, Pango metrics, 1280×800) with
/// a Lua script and state (a counter clicked twice, an input holding text and focus). One save is:
/// write the edited `.kry`, <see cref="DevSession.Reload"/> (compile, load, start, restore the
/// state, one frame) and rasterize the new app's display list in full with cairo, as the desktop
/// window does after a swap. The script-only row edits the `from` Lua file instead.
/// The baseline is the same app started cold in-process (compile, load, start, first frame, full
/// raster): what restarting `kryon run` costs without the process start, and without the state.
/// The mean of each reload stage is printed at the end (`// stages:` lines in the log).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class DevReloadBenchmarks
{
    private string _folder = null!;
    private string _app = null!;
    private string _script = null!;
    private string _source = null!;
    private DevSession _session = null!;
    private CairoRenderer _renderer = null!;
    private PangoTextMeasurer _measurer = null!;
    private int _turn;
    private readonly Dictionary<ReloadKind, (int Count, ReloadStages Sum)> _stages = [];

    private static string Counter(int step) => $$"""
        function increment(id)
            kryon.setVariable("count", (tonumber(kryon.getVariable("count")) or 0) + {{step}})
        end
        """;

    [GlobalSetup]
    public void Setup()
    {
        if (CairoBackend.Check() is { } problem) throw new InvalidOperationException(problem);
        _folder = Path.Combine(Path.GetTempPath(), "kryon-dev-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _app = Path.Combine(_folder, "dashboard.kry");
        _script = Path.Combine(_folder, "counter.lua");
        // The dashboard plus state: a counter, a name typed into an input, the input focused.
        _source = RenderFrameBenchmarks.DashboardSource()
            .Replace("@variables { v: String = \"1,204\" }", "@variables { v: String = \"1,204\"\n count: Int = 0\n name: String = \"\" }")
            .Replace("Text { id: \"clock\"; text: \"12:00:00\"", "Button { id: \"increment\"; text: \"+\"; onClick: \"increment\" }\n Input { id: \"name\"; value: $name; width: 120 }\n Text { id: \"clock\"; text: \"12:00:00\"")
            + "@script \"lua\" from \"counter.lua\"\n";
        File.WriteAllText(_script, Counter(1));
        File.WriteAllText(_app, Edited(0));
        _measurer = new PangoTextMeasurer();
        _renderer = new CairoRenderer();
        var diagnostics = new DiagnosticBag();
        _session = DevSession.Open(new DevSessionOptions(_app) { Measurer = _measurer, Width = RenderFrameBenchmarks.Width, Height = RenderFrameBenchmarks.Height }, diagnostics)
            ?? throw new InvalidOperationException("the benchmark app does not compile:\n" + DiagnosticFormatter.FormatHuman(diagnostics.Items));
        var steps = EventScriptParser.ParseText("steps.json", """[{"click": "increment"}, {"click": "increment"}, {"click": "name"}, {"text": "Ada"}]""", diagnostics)!;
        new HeadlessDriver(_session.Runtime).Run(steps);
        Console.WriteLine($"// dev dashboard: {_session.Runtime.Tree.Count} elements, {_session.WatchedFiles.Count} files watched");
    }

    /// <summary>The app with one visible edit, different on every save so each one reloads.</summary>
    private string Edited(int turn) => _source.Replace("Operations dashboard", $"Operations dashboard {turn}");

    /// <summary>What `kryon run app.kry` does before its first frame is on screen (process start aside).</summary>
    [Benchmark(Baseline = true, Description = "cold start as kryon run (compile, load, start, raster)")]
    public int ColdStart()
    {
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(_app, diagnostics, out var sources)!;
        using var scripts = ScriptManager.Create(document, new RuntimeLog(), AppScripts.Options(_app, sources));
        var runtime = KryonRuntime.Load(document, new RuntimeOptions
        {
            Scripts = scripts,
            Measurer = _measurer,
            Width = RenderFrameBenchmarks.Width,
            Height = RenderFrameBenchmarks.Height,
        });
        scripts.Attach(runtime);
        runtime.Start();
        using var frame = new CairoFrameBuffer(_renderer);
        frame.Render(runtime.DisplayList);
        return runtime.Tree.Count;
    }

    [Benchmark(Description = "save .kry → new frame (reload, restore state, raster)")]
    public int SaveToNewFrame()
    {
        File.WriteAllText(_app, Edited(++_turn));
        return Reload(ReloadKind.Full);
    }

    [Benchmark(Description = "save .lua → new frame (script reload, raster)")]
    public int SaveScriptToNewFrame()
    {
        File.WriteAllText(_script, Counter(1 + (++_turn % 5)));
        return Reload(ReloadKind.Script);
    }

    private int Reload(ReloadKind expected)
    {
        var result = _session.Reload() ?? throw new InvalidOperationException("the save was not seen as a change");
        if (result.Kind != expected) throw new InvalidOperationException($"expected a {expected} reload, got {result.Kind}: " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        using var frame = new CairoFrameBuffer(_renderer);
        frame.Render(_session.Runtime.DisplayList);
        var (count, sum) = _stages.GetValueOrDefault(result.Kind, (0, ReloadStages.None));
        var s = result.Stages;
        _stages[result.Kind] = (count + 1, new ReloadStages(sum.Parse + s.Parse, sum.Bind + s.Bind, sum.Emit + s.Emit, sum.Load + s.Load,
            sum.Layout + s.Layout, sum.Restore + s.Restore, sum.FirstFrame + s.FirstFrame));
        return result.Kept.Variables.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (kind, (count, sum)) in _stages)
            Console.WriteLine($"// stages ({kind}, mean of {count} reloads, ms): parse {sum.Parse / count:0.00}, bind {sum.Bind / count:0.00}, emit {sum.Emit / count:0.00}, " +
                $"load {sum.Load / count:0.00}, layout {sum.Layout / count:0.00}, restore {sum.Restore / count:0.00}, firstFrame {sum.FirstFrame / count:0.00}; total {sum.Total / count:0.00}");
        _session.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

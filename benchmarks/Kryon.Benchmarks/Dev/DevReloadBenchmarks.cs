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
    private DevBenchmarkApp _files = null!;
    private DevSession _session = null!;
    private CairoRenderer _renderer = null!;
    private PangoTextMeasurer _measurer = null!;
    private int _turn;
    private readonly ReloadStageTotals _stages = new();

    [GlobalSetup]
    public void Setup()
    {
        if (CairoBackend.Check() is { } problem) throw new InvalidOperationException(problem);
        _files = new DevBenchmarkApp();
        _measurer = new PangoTextMeasurer();
        _renderer = new CairoRenderer();
        var diagnostics = new DiagnosticBag();
        _session = DevSession.Open(new DevSessionOptions(_files.AppPath) { Measurer = _measurer, Width = RenderFrameBenchmarks.Width, Height = RenderFrameBenchmarks.Height }, diagnostics)
            ?? throw new InvalidOperationException("the benchmark app does not compile:\n" + DiagnosticFormatter.FormatHuman(diagnostics.Items));
        var steps = EventScriptParser.ParseText("steps.json", DevBenchmarkApp.StateSteps, diagnostics)!;
        new HeadlessDriver(_session.Runtime).Run(steps);
        Console.WriteLine($"// dev dashboard: {_session.Runtime.Tree.Count} elements, {_session.WatchedFiles.Count} files watched");
    }

    /// <summary>What `kryon run app.kry` does before its first frame is on screen (process start aside).</summary>
    [Benchmark(Baseline = true, Description = "cold start as kryon run (compile, load, start, raster)")]
    public int ColdStart()
    {
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(_files.AppPath, diagnostics, out var sources)!;
        using var scripts = ScriptManager.Create(document, new RuntimeLog(), AppScripts.Options(_files.AppPath, sources));
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
        File.WriteAllText(_files.AppPath, _files.Edited(++_turn));
        return Reload(ReloadKind.Full);
    }

    [Benchmark(Description = "save .lua → new frame (script reload, raster)")]
    public int SaveScriptToNewFrame()
    {
        File.WriteAllText(_files.ScriptPath, DevBenchmarkApp.Counter(1 + (++_turn % 5)));
        return Reload(ReloadKind.Script);
    }

    private int Reload(ReloadKind expected)
    {
        var result = _session.Reload() ?? throw new InvalidOperationException("the save was not seen as a change");
        if (result.Kind != expected) throw new InvalidOperationException($"expected a {expected} reload, got {result.Kind}: " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        using var frame = new CairoFrameBuffer(_renderer);
        frame.Render(_session.Runtime.DisplayList);
        _stages.Add(result);
        return result.Kept.Variables.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stages.Print();
        _session.Dispose();
        _files.Dispose();
    }
}

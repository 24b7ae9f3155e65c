using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kryon.Backends.Cairo;
using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Output;
using Kryon.Backends.Cairo.Text;
using Kryon.Benchmarks.Runtime;
using Kryon.Runtime;
using Kryon.Runtime.Rendering;
using Kryon.Values;

namespace Kryon.Benchmarks.Rendering;

/// <summary>
/// Frames up to pixels (issue 6): a 1,000-element dashboard at 1280×800 (a header with a title, a
/// clock and 16 section links, then 160 cards
/// in 20 rows of 8: white, bordered, rounded, a coloured bar, a label, a value, a coloured delta),
/// laid out with Pango metrics and drawn with cairo.
/// <list type="bullet">
/// <item>Full frame: the whole display list built again (nothing copied) and rasterized in full
/// into a reused 1280×800 buffer. Target: under 8 ms.</item>
/// <item>One Text changes: a variable one card's value reads is set, then a runtime frame (state,
/// layout, incremental display list) and a damage repaint of the persistent buffer. Target: under 2 ms.</item>
/// </list>
/// Two more rows split the second into its parts (the frame alone; the full display list alone).
/// The baseline is the runtime suites' fixed cheap operation (System.Text.Json parsing a small
/// document), measured in the same run, so the Ratio column compares machines.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RenderFrameBenchmarks
{
    public const int Width = 1280, Height = 800, Columns = 8, Rows = 20;

    private static readonly byte[] SmallJson = Encoding.UTF8.GetBytes(
        """{"id":"row7","type":"Container","layout":"row","gap":2,"children":[{"type":"Text","text":"Value: 1"},{"type":"Text","text":"cell 7.1"},{"type":"Input","value":"hello"}]}""");

    private readonly Literal[] _values = [new StringLiteral("1,204"), new StringLiteral("1,205")];
    private PangoTextMeasurer _measurer = null!;
    private CairoRenderer _renderer = null!;
    private KryonRuntime _runtime = null!;
    private CairoFrameBuffer _frameBuffer = null!;
    private DisplayListBuilder _fullBuilder = null!;
    private DisplayList _fullList = null!;
    private byte[] _pixels = null!;
    private int _stride;
    private double _now = 16;
    private int _turn;

    /// <summary>The dashboard: 1,000 elements (the App included); card 0's value shows <c>$v</c>.</summary>
    public static string DashboardSource()
    {
        string[] labels = ["Revenue", "Users", "Errors", "Latency", "Uptime", "Orders", "Churn", "Signups"];
        string[] bars = ["#4F46E5", "#16A34A", "#DC2626", "#D97706", "#0891B2", "#9333EA", "#DB2777", "#65A30D"];
        var sb = new StringBuilder("@variables { v: String = \"1,204\" }\n");
        sb.Append("style \"card\" { background_color: \"#FFFFFF\"; border_width: 1; border_color: \"#E2E8F0\"; border_radius: 8; padding: 4; layout: row; gap: 6; width: 152; height: 34 }\n");
        sb.Append($"App {{ window_width: {Width}; window_height: {Height}; background_color: \"#F1F5F9\"; layout: column; gap: 2; padding: 4\n");
        sb.Append("    Container { layout: row; gap: 12; height: 22; padding: \"2 8\"; background_color: \"#0F172A\"\n");
        sb.Append("        Text { text: \"Operations dashboard\"; text_color: \"#F8FAFC\"; font_size: 13; font_weight: bold }\n");
        sb.Append("        Text { id: \"clock\"; text: \"12:00:00\"; text_color: \"#94A3B8\"; font_size: 12 }\n");
        for (int n = 0; n < 16; n++) sb.Append($"        Text {{ text: \"Section {n + 1}\"; text_color: \"#CBD5E1\"; font_size: 11 }}\n");
        sb.Append("    }\n");
        for (int row = 0; row < Rows; row++)
        {
            sb.Append("    Container { layout: row; gap: 4\n");
            for (int col = 0; col < Columns; col++)
            {
                int i = row * Columns + col;
                string value = i == 0 ? "$v" : $"\"{(i * 7919 % 100000):N0}\"";
                sb.Append($"        Container {{ style: \"card\"\n");
                sb.Append($"            Container {{ width: 4; background_color: \"{bars[i % bars.Length]}\"; border_radius: 2 }}\n");
                sb.Append("            Container { layout: column; width: 96\n");
                sb.Append($"                Text {{ text: \"{labels[i % labels.Length]} {i}\"; font_size: 10; text_color: \"#64748B\" }}\n");
                sb.Append($"                Text {{ id: \"value{i}\"; text: {value}; font_size: 13; font_weight: bold; text_color: \"#0F172A\" }}\n");
                sb.Append("            }\n");
                sb.Append($"            Text {{ text: \"{(i % 3 == 0 ? "-" : "+")}{i % 9}.{i % 7}%\"; font_size: 10; text_color: \"{(i % 3 == 0 ? "#DC2626" : "#16A34A")}\" }}\n");
                sb.Append("        }\n");
            }
            sb.Append("    }\n");
        }
        return sb.Append("}\n").ToString();
    }

    [GlobalSetup]
    public void Setup()
    {
        if (CairoBackend.Check() is { } problem) throw new InvalidOperationException(problem);
        _measurer = new PangoTextMeasurer();
        _renderer = new CairoRenderer();
        _runtime = KryonRuntime.Load(RuntimeBenchmarkApps.Compile(DashboardSource()), new RuntimeOptions { Measurer = _measurer, Width = Width, Height = Height });
        _runtime.Start();
        _runtime.RunFrame(_now);
        if (_runtime.Log.Entries.Count > 0) throw new InvalidOperationException("the dashboard logged problems:\n" + string.Join("\n", _runtime.Log.Entries));
        _frameBuffer = new CairoFrameBuffer(_renderer);
        _frameBuffer.Render(_runtime.DisplayList);
        _fullBuilder = new DisplayListBuilder { Incremental = false, Measurer = _measurer };
        _fullList = new DisplayList();
        _stride = CairoSurfaces.StrideFor(Width);
        _pixels = new byte[_stride * Height];

        FullFrame();
        if (!OneTextChangeFrame() || _frameBuffer.Frame.LastRenderWasFull) throw new InvalidOperationException("the text change was not repainted by its damage");
        var (x, y, w, h) = _frameBuffer.Frame.LastRedrawn;
        Console.WriteLine($"// dashboard: {_runtime.Tree.Count} elements, {_runtime.DisplayList.Count} commands at {Width}×{Height}");
        Console.WriteLine($"// one Text changed: {_runtime.DisplayListStats}; damage {string.Join(" ", _runtime.DisplayList.Damage.ToArray())}; repainted {w}×{h} px at ({x}, {y})");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _frameBuffer.Dispose();
        _renderer.Dispose();
        _measurer.Dispose();
    }

    [Benchmark(Baseline = true, Description = "baseline: JsonDocument.Parse, 170-byte document")]
    public int ParseSmallJson()
    {
        using var doc = JsonDocument.Parse(SmallJson);
        return doc.RootElement.GetProperty("children").GetArrayLength();
    }

    [Benchmark(Description = "full frame: display list (full build) + full cairo raster, 1,000 elements, 1280×800")]
    public int FullFrame()
    {
        _fullBuilder.Build(_runtime.Tree, _fullList, Width, Height);
        CairoSurfaces.RenderInto(_renderer, _fullList, _pixels, Width, Height, _stride);
        return _fullList.Count;
    }

    [Benchmark(Description = "one Text changes: frame (state, layout, incremental list) + damage raster")]
    public bool OneTextChangeFrame()
    {
        _turn ^= 1;
        _runtime.State.SetVariable("v", _values[_turn]);
        bool built = _runtime.RunFrame(_now += 16);
        _frameBuffer.Render(_runtime.DisplayList);
        return built;
    }

    [Benchmark(Description = "one Text changes: frame only (state, layout, incremental list)")]
    public bool OneTextChangeFrameOnly()
    {
        _turn ^= 1;
        _runtime.State.SetVariable("v", _values[_turn]);
        return _runtime.RunFrame(_now += 16);
    }

    [Benchmark(Description = "display list only: full build, 1,000 elements")]
    public int FullDisplayList()
    {
        _fullBuilder.Build(_runtime.Tree, _fullList, Width, Height);
        return _fullList.Count;
    }
}

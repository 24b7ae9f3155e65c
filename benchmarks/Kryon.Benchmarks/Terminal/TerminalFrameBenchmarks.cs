using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kryon.Backends.Terminal.Output;
using Kryon.Backends.Terminal.Rendering;
using Kryon.Backends.Terminal.Text;
using Kryon.Benchmarks.Runtime;
using Kryon.Runtime;
using Kryon.Values;

namespace Kryon.Benchmarks.Terminal;

/// <summary>
/// The terminal platform's frames (issue 8): a 120×40-cell dashboard (960×640 px at 8×16 px a
/// cell: a header and 7 rows of 4 bordered cards with a label, a value and a delta), laid out with
/// the cell measurer.
/// <list type="bullet">
/// <item>Full frame: the display list drawn into the cell grid and written whole (what a resize
/// costs). Target: under 2 ms.</item>
/// <item>One number changes: a variable one card's value reads is set, then a runtime frame, the
/// grid drawn and the diff written. Bytes written: target under 100 (printed by the setup, and
/// checked by the terminal tests).</item>
/// </list>
/// The baseline is the runtime suites' fixed cheap operation (System.Text.Json parsing a small
/// document), measured in the same run, so the Ratio column compares machines.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TerminalFrameBenchmarks
{
    public const int Columns = 120, Rows = 40;

    private static readonly byte[] SmallJson = Encoding.UTF8.GetBytes(
        """{"id":"row7","type":"Container","layout":"row","gap":2,"children":[{"type":"Text","text":"Value: 1"},{"type":"Text","text":"cell 7.1"},{"type":"Input","value":"hello"}]}""");

    private readonly Literal[] _values = [new StringLiteral("1,204"), new StringLiteral("1,205")];
    private KryonRuntime _runtime = null!;
    private readonly GridRenderer _renderer = new();
    private readonly CellGrid _grid = new(Columns, Rows);
    private readonly DiffWriter _writer = new(ColorMode.TrueColor);
    private readonly DiffWriter _fullWriter = new(ColorMode.TrueColor);
    private double _now = 16;
    private int _turn;

    /// <summary>The dashboard in px for a 120×40 terminal; card 0's value shows <c>$v</c>.</summary>
    public static string DashboardSource()
    {
        string[] labels = ["Revenue", "Users", "Errors", "Latency", "Uptime", "Orders", "Churn", "Signups"];
        var sb = new StringBuilder("@variables { v: String = \"1,204\" }\n");
        sb.Append("style \"card\" { background_color: \"#FFFFFF\"; border_width: 1; border_color: \"#CBD5E1\"; border_radius: 4; padding: \"16 16\"; width: 224; height: 80; layout: column }\n");
        sb.Append($"App {{ window_width: {Columns * 8}; window_height: {Rows * 16}; background_color: \"#F1F5F9\"; layout: column; padding: \"0 8\"\n");
        sb.Append("    Container { layout: row; gap: 16; height: 16; background_color: \"#0F172A\"\n");
        sb.Append("        Text { text: \"Operations dashboard\"; text_color: \"#F8FAFC\"; font_weight: bold }\n");
        sb.Append("        Text { id: \"clock\"; text: \"12:00:00\"; text_color: \"#94A3B8\" }\n");
        sb.Append("    }\n");
        for (int row = 0; row < 7; row++)
        {
            sb.Append("    Container { layout: row; gap: 16\n");
            for (int col = 0; col < 4; col++)
            {
                int i = row * 4 + col;
                string value = i == 0 ? "$v" : $"\"{(i * 7919 % 100000):N0}\"";
                sb.Append("        Container { style: \"card\"\n");
                sb.Append($"            Text {{ text: \"{labels[i % labels.Length]} {i}\"; text_color: \"#64748B\" }}\n");
                sb.Append($"            Text {{ id: \"value{i}\"; text: {value}; font_weight: bold; text_color: \"#0F172A\" }}\n");
                sb.Append($"            Text {{ text: \"{(i % 3 == 0 ? "-" : "+")}{i % 9}.{i % 7}%\"; text_color: \"{(i % 3 == 0 ? "#DC2626" : "#16A34A")}\" }}\n");
                sb.Append("        }\n");
            }
            sb.Append("    }\n");
        }
        return sb.Append("}\n").ToString();
    }

    [GlobalSetup]
    public void Setup()
    {
        _runtime = KryonRuntime.Load(RuntimeBenchmarkApps.Compile(DashboardSource()), new RuntimeOptions
        {
            Measurer = new CellTextMeasurer(),
            Width = Columns * CellTextMeasurer.CellWidthPx,
            Height = Rows * CellTextMeasurer.CellHeightPx,
        });
        _runtime.Start();
        for (int i = 0; i < 3; i++) _runtime.RunFrame(_now += 16);
        _renderer.Render(_runtime.DisplayList, _grid);
        int full = _writer.Write(_grid).Length;
        int change = OneNumberChanges();
        int noChange = _writer.Write(_grid).Length;
        Console.WriteLine($"// terminal dashboard {Columns}x{Rows}: full frame {full} bytes; one number changes {change} bytes; unchanged frame {noChange} bytes");
    }

    [Benchmark(Baseline = true)]
    public int Baseline()
    {
        var reader = new Utf8JsonReader(SmallJson);
        int tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    /// <summary>The whole screen: the display list drawn into the grid and written as a full redraw.</summary>
    [Benchmark]
    public int FullFrame()
    {
        _renderer.Render(_runtime.DisplayList, _grid);
        _fullWriter.Invalidate();
        return _fullWriter.Write(_grid).Length;
    }

    /// <summary>One card's number changes: runtime frame, grid, diff; returns the bytes written.</summary>
    [Benchmark]
    public int OneNumberChanges()
    {
        _turn ^= 1;
        _runtime.State.SetVariable("v", _values[_turn]);
        _runtime.RunFrame(_now += 16);
        _renderer.Render(_runtime.DisplayList, _grid);
        return _writer.Write(_grid).Length;
    }
}

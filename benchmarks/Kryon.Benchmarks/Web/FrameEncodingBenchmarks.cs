using BenchmarkDotNet.Attributes;
using Kryon.Backends.Cairo;
using Kryon.Backends.Cairo.Text;
using Kryon.Backends.Web.Assets;
using Kryon.Backends.Web.Hosting;
using Kryon.Backends.Web.Protocol;
using Kryon.Runtime.Platform;
using Kryon.Values;

namespace Kryon.Benchmarks.Web;

/// <summary>
/// What a frame costs the server to put on the wire (issue 11: one changed number under 500 bytes):
/// the counter example's count changes, a runtime frame runs, and the display list is encoded, in
/// full (the baseline: what a new or reconnecting tab gets) or as a delta against the frame before
/// (what every later frame is). The sizes in bytes are printed by the setup.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class FrameEncodingBenchmarks
{
    private readonly Literal[] _counts = [new NumberLiteral(41, IsInteger: true), new NumberLiteral(42, IsInteger: true)];
    private PangoTextMeasurer _measurer = null!;
    private HostedApp _app = null!;
    private FrameEncoder _encoder = null!;
    private double _now;
    private int _turn;

    [GlobalSetup]
    public void Setup()
    {
        _measurer = CairoBackend.CreateMeasurer();
        _app = ServedCounter.Factory()(new SessionStart(360, 420, _measurer, new InMemoryClipboard()));
        _encoder = new FrameEncoder(new CommandWriter(new FontCatalog(), new ImageCatalog(null)));
        int full = _encoder.Encode(_app.Runtime.DisplayList).Length;
        ChangeCount();
        int delta = _encoder.Encode(_app.Runtime.DisplayList).Length;
        Console.WriteLine($"// counter frame: full {full} bytes, delta after the count changes {delta} bytes ({_app.Runtime.DisplayList.Count} commands)");
    }

    private void ChangeCount()
    {
        _turn ^= 1;
        _app.Runtime.State.SetVariable("count", _counts[_turn]);
        _app.Runtime.RunFrame(_now += 16);
    }

    [Benchmark(Baseline = true, Description = "count changes, full frame encoded")]
    public int FullFrame()
    {
        ChangeCount();
        _encoder.Reset();
        return _encoder.Encode(_app.Runtime.DisplayList).Length;
    }

    [Benchmark(Description = "count changes, delta encoded")]
    public int DeltaFrame()
    {
        ChangeCount();
        return _encoder.Encode(_app.Runtime.DisplayList).Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.Dispose();
        _measurer.Dispose();
    }
}

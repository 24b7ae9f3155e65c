using BenchmarkDotNet.Attributes;
using Kryon.Runtime.Layout;

namespace Kryon.Benchmarks.Layout;

/// <summary>Incremental relayout of the 11,111-node tree after one leaf's width changes (alternating
/// between two values so every invocation is a real change). Target: at least 50x cheaper than a full layout.</summary>
[MemoryDiagnoser]
public class RelayoutBenchmarks
{
    private LayoutEngine _engine = null!;
    private LayoutNode _tree = null!;
    private LayoutNode _leaf = null!;
    private bool _toggle;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new LayoutEngine(new TestFontMeasurer());
        _tree = BenchmarkTrees.Load10k();
        _leaf = BenchmarkTrees.FirstLeaf(_tree);
        _engine.Compute(_tree, 1200, 900);
    }

    [Benchmark(Description = "relayout after one leaf width change, 11,111 nodes")]
    public int RelayoutOneLeaf()
    {
        _toggle = !_toggle;
        _leaf.Style.Width = Dimension.Points(_toggle ? 37 : 41);
        _leaf.MarkDirty();
        _engine.Compute(_tree, 1200, 900);
        return _engine.Stats.NodesComputed;
    }
}

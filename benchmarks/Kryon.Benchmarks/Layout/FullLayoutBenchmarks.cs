using BenchmarkDotNet.Attributes;
using Kryon.Runtime.Layout;

namespace Kryon.Benchmarks.Layout;

/// <summary>Full layout (every cache dropped first) of the shared benchmark trees in a 1200 x 900 viewport.
/// Targets: 11,111 nodes ≤ ~31 ms (Yoga's figure), 111,111 nodes ≤ 284 ms, no allocations per node.</summary>
[MemoryDiagnoser]
public class FullLayoutBenchmarks
{
    private LayoutEngine _engine = null!;
    private LayoutNode _tree10k = null!;
    private LayoutNode _tree111k = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new LayoutEngine(new TestFontMeasurer());
        _tree10k = BenchmarkTrees.Load10k();
        _tree111k = BenchmarkTrees.Generate111k();
        // Warm the engine's scratch buffers so the measured passes are steady state.
        _engine.Compute(_tree10k, 1200, 900);
        _engine.Compute(_tree111k, 1200, 900);
    }

    [Benchmark(Description = "full layout, 11,111 nodes")]
    public int Layout10k()
    {
        _tree10k.InvalidateSubtree();
        _engine.Compute(_tree10k, 1200, 900);
        return _engine.Stats.NodesComputed;
    }

    [Benchmark(Description = "full layout, 111,111 nodes")]
    public int Layout111k()
    {
        _tree111k.InvalidateSubtree();
        _engine.Compute(_tree111k, 1200, 900);
        return _engine.Stats.NodesComputed;
    }
}

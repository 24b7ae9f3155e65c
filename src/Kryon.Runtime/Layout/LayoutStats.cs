namespace Kryon.Runtime.Layout;

/// <summary>Work done by one layout pass, for tests and the profiler.</summary>
public sealed class LayoutStats
{
    /// <summary>Node computations that were not answered from a cache (sizing and full layouts).</summary>
    public int NodesComputed { get; internal set; }

    /// <summary>Full layouts actually performed (children positioned), not answered from a cache.</summary>
    public int NodesLaidOut { get; internal set; }

    /// <summary>Computations answered from a node's cache.</summary>
    public int CacheHits { get; internal set; }

    /// <summary>Calls into the <see cref="ITextMeasurer"/>.</summary>
    public int TextMeasurements { get; internal set; }

    /// <summary>Nodes whose rounded box was recomputed.</summary>
    public int NodesRounded { get; internal set; }

    internal void Reset()
    {
        NodesComputed = 0;
        NodesLaidOut = 0;
        CacheHits = 0;
        TextMeasurements = 0;
        NodesRounded = 0;
    }

    public override string ToString() =>
        $"computed {NodesComputed}, laid out {NodesLaidOut}, cache hits {CacheHits}, text measurements {TextMeasurements}, rounded {NodesRounded}";
}

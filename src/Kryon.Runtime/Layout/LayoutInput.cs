namespace Kryon.Runtime.Layout;

/// <summary>Everything a node's layout depends on besides its own subtree: this is the cache key.</summary>
internal struct LayoutInput
{
    /// <summary>Border-box sizes the caller has already decided (NaN = not known).</summary>
    public Size2 KnownDimensions;
    /// <summary>The containing block's content size, for resolving percentages (NaN = indefinite).</summary>
    public Size2 ParentSize;
    public AvailableSpace AvailableWidth;
    public AvailableSpace AvailableHeight;
    public SizingMode SizingMode;
    public RunMode RunMode;
    /// <summary>For <see cref="RunMode.ComputeSize"/>: the size component the caller needs.</summary>
    public RequestedAxis Axis;

    /// <summary>Whether a result computed for <paramref name="stored"/> answers this request: same constraints,
    /// and the stored result covers the requested axis.</summary>
    public readonly bool IsAnsweredBy(in LayoutInput stored) =>
        (stored.Axis == RequestedAxis.Both || stored.Axis == Axis) && SameConstraints(in stored);

    public readonly bool SameConstraints(in LayoutInput other) =>
        Opt.Same(KnownDimensions.Width, other.KnownDimensions.Width)
        && Opt.Same(KnownDimensions.Height, other.KnownDimensions.Height)
        && Opt.Same(ParentSize.Width, other.ParentSize.Width)
        && Opt.Same(ParentSize.Height, other.ParentSize.Height)
        && AvailableWidth == other.AvailableWidth
        && AvailableHeight == other.AvailableHeight
        && SizingMode == other.SizingMode;
}

/// <summary>The result of laying out (or sizing) one node.</summary>
internal struct LayoutOutput
{
    public Size2 Size;
    /// <summary>Distance from the border-box top to the first baseline, or NaN when the node has none.</summary>
    public float FirstBaseline;

    public LayoutOutput(Size2 size, float firstBaseline = float.NaN)
    {
        Size = size;
        FirstBaseline = firstBaseline;
    }

    public static LayoutOutput Hidden => new(Size2.Zero);
}

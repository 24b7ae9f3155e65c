namespace Kryon.Runtime.Layout;

/// <summary>The working state of one in-flow child during a flex container's layout (CSS Flexbox §9).
/// A struct kept in pooled arrays so a layout pass allocates nothing per item.</summary>
internal struct FlexItem
{
    public LayoutNode Node;
    public Direction Direction;

    /// <summary>Preferred, minimum and maximum border-box sizes from the style (NaN = none).</summary>
    public Size2 Size, MinSize, MaxSize;
    /// <summary>Effective align-self (auto resolved to the container's align-items, normal to stretch).</summary>
    public ItemAlignment AlignSelf;
    public bool AlignSafe;

    public Overflow OverflowX, OverflowY;
    public float ScrollbarWidth;
    public float FlexGrow, FlexShrink;

    /// <summary>The used minimum main size, including the automatic (content-based) minimum of §4.5.
    /// Only valid once <see cref="HasResolvedMinimum"/> is set: measuring the min-content size is deferred
    /// until something can depend on it.</summary>
    public float ResolvedMinimumMainSize;
    public bool HasResolvedMinimum;
    /// <summary>The constraints for measuring the item's min-content main size when it is needed.</summary>
    public Size2 MinContentKnown, MinContentParentSize;
    public AvailableSpace MinContentCrossSpace;

    /// <summary>Relative-position offsets (NaN = auto).</summary>
    public Edges Inset;
    public Edges Margin;
    public AutoEdges MarginIsAuto;
    public Edges Padding, Border;

    public float FlexBasis;
    /// <summary>Flex base size minus padding and border (the basis for scaled shrink factors).</summary>
    public float InnerFlexBasis;
    public float Violation;
    public bool Frozen;
    /// <summary>The item's max- or min-content flex fraction (§9.9.1).</summary>
    public float ContentFlexFraction;

    public Size2 HypotheticalInnerSize, HypotheticalOuterSize, TargetSize, OuterTargetSize;

    /// <summary>Distance from the item's outer cross-start edge to its baseline.</summary>
    public float Baseline;
    /// <summary>Offsets from alignment and justification (margins, padding and border not included).</summary>
    public float OffsetMain, OffsetCross;

    public readonly bool IsScrollContainer => OverflowX != Overflow.Visible || OverflowY != Overflow.Visible;

    /// <summary>The automatic minimum size is 0 for scroll containers (§4.5), else content-based (NaN here).</summary>
    public readonly float OverflowMinMain(bool isRow) =>
        (isRow ? OverflowX : OverflowY) != Overflow.Visible ? 0f : float.NaN;
}

/// <summary>A flex line: a run of consecutive items in the item array.</summary>
internal struct FlexLine
{
    public int Start;
    public int Count;
    public float CrossSize;
    public float OffsetCross;

    public readonly int End => Start + Count;
}

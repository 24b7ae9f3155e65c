namespace Kryon.Runtime.Layout;

/// <summary>Values about the flex container computed once per layout call and read by every step.</summary>
internal struct FlexConstants
{
    public FlexDirection Dir;
    public Direction LayoutDirection;
    public bool IsRow;
    public bool IsReverse;
    public bool IsWrap;
    public bool IsWrapReverse;

    /// <summary>The container's own min/max border-box sizes (NaN = none).</summary>
    public Size2 MinSize, MaxSize;
    public Edges Margin;
    public Edges Border;
    /// <summary>Space between the border box and the content box: padding + border + scrollbar gutter.</summary>
    public Edges ContentBoxInset;
    public Size2 ScrollbarGutter;
    /// <summary>Width = column-gap, Height = row-gap.</summary>
    public Size2 Gap;

    public ItemAlignment AlignItems;
    public bool AlignItemsSafe;
    public ContentAlignment AlignContent;
    public bool AlignContentSafe;
    public ContentAlignment JustifyContent;
    public bool JustifyContentSafe;

    /// <summary>Border-box and content-box sizes when known (NaN = not yet known).</summary>
    public Size2 NodeOuterSize, NodeInnerSize;
    /// <summary>Sizes of the container once determined (steps 4 and 15).</summary>
    public Size2 ContainerSize, InnerContainerSize;

    public readonly float MainGap => Gap.Main(IsRow);
    public readonly float CrossGap => Gap.Cross(IsRow);
}

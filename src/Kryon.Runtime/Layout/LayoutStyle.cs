namespace Kryon.Runtime.Layout;

/// <summary>The layout-relevant style of one node, in CSS terms, with CSS's initial values as defaults
/// (row direction, stretch, flex-shrink 1, ...). After changing a style that is already attached to a
/// laid-out node, call <see cref="LayoutNode.MarkDirty"/> (or assign it through <see cref="LayoutNode.Style"/>).</summary>
public sealed class LayoutStyle
{
    public Display Display { get; set; }
    public PositionType Position { get; set; }
    public Direction Direction { get; set; }
    public BoxSizing BoxSizing { get; set; }

    public FlexDirection FlexDirection { get; set; }
    public FlexWrap FlexWrap { get; set; }
    public float FlexGrow { get; set; }
    public float FlexShrink { get; set; } = 1f;
    public Dimension FlexBasis { get; set; } = Dimension.Auto;

    public ContentAlignment JustifyContent { get; set; }
    /// <summary><c>safe</c>: when the content overflows, fall back to start alignment instead of spilling over both ends.</summary>
    public bool JustifyContentSafe { get; set; }
    public ContentAlignment AlignContent { get; set; }
    public bool AlignContentSafe { get; set; }
    public ItemAlignment AlignItems { get; set; } = ItemAlignment.Normal;
    public bool AlignItemsSafe { get; set; }
    public ItemAlignment AlignSelf { get; set; } = ItemAlignment.Auto;
    public bool AlignSelfSafe { get; set; }

    public Dimension RowGap { get; set; } = Dimension.Zero;
    public Dimension ColumnGap { get; set; } = Dimension.Zero;

    public Dimension Width { get; set; } = Dimension.Auto;
    public Dimension Height { get; set; } = Dimension.Auto;
    public Dimension MinWidth { get; set; } = Dimension.Auto;
    public Dimension MinHeight { get; set; } = Dimension.Auto;
    public Dimension MaxWidth { get; set; } = Dimension.Auto;
    public Dimension MaxHeight { get; set; } = Dimension.Auto;
    /// <summary>width / height, or NaN for none.</summary>
    public float AspectRatio { get; set; } = float.NaN;

    public StyleEdges Margin { get; set; } = StyleEdges.Zero;
    public StyleEdges Padding { get; set; } = StyleEdges.Zero;
    public StyleEdges Border { get; set; } = StyleEdges.Zero;
    /// <summary>top/right/bottom/left; auto by default.</summary>
    public StyleEdges Inset { get; set; } = StyleEdges.Auto;

    public Overflow OverflowX { get; set; }
    public Overflow OverflowY { get; set; }
    /// <summary>Width reserved for a scrollbar in each axis whose overflow is <see cref="Overflow.Scroll"/>.</summary>
    public float ScrollbarWidth { get; set; }

    public LayoutStyle Clone() => (LayoutStyle)MemberwiseClone();

    internal Size2 ResolveSize(Size2 basis) => new(Width.Resolve(basis.Width), Height.Resolve(basis.Height));
    internal Size2 ResolveMinSize(Size2 basis) => new(MinWidth.Resolve(basis.Width), MinHeight.Resolve(basis.Height));
    internal Size2 ResolveMaxSize(Size2 basis) => new(MaxWidth.Resolve(basis.Width), MaxHeight.Resolve(basis.Height));

    /// <summary>Sizing keywords on min/max sizes are resolved by whoever sizes the box — its flex container, the
    /// absolute placement, the root's viewport — which hands the box its clamped size. In an axis with such a
    /// keyword the box's own clamping is skipped: it could only apply the length half of a min/max pair, and
    /// a length maximum would then undo the keyword minimum that won over it.</summary>
    internal void SkipAxesWithKeywordBounds(ref Size2 minSize, ref Size2 maxSize)
    {
        if (MinWidth.IsIntrinsicKeyword || MaxWidth.IsIntrinsicKeyword)
        {
            minSize.Width = float.NaN;
            maxSize.Width = float.NaN;
        }
        if (MinHeight.IsIntrinsicKeyword || MaxHeight.IsIntrinsicKeyword)
        {
            minSize.Height = float.NaN;
            maxSize.Height = float.NaN;
        }
    }

    /// <summary>The amount added to width/height styles so they describe the border box.</summary>
    internal Size2 BoxSizingAdjustment(Edges padding, Edges border) =>
        BoxSizing == BoxSizing.ContentBox ? (padding + border).Sums : Size2.Zero;

    /// <summary>Gutters reserved for scrollbars. The axes swap: a vertically scrolling box needs horizontal room.</summary>
    internal Size2 ScrollbarGutter => new(
        OverflowY == Overflow.Scroll ? ScrollbarWidth : 0f,
        OverflowX == Overflow.Scroll ? ScrollbarWidth : 0f);

    internal float Gap(bool horizontal, float basis) =>
        (horizontal ? ColumnGap : RowGap).ResolveOrZero(basis);
}

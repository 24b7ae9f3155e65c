namespace Kryon.Runtime.Layout;

/// <summary>Sizing of a node without children: its style sizes where known, otherwise its measured content
/// (text through the <see cref="ITextMeasurer"/>, nothing for an empty box) plus padding, border and
/// scrollbar gutters.</summary>
internal static class LeafLayout
{
    public static LayoutOutput Compute(LayoutNode node, in LayoutInput input, ITextMeasurer measurer, LayoutStats stats)
    {
        LayoutStyle style = node.Style;
        Size2 known = input.KnownDimensions;
        Size2 parentSize = input.ParentSize;

        // Percentage padding/border/margin resolve against the containing block's width in both axes (CSS).
        Edges margin = style.Margin.ResolveOrZero(parentSize.Width);
        Edges padding = style.Padding.ResolveOrZero(parentSize.Width);
        Edges border = style.Border.ResolveOrZero(parentSize.Width);
        Edges paddingBorder = padding + border;
        Size2 paddingBorderSum = paddingBorder.Sums;
        Size2 adjustment = style.BoxSizingAdjustment(padding, border);

        // In content-size mode the node's own size styles are ignored: the caller wants its content size.
        Size2 nodeSize, minSize, maxSize;
        float aspectRatio;
        if (input.SizingMode == SizingMode.ContentSize)
        {
            nodeSize = known;
            minSize = Size2.None;
            maxSize = Size2.None;
            aspectRatio = float.NaN;
        }
        else
        {
            aspectRatio = style.AspectRatio;
            nodeSize = known.Or(style.ResolveSize(parentSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment));
            minSize = style.ResolveMinSize(parentSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment);
            maxSize = style.ResolveMaxSize(parentSize).MaybeAdd(adjustment);
            style.SkipAxesWithKeywordBounds(ref minSize, ref maxSize);
        }

        Size2 gutter = style.ScrollbarGutter;
        Edges contentInset = paddingBorder;
        if (style.Direction == Direction.Rtl) contentInset.Left += gutter.Width; else contentInset.Right += gutter.Width;
        contentInset.Bottom += gutter.Height;

        if (input.RunMode == RunMode.ComputeSize && Opt.IsSome(nodeSize.Width) && Opt.IsSome(nodeSize.Height))
            return new LayoutOutput(nodeSize.MaybeClamp(minSize, maxSize).MaybeMax(paddingBorderSum));

        AvailableSpace availW = ContentSpace(input.AvailableWidth, known.Width, nodeSize.Width, minSize.Width, maxSize.Width,
            margin.Horizontal, contentInset.Horizontal);
        AvailableSpace availH = ContentSpace(input.AvailableHeight, known.Height, nodeSize.Height, minSize.Height, maxSize.Height,
            margin.Vertical, contentInset.Vertical);

        Size2 measureKnown = input.RunMode == RunMode.ComputeSize ? known : Size2.None;
        Size2 measured = Measure(node, measureKnown, availW, availH, measurer, stats);

        Size2 clamped = known.Or(nodeSize).Or(new Size2(measured.Width + contentInset.Horizontal, measured.Height + contentInset.Vertical))
            .MaybeClamp(minSize, maxSize);
        float height = Opt.IsSome(aspectRatio) ? MathF.Max(clamped.Height, clamped.Width / aspectRatio) : clamped.Height;
        Size2 size = new(MathF.Max(clamped.Width, paddingBorderSum.Width), MathF.Max(height, paddingBorderSum.Height));
        return new LayoutOutput(size);
    }

    /// <summary>The fast path for a childless node without text: its content size is zero, so only the style
    /// sizes, padding, border and gutters matter (the same result <see cref="Compute"/> gives).</summary>
    public static LayoutOutput ComputeEmptyBox(LayoutStyle style, Size2 known, Size2 parentSize, SizingMode sizingMode, RunMode runMode)
    {
        Edges paddingBorder = style.Padding.ResolveOrZero(parentSize.Width) + style.Border.ResolveOrZero(parentSize.Width);
        Size2 paddingBorderSum = paddingBorder.Sums;
        Size2 nodeSize = known, minSize = Size2.None, maxSize = Size2.None;
        float aspectRatio = float.NaN;
        if (sizingMode == SizingMode.InherentSize)
        {
            Size2 adjustment = style.BoxSizing == BoxSizing.ContentBox ? paddingBorderSum : Size2.Zero;
            aspectRatio = style.AspectRatio;
            nodeSize = known.Or(style.ResolveSize(parentSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment));
            minSize = style.ResolveMinSize(parentSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment);
            maxSize = style.ResolveMaxSize(parentSize).MaybeAdd(adjustment);
            style.SkipAxesWithKeywordBounds(ref minSize, ref maxSize);
        }
        if (runMode == RunMode.ComputeSize && Opt.IsSome(nodeSize.Width) && Opt.IsSome(nodeSize.Height))
            return new LayoutOutput(nodeSize.MaybeClamp(minSize, maxSize).MaybeMax(paddingBorderSum));

        Size2 gutter = style.ScrollbarGutter;
        Size2 clamped = nodeSize.Or(new Size2(paddingBorderSum.Width + gutter.Width, paddingBorderSum.Height + gutter.Height))
            .MaybeClamp(minSize, maxSize);
        float height = Opt.IsSome(aspectRatio) ? MathF.Max(clamped.Height, clamped.Width / aspectRatio) : clamped.Height;
        return new LayoutOutput(new Size2(MathF.Max(clamped.Width, paddingBorderSum.Width), MathF.Max(height, paddingBorderSum.Height)));
    }

    /// <summary>The space offered to the content box in one axis.</summary>
    private static AvailableSpace ContentSpace(AvailableSpace available, float known, float nodeSize, float min, float max,
        float marginSum, float insetSum)
    {
        AvailableSpace space = Opt.IsSome(known) ? AvailableSpace.Definite(known) : available.MaybeSub(marginSum);
        space = space.MaybeSet(known).MaybeSet(nodeSize).MaybeSet(max);
        return space.IsDefinite ? AvailableSpace.Definite(Opt.MaybeClamp(space.AsOptional, min, max) - insetSum) : space;
    }

    /// <summary>The content size: text through the measurer, else the node's intrinsic size, else zero.</summary>
    private static Size2 Measure(LayoutNode node, Size2 known, AvailableSpace availW, AvailableSpace availH, ITextMeasurer measurer, LayoutStats stats)
    {
        if (Opt.IsSome(known.Width) && Opt.IsSome(known.Height)) return known;
        string? text = node.Text;
        if (text is null)
        {
            var (naturalWidth, naturalHeight) = node.IntrinsicSize ?? (0f, 0f);
            return new Size2(Opt.Or(known.Width, naturalWidth), Opt.Or(known.Height, naturalHeight));
        }

        float width = known.Width;
        if (float.IsNaN(width))
        {
            if (availW.IsMinContent)
            {
                stats.TextMeasurements++;
                width = measurer.MinContentWidth(node, text);
            }
            else if (availW.IsMaxContent)
            {
                stats.TextMeasurements++;
                width = measurer.MaxContentWidth(node, text);
            }
            else
            {
                stats.TextMeasurements += 2;
                float minContent = measurer.MinContentWidth(node, text);
                float maxContent = measurer.MaxContentWidth(node, text);
                width = MathF.Max(MathF.Min(availW.AsOptional, maxContent), minContent);
            }
        }
        float height = known.Height;
        if (float.IsNaN(height))
        {
            stats.TextMeasurements++;
            height = measurer.HeightForWidth(node, text, width);
        }
        return new Size2(width, height);
    }
}

namespace Kryon.Runtime.Layout;

/// <summary>The CSS Flexbox layout algorithm (CSS Flexible Box Layout Module Level 1, §9), step by step.
/// One instance belongs to a <see cref="LayoutEngine"/>; it keeps one scratch buffer per nesting depth so that
/// steady-state passes allocate nothing.</summary>
internal sealed partial class FlexLayout
{
    private readonly LayoutEngine _engine;
    private readonly List<FlexScratch> _scratch = new();
    private int _depth;

    public FlexLayout(LayoutEngine engine) => _engine = engine;

    /// <summary>Pooled working arrays for one flex container being laid out.</summary>
    private sealed class FlexScratch
    {
        public FlexItem[] Items = new FlexItem[8];
        public FlexLine[] Lines = new FlexLine[2];
        public int ItemCount;
    }

    /// <summary>Sizes (and, in <see cref="RunMode.PerformLayout"/>, lays out) a flex container.</summary>
    public LayoutOutput Compute(LayoutNode node, in LayoutInput input)
    {
        LayoutStyle style = node.Style;
        Size2 parentSize = input.ParentSize;
        float aspectRatio = style.AspectRatio;
        Edges padding = style.Padding.ResolveOrZero(parentSize.Width);
        Edges border = style.Border.ResolveOrZero(parentSize.Width);
        Size2 paddingBorderSum = (padding + border).Sums;
        Size2 boxSizingAdjustment = style.BoxSizingAdjustment(padding, border);

        Size2 minSize = style.ResolveMinSize(parentSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(boxSizingAdjustment);
        Size2 maxSize = style.ResolveMaxSize(parentSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(boxSizingAdjustment);
        style.SkipAxesWithKeywordBounds(ref minSize, ref maxSize);
        Size2 clampedStyleSize = input.SizingMode == SizingMode.InherentSize
            ? style.ResolveSize(parentSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(boxSizingAdjustment).MaybeClamp(minSize, maxSize)
            : Size2.None;

        // If min and max are both set in an axis and max <= min, min decides the size in that axis.
        Size2 minMaxDefinite = new(
            Opt.IsSome(minSize.Width) && Opt.IsSome(maxSize.Width) && maxSize.Width <= minSize.Width ? minSize.Width : float.NaN,
            Opt.IsSome(minSize.Height) && Opt.IsSome(maxSize.Height) && maxSize.Height <= minSize.Height ? minSize.Height : float.NaN);

        // The container's size is floored by its padding and border.
        Size2 known = input.KnownDimensions.Or(minMaxDefinite.Or(clampedStyleSize).MaybeMax(paddingBorderSum));

        if (input.RunMode == RunMode.ComputeSize)
        {
            if (Opt.IsSome(known.Width) && Opt.IsSome(known.Height)) return new LayoutOutput(known);
            // Only one axis is wanted and the style already decides it (the other component is not read).
            if (input.Axis == RequestedAxis.Width && Opt.IsSome(known.Width)) return new LayoutOutput(new Size2(known.Width, 0f));
            if (input.Axis == RequestedAxis.Height && Opt.IsSome(known.Height)) return new LayoutOutput(new Size2(0f, known.Height));
        }

        if (_depth == _scratch.Count) _scratch.Add(new FlexScratch());
        FlexScratch scratch = _scratch[_depth];
        _depth++;
        try
        {
            LayoutInput inner = input;
            inner.KnownDimensions = known;
            return ComputePreliminary(node, inner, scratch);
        }
        finally
        {
            // Drop node references from the pooled items so they do not keep removed nodes alive.
            Array.Clear(scratch.Items, 0, scratch.ItemCount);
            scratch.ItemCount = 0;
            _depth--;
        }
    }

    private LayoutOutput ComputePreliminary(LayoutNode node, in LayoutInput input, FlexScratch scratch)
    {
        Size2 known = input.KnownDimensions;
        LayoutStyle style = node.Style;
        FlexConstants c = ComputeConstants(style, known, input.ParentSize);

        // 9.1 Initial Setup — 1. Generate anonymous flex items (§4).
        int itemCount = GenerateAnonymousFlexItems(node, ref c, scratch);
        FlexItem[] items = scratch.Items;

        // 9.2 Line Length Determination — 2. Determine the available main and cross space for the flex items.
        DetermineAvailableSpace(known, input.AvailableWidth, input.AvailableHeight, in c, out AvailableSpace availW, out AvailableSpace availH);

        // 3. Determine the flex base size and hypothetical main size of each item.
        DetermineFlexBaseSize(items, itemCount, in c, availW, availH);

        // 4. Determine the main size of the flex container: done in ComputeConstants when it is definite,
        //    otherwise after the lines are known (below).

        // 9.3 Main Size Determination — 5. Collect flex items into flex lines.
        int lineCount = CollectFlexLines(items, itemCount, in c, availW, availH, scratch);
        FlexLine[] lines = scratch.Lines;

        if (Opt.IsSome(c.NodeInnerSize.Main(c.IsRow)))
        {
            float innerMain = c.NodeInnerSize.Main(c.IsRow);
            c.InnerContainerSize.SetMain(c.IsRow, innerMain);
            c.ContainerSize.SetMain(c.IsRow, innerMain + c.ContentBoxInset.MainSum(c.IsRow));
        }
        else
        {
            DetermineContainerMainSize(items, lines, lineCount, ref c, availW, availH);
            c.NodeInnerSize.SetMain(c.IsRow, c.InnerContainerSize.Main(c.IsRow));
            c.NodeOuterSize.SetMain(c.IsRow, c.ContainerSize.Main(c.IsRow));
            // Percentage gaps can resolve now that the main size is known.
            c.Gap.SetMain(c.IsRow, style.Gap(c.IsRow, c.InnerContainerSize.Main(c.IsRow)));
        }

        // A caller that only wants the main size has it now; the cross-size steps below would only cost time.
        if (input.RunMode == RunMode.ComputeSize && input.Axis == (c.IsRow ? RequestedAxis.Width : RequestedAxis.Height))
        {
            return new LayoutOutput(c.IsRow ? new Size2(c.ContainerSize.Width, 0f) : new Size2(0f, c.ContainerSize.Height));
        }

        // 6. Resolve the flexible lengths of all the flex items to find their used main size (§9.7).
        for (int l = 0; l < lineCount; l++) ResolveFlexibleLengths(items, lines[l], in c);

        // 9.4 Cross Size Determination — 7. Determine the hypothetical cross size of each item.
        for (int l = 0; l < lineCount; l++) DetermineHypotheticalCrossSize(items, lines[l], known, in c, availW, availH);

        // Baselines are only computed when a line has more than one baseline-aligned item.
        CalculateChildrenBaselines(items, lines, lineCount, known, in c, availW, availH);

        // 8. Calculate the cross size of each flex line.
        CalculateCrossSize(items, lines, lineCount, known, in c);

        // 9. Handle 'align-content: stretch'.
        HandleAlignContentStretch(lines, lineCount, known, in c);

        // 10. Collapse visibility:collapse items — not supported (no visibility:collapse in the style model).

        // 11. Determine the used cross size of each flex item.
        DetermineUsedCrossSize(items, lines, lineCount, in c);

        // 9.5 Main-Axis Alignment — 12. Distribute any remaining free space.
        DistributeRemainingFreeSpace(items, lines, lineCount, in c);

        // 9.6 Cross-Axis Alignment — 13. Resolve cross-axis auto margins (also 14. Align all flex items).
        ResolveCrossAxisAutoMargins(items, lines, lineCount, in c);

        // 15. Determine the flex container's used cross size.
        float totalLineCrossSize = DetermineContainerCrossSize(lines, lineCount, known, ref c);

        if (input.RunMode == RunMode.ComputeSize) return new LayoutOutput(c.ContainerSize);

        // 16. Align all flex lines per align-content.
        AlignFlexLinesPerAlignContent(lines, lineCount, in c, totalLineCrossSize);

        // Final placement of in-flow items, then absolutely positioned children (§4.1), then hidden ones.
        FinalLayoutPass(items, lines, lineCount, in c);
        PerformAbsoluteLayoutOnAbsoluteChildren(node, in c);

        List<LayoutNode> children = node.ChildList;
        for (int i = 0; i < children.Count; i++)
        {
            LayoutNode child = children[i];
            if (child.Style.Display == Display.None) _engine.ComputeHidden(child);
        }

        return new LayoutOutput(c.ContainerSize, FirstBaseline(items, lines, lineCount, in c));
    }

    /// <summary>8.5 Flex Container Baselines: the first baseline comes from the visually first line (the last
    /// one with wrap-reverse): from its first baseline-aligned item in a row, else from its visually first item
    /// (the last one in a column-reverse container, whose items run upwards).</summary>
    private static float FirstBaseline(FlexItem[] items, FlexLine[] lines, int lineCount, in FlexConstants c)
    {
        if (lineCount == 0) return float.NaN;
        FlexLine line = lines[c.IsWrapReverse ? lineCount - 1 : 0];
        if (line.Count == 0) return float.NaN;
        int chosen = !c.IsRow && c.IsReverse ? line.End - 1 : line.Start;
        if (c.IsRow)
        {
            for (int i = line.Start; i < line.End; i++)
            {
                if (items[i].AlignSelf == ItemAlignment.Baseline) { chosen = i; break; }
            }
        }
        // The final pass stored each item's baseline relative to this container's border box.
        return items[chosen].Baseline;
    }

    private static FlexConstants ComputeConstants(LayoutStyle style, Size2 known, Size2 parentSize)
    {
        FlexConstants c = default;
        c.Dir = style.FlexDirection;
        c.LayoutDirection = style.Direction;
        c.IsRow = c.Dir is FlexDirection.Row or FlexDirection.RowReverse;
        c.IsReverse = c.Dir is FlexDirection.RowReverse or FlexDirection.ColumnReverse;
        c.IsWrap = style.FlexWrap != FlexWrap.NoWrap;
        c.IsWrapReverse = style.FlexWrap == FlexWrap.WrapReverse;

        float aspectRatio = style.AspectRatio;
        c.Margin = style.Margin.ResolveOrZero(parentSize.Width);
        Edges padding = style.Padding.ResolveOrZero(parentSize.Width);
        c.Border = style.Border.ResolveOrZero(parentSize.Width);
        Size2 boxSizingAdjustment = style.BoxSizingAdjustment(padding, c.Border);

        c.AlignItems = NormalizeItemAlignment(style.AlignItems == ItemAlignment.Auto ? ItemAlignment.Normal : style.AlignItems);
        c.AlignItemsSafe = style.AlignItemsSafe;
        c.AlignContent = style.AlignContent == ContentAlignment.Normal ? ContentAlignment.Stretch : style.AlignContent;
        c.AlignContentSafe = style.AlignContentSafe;
        c.JustifyContent = style.JustifyContent;
        c.JustifyContentSafe = style.JustifyContentSafe;

        c.ScrollbarGutter = style.ScrollbarGutter;
        Edges inset = padding + c.Border;
        inset.Bottom += c.ScrollbarGutter.Height;
        // The vertical scrollbar sits on the inline-end side.
        if (c.LayoutDirection == Direction.Rtl) inset.Left += c.ScrollbarGutter.Width;
        else inset.Right += c.ScrollbarGutter.Width;
        c.ContentBoxInset = inset;

        c.NodeOuterSize = known;
        c.NodeInnerSize = known.MaybeSub(inset.Sums);
        c.Gap = new Size2(
            style.ColumnGap.ResolveOrZero(Opt.Or(c.NodeInnerSize.Width, 0f)),
            style.RowGap.ResolveOrZero(Opt.Or(c.NodeInnerSize.Height, 0f)));

        c.MinSize = style.ResolveMinSize(parentSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(boxSizingAdjustment);
        c.MaxSize = style.ResolveMaxSize(parentSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(boxSizingAdjustment);
        style.SkipAxesWithKeywordBounds(ref c.MinSize, ref c.MaxSize);
        return c;
    }

    /// <summary>Maps align-items/align-self keywords onto the set the algorithm distinguishes.</summary>
    private static ItemAlignment NormalizeItemAlignment(ItemAlignment a) => a switch
    {
        ItemAlignment.Normal or ItemAlignment.Auto => ItemAlignment.Stretch,
        _ => a,
    };

    /// <summary>9.1 — 1. Generate anonymous flex items: every child that is neither absolutely positioned nor
    /// display:none becomes a flex item, with its styles resolved against the container's inner size.</summary>
    private int GenerateAnonymousFlexItems(LayoutNode node, ref FlexConstants c, FlexScratch scratch)
    {
        List<LayoutNode> children = node.ChildList;
        if (scratch.Items.Length < children.Count)
            scratch.Items = new FlexItem[Math.Max(children.Count, scratch.Items.Length * 2)];
        FlexItem[] items = scratch.Items;
        Size2 innerSize = c.NodeInnerSize;
        int count = 0;
        for (int i = 0; i < children.Count; i++)
        {
            LayoutNode child = children[i];
            LayoutStyle cs = child.Style;
            if (cs.Position == PositionType.Absolute || cs.Display == Display.None) continue;

            ref FlexItem item = ref items[count++];
            scratch.ItemCount = count;
            item = default;
            float aspectRatio = cs.AspectRatio;
            item.Node = child;
            item.Direction = cs.Direction;
            item.Padding = cs.Padding.ResolveOrZero(innerSize.Width);
            item.Border = cs.Border.ResolveOrZero(innerSize.Width);
            Size2 adjustment = cs.BoxSizingAdjustment(item.Padding, item.Border);
            item.Size = cs.ResolveSize(innerSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment);
            item.MinSize = cs.ResolveMinSize(innerSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment);
            item.MaxSize = cs.ResolveMaxSize(innerSize).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment);
            StyleEdges inset = cs.Inset;
            item.Inset = new Edges(inset.Left.Resolve(innerSize.Width), inset.Right.Resolve(innerSize.Width),
                inset.Top.Resolve(innerSize.Height), inset.Bottom.Resolve(innerSize.Height));
            item.Margin = cs.Margin.ResolveOrZero(innerSize.Width);
            if (cs.Width.IsIntrinsicKeyword)
                item.Size.Width = ResolveSizingKeyword(child, cs.Width, true, innerSize.Width, item.Margin.Horizontal, item.Size.Height,
                    AvailableSpace.MaxContent, innerSize);
            if (cs.Height.IsIntrinsicKeyword)
                item.Size.Height = ResolveSizingKeyword(child, cs.Height, false, innerSize.Height, item.Margin.Vertical, item.Size.Width,
                    AvailableSpace.MaxContent, innerSize);
            ResolveKeywordMinMaxSizesOfNewItem(ref item, innerSize);
            item.MarginIsAuto = cs.Margin.AutoFlags;
            if (cs.AlignSelf == ItemAlignment.Auto)
            {
                item.AlignSelf = c.AlignItems;
                item.AlignSafe = c.AlignItemsSafe;
            }
            else
            {
                item.AlignSelf = NormalizeItemAlignment(cs.AlignSelf);
                item.AlignSafe = cs.AlignSelfSafe;
            }
            item.OverflowX = cs.OverflowX;
            item.OverflowY = cs.OverflowY;
            item.ScrollbarWidth = cs.ScrollbarWidth;
            item.FlexGrow = cs.FlexGrow;
            item.FlexShrink = cs.FlexShrink;
        }
        return count;
    }

    /// <summary>9.2 — 2. Determine the available main and cross space for the flex items: the content box when
    /// definite, else the space offered to the container minus its margin, border and padding (which may be
    /// a min/max-content constraint).</summary>
    private static void DetermineAvailableSpace(Size2 known, AvailableSpace outerW, AvailableSpace outerH, in FlexConstants c,
        out AvailableSpace width, out AvailableSpace height)
    {
        width = Opt.IsSome(known.Width)
            ? AvailableSpace.Definite(known.Width - c.ContentBoxInset.Horizontal)
            : outerW.MaybeSub(c.Margin.Horizontal).MaybeSub(c.ContentBoxInset.Horizontal);
        height = Opt.IsSome(known.Height)
            ? AvailableSpace.Definite(known.Height - c.ContentBoxInset.Vertical)
            : outerH.MaybeSub(c.Margin.Vertical).MaybeSub(c.ContentBoxInset.Vertical);
    }

    private static AvailableSpace Main(in FlexConstants c, AvailableSpace w, AvailableSpace h) => c.IsRow ? w : h;
    private static AvailableSpace Cross(in FlexConstants c, AvailableSpace w, AvailableSpace h) => c.IsRow ? h : w;

    /// <summary>Sums the gaps between <paramref name="count"/> items (or lines): there are count - 1 of them.</summary>
    private static float SumAxisGaps(float gap, int count) => count <= 1 ? 0f : gap * (count - 1);
}

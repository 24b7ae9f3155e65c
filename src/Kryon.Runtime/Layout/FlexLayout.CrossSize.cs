namespace Kryon.Runtime.Layout;

internal sealed partial class FlexLayout
{
    /// <summary>9.4 — 7. Determine the hypothetical cross size of each item by laying it out with its used
    /// main size and the available cross space, treating auto as fit-content.</summary>
    private void DetermineHypotheticalCrossSize(FlexItem[] items, FlexLine line, Size2 nodeSize, in FlexConstants c, AvailableSpace availW, AvailableSpace availH)
    {
        bool isRow = c.IsRow;
        // In a single-line container with a definite cross size the line's cross size is that size, and a
        // stretched item takes the line's size (step 11): its hypothetical cross size is never read, so the
        // (recursive) measurement is skipped.
        bool stretchedItemsSkipMeasure = !c.IsWrap && Opt.IsSome(nodeSize.Cross(isRow));
        AvailableSpace availCross = Cross(in c, availW, availH);
        AvailableSpace knownMain = AvailableSpace.Definite(c.ContainerSize.Main(isRow));
        for (int i = line.Start; i < line.End; i++)
        {
            ref FlexItem child = ref items[i];
            // In a row the cross size is the height: min/max height keywords that measure content resolve now,
            // at the item's used main size (before stretched items skip measuring: step 11 clamps by them).
            if (isRow) ResolveContentKeywordMinMaxHeights(ref child, child.TargetSize.Width, knownMain, c.NodeInnerSize.Height, c.NodeInnerSize);
            float paddingBorder = (child.Padding + child.Border).CrossSum(isRow);
            float minCross = child.MinSize.Cross(isRow);
            float maxCross = child.MaxSize.Cross(isRow);

            float childCross = Opt.MaybeMax(Opt.MaybeClamp(child.Size.Cross(isRow), minCross, maxCross), paddingBorder);
            AvailableSpace childAvailCross = availCross.MaybeClamp(minCross, maxCross).MaybeMax(paddingBorder);

            float innerCross = childCross;
            if (float.IsNaN(innerCross) && stretchedItemsSkipMeasure && IsStretched(in child, in c))
            {
                child.HypotheticalInnerSize.SetCross(isRow, float.NaN);
                child.HypotheticalOuterSize.SetCross(isRow, float.NaN);
                continue;
            }
            if (float.IsNaN(innerCross))
            {
                Size2 known = isRow
                    ? new Size2(child.TargetSize.Width, childCross)
                    : new Size2(childCross, child.TargetSize.Height);
                float measured = _engine.MeasureChildSize(child.Node, known, c.NodeInnerSize,
                    isRow ? knownMain : childAvailCross, isRow ? childAvailCross : knownMain, SizingMode.ContentSize, !isRow);
                innerCross = MathF.Max(Opt.MaybeClamp(measured, minCross, maxCross), paddingBorder);
            }
            child.HypotheticalInnerSize.SetCross(isRow, innerCross);
            child.HypotheticalOuterSize.SetCross(isRow, innerCross + child.Margin.CrossSum(isRow));
        }
    }

    /// <summary>Computes the baselines of baseline-aligned items (rows only: baselines are horizontal),
    /// skipping lines where baseline alignment cannot move anything (one or no participating items).</summary>
    private void CalculateChildrenBaselines(FlexItem[] items, FlexLine[] lines, int lineCount, Size2 nodeSize, in FlexConstants c,
        AvailableSpace availW, AvailableSpace availH)
    {
        if (!c.IsRow) return;
        for (int l = 0; l < lineCount; l++)
        {
            FlexLine line = lines[l];
            int participating = 0;
            for (int i = line.Start; i < line.End; i++)
                if (ParticipatesInBaselineAlignment(in items[i], in c)) participating++;
            if (participating <= 1) continue;

            for (int i = line.Start; i < line.End; i++)
            {
                ref FlexItem child = ref items[i];
                if (!ParticipatesInBaselineAlignment(in child, in c)) continue;
                LayoutOutput output = _engine.PerformChildLayout(child.Node,
                    new Size2(child.TargetSize.Width, child.HypotheticalInnerSize.Height), c.NodeInnerSize,
                    AvailableSpace.Definite(c.ContainerSize.Width), availH.MaybeSet(nodeSize.Height), SizingMode.ContentSize);
                child.Baseline = Opt.Or(output.FirstBaseline, output.Size.Height) + child.Margin.Top;
            }
        }
    }

    /// <summary>Baseline-aligned items with an auto cross margin align by their margins instead (§8.3); with
    /// wrap-reverse the cross-start edge is the bottom, and baseline alignment falls back to flex-start.</summary>
    private static bool ParticipatesInBaselineAlignment(in FlexItem item, in FlexConstants c) =>
        item.AlignSelf == ItemAlignment.Baseline && !c.IsWrapReverse
        && !item.MarginIsAuto.CrossStart(c.IsRow) && !item.MarginIsAuto.CrossEnd(c.IsRow);

    /// <summary>9.4 — 8. Calculate the cross size of each flex line. A single-line container with a definite
    /// cross size uses its inner cross size; otherwise each line is as tall as its largest outer hypothetical
    /// cross size, counting baseline-aligned items by their distances above and below the shared baseline.</summary>
    private static void CalculateCrossSize(FlexItem[] items, FlexLine[] lines, int lineCount, Size2 nodeSize, in FlexConstants c)
    {
        bool isRow = c.IsRow;
        float crossInset = c.ContentBoxInset.CrossSum(isRow);
        float minCross = c.MinSize.Cross(isRow);
        float maxCross = c.MaxSize.Cross(isRow);
        if (!c.IsWrap && Opt.IsSome(nodeSize.Cross(isRow)))
        {
            lines[0].CrossSize = MathF.Max(Opt.MaybeClamp(nodeSize.Cross(isRow), minCross, maxCross) - crossInset, 0f);
            return;
        }

        for (int l = 0; l < lineCount; l++)
        {
            ref FlexLine line = ref lines[l];
            float maxBaseline = 0f;
            for (int i = line.Start; i < line.End; i++) maxBaseline = MathF.Max(maxBaseline, items[i].Baseline);
            float size = 0f;
            for (int i = line.Start; i < line.End; i++)
            {
                ref FlexItem child = ref items[i];
                float outer = child.HypotheticalOuterSize.Cross(isRow);
                if (ParticipatesInBaselineAlignment(in child, in c))
                    outer = maxBaseline - child.Baseline + outer;
                size = MathF.Max(size, outer);
            }
            line.CrossSize = size;
        }

        // A single line is clamped by the container's min/max cross size.
        if (!c.IsWrap)
            lines[0].CrossSize = Opt.MaybeClamp(lines[0].CrossSize, Opt.MaybeSub(minCross, crossInset), Opt.MaybeSub(maxCross, crossInset));
    }

    /// <summary>9.4 — 9. Handle 'align-content: stretch': with a definite cross size (or min cross size), grow
    /// all lines equally until they fill the container's inner cross size.</summary>
    private static void HandleAlignContentStretch(FlexLine[] lines, int lineCount, Size2 nodeSize, in FlexConstants c)
    {
        if (c.AlignContent != ContentAlignment.Stretch || lineCount == 0) return;
        bool isRow = c.IsRow;
        float minCross = c.MinSize.Cross(isRow);
        float maxCross = c.MaxSize.Cross(isRow);
        float containerInnerCross = Opt.Or(Opt.MaybeMax(
            Opt.MaybeSub(Opt.MaybeClamp(Opt.Or(nodeSize.Cross(isRow), minCross), minCross, maxCross), c.ContentBoxInset.CrossSum(isRow)), 0f), 0f);

        float total = SumAxisGaps(c.CrossGap, lineCount);
        for (int l = 0; l < lineCount; l++) total += lines[l].CrossSize;
        if (total < containerInnerCross)
        {
            float addition = (containerInnerCross - total) / lineCount;
            for (int l = 0; l < lineCount; l++) lines[l].CrossSize += addition;
        }
    }

    /// <summary>9.4 — 11. Determine the used cross size of each flex item: a stretched item with an auto
    /// cross size and no auto cross margins takes the line's cross size (clamped by its min/max);
    /// everything else keeps its hypothetical cross size.</summary>
    private static void DetermineUsedCrossSize(FlexItem[] items, FlexLine[] lines, int lineCount, in FlexConstants c)
    {
        bool isRow = c.IsRow;
        for (int l = 0; l < lineCount; l++)
        {
            FlexLine line = lines[l];
            for (int i = line.Start; i < line.End; i++)
            {
                ref FlexItem child = ref items[i];
                LayoutStyle cs = child.Node.Style;
                float used;
                if (IsStretched(in child, in c))
                {
                    // The max cross size here deliberately ignores the aspect ratio (as Chrome and Firefox do);
                    // a keyword max cross size is the one resolved for the item.
                    Size2 adjustment = cs.BoxSizingAdjustment(cs.Padding.ResolveOrZero(c.NodeInnerSize.Width), cs.Border.ResolveOrZero(c.NodeInnerSize.Width));
                    float maxCross = (isRow ? cs.MaxHeight : cs.MaxWidth).IsIntrinsicKeyword
                        ? child.MaxSize.Cross(isRow)
                        : Opt.MaybeAdd(cs.ResolveMaxSize(c.NodeInnerSize).Cross(isRow), adjustment.Cross(isRow));
                    used = Opt.MaybeClamp(line.CrossSize - child.Margin.CrossSum(isRow), child.MinSize.Cross(isRow), maxCross);
                    // A border box is never smaller than its padding and border, so alignment must use that size.
                    used = MathF.Max(used, (child.Padding + child.Border).CrossSum(isRow));
                }
                else
                {
                    used = child.HypotheticalInnerSize.Cross(isRow);
                }
                child.TargetSize.SetCross(isRow, used);
                child.OuterTargetSize.SetCross(isRow, used + child.Margin.CrossSum(isRow));
            }
        }
    }

    /// <summary>Whether step 11 gives the item its line's cross size: align-self stretch, an auto (or stretch)
    /// cross size and no auto cross margins.</summary>
    private static bool IsStretched(in FlexItem child, in FlexConstants c)
    {
        if (child.AlignSelf != ItemAlignment.Stretch || child.MarginIsAuto.CrossStart(c.IsRow) || child.MarginIsAuto.CrossEnd(c.IsRow))
            return false;
        LayoutStyle cs = child.Node.Style;
        Dimension crossStyle = c.IsRow ? cs.Height : cs.Width;
        return crossStyle.IsAuto || crossStyle.Unit == DimensionUnit.Stretch;
    }

    /// <summary>9.6 — 15. Determine the flex container's used cross size: the definite cross size, or the sum
    /// of the line cross sizes (plus gaps), clamped by the min/max cross sizes. Returns the lines' total.</summary>
    private static float DetermineContainerCrossSize(FlexLine[] lines, int lineCount, Size2 nodeSize, ref FlexConstants c)
    {
        bool isRow = c.IsRow;
        float totalLineCross = 0f;
        for (int l = 0; l < lineCount; l++) totalLineCross += lines[l].CrossSize;
        float crossInset = c.ContentBoxInset.CrossSum(isRow);
        float outer = Opt.Or(nodeSize.Cross(isRow), totalLineCross + SumAxisGaps(c.CrossGap, lineCount) + crossInset);
        outer = MathF.Max(Opt.MaybeClamp(outer, c.MinSize.Cross(isRow), c.MaxSize.Cross(isRow)), crossInset - c.ScrollbarGutter.Cross(isRow));
        c.ContainerSize.SetCross(isRow, outer);
        c.InnerContainerSize.SetCross(isRow, MathF.Max(outer - crossInset, 0f));
        return totalLineCross;
    }
}

namespace Kryon.Runtime.Layout;

internal sealed partial class FlexLayout
{
    /// <summary>9.5 — 12. Distribute any remaining free space: positive free space goes to main-axis auto
    /// margins when there are any; otherwise items are aligned per justify-content.</summary>
    private static void DistributeRemainingFreeSpace(FlexItem[] items, FlexLine[] lines, int lineCount, in FlexConstants c)
    {
        bool isRow = c.IsRow;
        for (int l = 0; l < lineCount; l++)
        {
            FlexLine line = lines[l];
            float used = SumAxisGaps(c.MainGap, line.Count);
            int autoMargins = 0;
            for (int i = line.Start; i < line.End; i++)
            {
                ref FlexItem child = ref items[i];
                used += child.OuterTargetSize.Main(isRow);
                if (child.MarginIsAuto.MainStart(isRow)) autoMargins++;
                if (child.MarginIsAuto.MainEnd(isRow)) autoMargins++;
            }
            float freeSpace = c.InnerContainerSize.Main(isRow) - used;

            if (freeSpace > 0f && autoMargins > 0)
            {
                float margin = freeSpace / autoMargins;
                for (int i = line.Start; i < line.End; i++)
                {
                    ref FlexItem child = ref items[i];
                    // Gaps still separate the items when auto margins take the free space.
                    child.OffsetMain = i == line.Start ? 0f : c.MainGap;
                    if (child.MarginIsAuto.MainStart(isRow)) { if (isRow) child.Margin.Left = margin; else child.Margin.Top = margin; }
                    if (child.MarginIsAuto.MainEnd(isRow)) { if (isRow) child.Margin.Right = margin; else child.Margin.Bottom = margin; }
                }
                continue;
            }

            ContentAlignment requested = c.JustifyContent == ContentAlignment.Normal ? ContentAlignment.FlexStart : c.JustifyContent;
            ContentAlignment mode = AlignmentMath.ApplyFallback(freeSpace, line.Count, requested, c.JustifyContentSafe);
            // Items are visited in visual order: reversed directions start from the last item.
            for (int k = 0; k < line.Count; k++)
            {
                int i = c.IsReverse ? line.End - 1 - k : line.Start + k;
                items[i].OffsetMain = AlignmentMath.Offset(freeSpace, line.Count, c.MainGap, mode, c.IsReverse, k == 0);
            }
        }
    }

    /// <summary>9.6 — 13. Resolve cross-axis auto margins: they absorb the line's leftover cross space
    /// (split equally when both are auto). Items without auto cross margins go to step 14.</summary>
    private static void ResolveCrossAxisAutoMargins(FlexItem[] items, FlexLine[] lines, int lineCount, in FlexConstants c)
    {
        bool isRow = c.IsRow;
        for (int l = 0; l < lineCount; l++)
        {
            FlexLine line = lines[l];
            float maxBaseline = 0f;
            for (int i = line.Start; i < line.End; i++) maxBaseline = MathF.Max(maxBaseline, items[i].Baseline);

            for (int i = line.Start; i < line.End; i++)
            {
                ref FlexItem child = ref items[i];
                float freeSpace = line.CrossSize - child.OuterTargetSize.Cross(isRow);
                bool autoStart = child.MarginIsAuto.CrossStart(isRow);
                bool autoEnd = child.MarginIsAuto.CrossEnd(isRow);
                if (autoStart && autoEnd)
                {
                    if (isRow) { child.Margin.Top = freeSpace / 2f; child.Margin.Bottom = freeSpace / 2f; }
                    else { child.Margin.Left = freeSpace / 2f; child.Margin.Right = freeSpace / 2f; }
                }
                else if (autoStart)
                {
                    if (isRow) child.Margin.Top = freeSpace; else child.Margin.Left = freeSpace;
                }
                else if (autoEnd)
                {
                    if (isRow) child.Margin.Bottom = freeSpace; else child.Margin.Right = freeSpace;
                }
                else
                {
                    // 14. Align all flex items along the cross-axis.
                    child.OffsetCross = AlignFlexItemAlongCrossAxis(in child, freeSpace, maxBaseline, in c);
                }
            }
        }
    }

    /// <summary>9.6 — 14. The cross offset of one item per align-self, measured from the line's cross-start
    /// edge (the right edge in a right-to-left column, which placement mirrors). Flex-relative keywords follow
    /// wrap-reverse.</summary>
    private static float AlignFlexItemAlongCrossAxis(in FlexItem child, float freeSpace, float maxBaseline, in FlexConstants c)
    {
        ItemAlignment align = child.AlignSelf;
        if (child.AlignSafe && freeSpace < 0f) align = ItemAlignment.Start;
        return align switch
        {
            ItemAlignment.Start => 0f,
            ItemAlignment.End => freeSpace,
            ItemAlignment.SelfStart => SelfStartIsFarSide(in child, in c) ? freeSpace : 0f,
            ItemAlignment.SelfEnd => SelfStartIsFarSide(in child, in c) ? 0f : freeSpace,
            ItemAlignment.FlexEnd => c.IsWrapReverse ? 0f : freeSpace,
            ItemAlignment.Center => freeSpace / 2f,
            // Baselines are horizontal, so baseline alignment only applies to rows; in columns (and when
            // wrap-reverse swaps the cross-start side away from the baselines) it falls back to flex-start.
            ItemAlignment.Baseline when c.IsRow && !c.IsWrapReverse => maxBaseline - child.Baseline,
            _ => c.IsWrapReverse ? freeSpace : 0f, // flex-start, stretch, baseline in columns
        };
    }

    /// <summary>self-start/self-end follow the item's own direction: in a column the cross axis is the inline
    /// axis, so an item whose direction differs from its container's has its start on the container's far side.
    /// In a row the cross axis is the block axis, which direction does not affect.</summary>
    private static bool SelfStartIsFarSide(in FlexItem child, in FlexConstants c) => !c.IsRow && child.Direction != c.LayoutDirection;

    /// <summary>9.6 — 16. Align all flex lines per align-content.</summary>
    private static void AlignFlexLinesPerAlignContent(FlexLine[] lines, int lineCount, in FlexConstants c, float totalLineCross)
    {
        float gap = c.CrossGap;
        float freeSpace = c.InnerContainerSize.Cross(c.IsRow) - totalLineCross - SumAxisGaps(gap, lineCount);
        ContentAlignment mode = AlignmentMath.ApplyFallback(freeSpace, lineCount, c.AlignContent, c.AlignContentSafe);
        for (int k = 0; k < lineCount; k++)
        {
            int l = c.IsWrapReverse ? lineCount - 1 - k : k;
            lines[l].OffsetCross = AlignmentMath.Offset(freeSpace, lineCount, gap, mode, c.IsWrapReverse, k == 0);
        }
    }
}

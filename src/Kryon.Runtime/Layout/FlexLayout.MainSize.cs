namespace Kryon.Runtime.Layout;

internal sealed partial class FlexLayout
{
    /// <summary>9.2 — 3. Determine the flex base size and hypothetical main size of each item.
    /// A: a definite flex-basis (or, for auto, a definite main size) is the flex base size.
    /// B: an aspect ratio with a definite cross size is already folded into the item's size.
    /// C/E: otherwise size the item's content under the container's constraint (max-content when the
    /// available main space is definite or max-content, min-content under a min-content constraint), with a
    /// stretched definite cross size when the item will stretch. Min/max main sizes are ignored here; the
    /// hypothetical main size is the base size clamped by them (and by the automatic minimum of §4.5).</summary>
    private void DetermineFlexBaseSize(FlexItem[] items, int count, in FlexConstants c, AvailableSpace availW, AvailableSpace availH)
    {
        bool isRow = c.IsRow;
        AvailableSpace availMain = Main(in c, availW, availH);
        AvailableSpace availCross = Cross(in c, availW, availH);
        float crossParentSize = c.NodeInnerSize.Cross(isRow);
        Size2 childParentSize = Size2.None.WithCross(isRow, crossParentSize);
        float crossMarginSum = c.Margin.CrossSum(isRow);
        float containerMain = c.NodeInnerSize.Main(isRow);

        for (int i = 0; i < count; i++)
        {
            ref FlexItem child = ref items[i];
            LayoutStyle cs = child.Node.Style;

            float childMinCross = Opt.MaybeAdd(child.MinSize.Cross(isRow), crossMarginSum);
            float childMaxCross = Opt.MaybeAdd(child.MaxSize.Cross(isRow), crossMarginSum);

            // The cross space offered to the item, clamped by its min/max cross size.
            AvailableSpace crossSpace;
            if (availCross.IsDefinite)
                crossSpace = AvailableSpace.Definite(Opt.MaybeClamp(Opt.Or(crossParentSize, availCross.AsOptional), childMinCross, childMaxCross));
            else if (availCross.IsMinContent)
                crossSpace = Opt.IsSome(childMinCross) ? AvailableSpace.Definite(childMinCross) : AvailableSpace.MinContent;
            else
                crossSpace = Opt.IsSome(childMaxCross) ? AvailableSpace.Definite(childMaxCross) : AvailableSpace.MaxContent;

            // An item that will stretch is measured at its stretched cross size.
            Size2 childKnown = child.Size.WithMain(isRow, float.NaN);
            if (child.AlignSelf == ItemAlignment.Stretch && !child.MarginIsAuto.CrossStart(isRow)
                && !child.MarginIsAuto.CrossEnd(isRow) && float.IsNaN(childKnown.Cross(isRow)))
            {
                childKnown.SetCross(isRow, Opt.MaybeSub(crossSpace.AsOptional, child.Margin.CrossSum(isRow)));
            }

            float mainAdjustment = cs.BoxSizing == BoxSizing.ContentBox
                ? (cs.Padding.ResolveOrZero(containerMain) + cs.Border.ResolveOrZero(containerMain)).MainSum(isRow)
                : 0f;
            Dimension basisStyle = cs.FlexBasis;
            float flexBasis = Opt.MaybeAdd(basisStyle.Resolve(containerMain), mainAdjustment);

            // A. A definite flex basis (or a definite main size for flex-basis: auto) is the flex base size.
            bool basisMeasured = false;
            if (float.IsNaN(flexBasis) && basisStyle.Unit == DimensionUnit.Auto) flexBasis = child.Size.Main(isRow);
            if (float.IsNaN(flexBasis))
            {
                // E. Size the item's content into the available space, treating content as max-content.
                AvailableSpace mainConstraint = basisStyle.Unit switch
                {
                    DimensionUnit.MinContent => AvailableSpace.MinContent,
                    DimensionUnit.FitContent or DimensionUnit.Stretch => availMain.IsDefinite ? availMain : AvailableSpace.MaxContent,
                    _ => availMain.IsMinContent ? AvailableSpace.MinContent : AvailableSpace.MaxContent,
                };
                if (basisStyle.Unit == DimensionUnit.Stretch && availMain.IsDefinite)
                {
                    flexBasis = availMain.AsOptional - child.Margin.MainSum(isRow);
                }
                else
                {
                    flexBasis = _engine.MeasureChildSize(child.Node, childKnown, childParentSize,
                        isRow ? mainConstraint : crossSpace, isRow ? crossSpace : mainConstraint, SizingMode.ContentSize, isRow);
                    basisMeasured = true;
                }
            }

            // In a column the main size is the height: min/max height keywords that measure content resolve
            // now, at the width the base size was measured at.
            if (!isRow) ResolveContentKeywordMinMaxHeights(ref child, childKnown.Width, crossSpace, containerMain, childParentSize);

            // Floor the flex base size by padding + border (what browsers do, although §9.2 says not to).
            float paddingBorderMain = child.Padding.MainSum(isRow) + child.Border.MainSum(isRow);
            child.FlexBasis = MathF.Max(flexBasis, paddingBorderMain);
            child.InnerFlexBasis = child.FlexBasis - paddingBorderMain;

            // 4.5 Automatic Minimum Size of Flex Items: a style min size wins; scroll containers get 0;
            // otherwise the content-based minimum (min-content size, capped by the specified and max sizes).
            child.MinContentKnown = childKnown;
            child.MinContentParentSize = childParentSize;
            child.MinContentCrossSpace = crossSpace;
            float styleMinMain = Opt.Or(child.MinSize.Main(isRow), child.OverflowMinMain(isRow));
            child.HasResolvedMinimum = false;
            if (Opt.IsSome(styleMinMain))
            {
                child.ResolvedMinimumMainSize = styleMinMain;
                child.HasResolvedMinimum = true;
            }
            else if (!ContentMinimumCannotExceedBasis(in child, isRow, basisMeasured))
            {
                EnsureResolvedMinimum(ref child, isRow);
            }

            // A deferred content-based minimum is known not to exceed the flex base size, so it cannot clamp here.
            float hypotheticalMinMain = child.HasResolvedMinimum ? MathF.Max(child.ResolvedMinimumMainSize, paddingBorderMain) : paddingBorderMain;
            float hypotheticalInner = Opt.MaybeClamp(child.FlexBasis, hypotheticalMinMain, child.MaxSize.Main(isRow));
            child.HypotheticalInnerSize.SetMain(isRow, hypotheticalInner);
            child.HypotheticalOuterSize.SetMain(isRow, hypotheticalInner + child.Margin.MainSum(isRow));
        }
    }

    /// <summary>Whether the content-based minimum is bounded by the flex base size, so that measuring it can wait
    /// until shrinking or intrinsic sizing needs it: the minimum is capped by the specified size, which is the
    /// base size for flex-basis auto; and a base size measured from the content (at max-content, fit-content or
    /// min-content) is never below the min-content size.</summary>
    private static bool ContentMinimumCannotExceedBasis(in FlexItem child, bool isRow, bool basisMeasured)
    {
        if (basisMeasured) return true;
        float specified = child.Size.Main(isRow);
        return Opt.IsSome(specified) && child.FlexBasis >= specified;
    }

    /// <summary>Measures the content-based minimum main size (§4.5) if it has not been measured yet.</summary>
    private void EnsureResolvedMinimum(ref FlexItem child, bool isRow)
    {
        if (child.HasResolvedMinimum) return;
        // Percentages in the main axis must not resolve for a min-content contribution, so the parent size
        // stays unknown in the main axis; the cross axis keeps its constraint so text can wrap.
        AvailableSpace crossSpace = child.MinContentCrossSpace;
        float minContentMain = _engine.MeasureChildSize(child.Node, child.MinContentKnown, child.MinContentParentSize,
            isRow ? AvailableSpace.MinContent : crossSpace, isRow ? crossSpace : AvailableSpace.MinContent,
            SizingMode.ContentSize, isRow);
        float clamped = Opt.MaybeMin(Opt.MaybeMin(minContentMain, child.Size.Main(isRow)), child.MaxSize.Main(isRow));
        float paddingBorderMain = child.Padding.MainSum(isRow) + child.Border.MainSum(isRow);
        child.ResolvedMinimumMainSize = MathF.Max(clamped, paddingBorderMain);
        child.HasResolvedMinimum = true;
    }

    /// <summary>9.3 — 5. Collect flex items into flex lines. A single-line container (or one sized under a
    /// max-content constraint) gets one line; under a min-content constraint every item gets its own line;
    /// otherwise items are added while their outer hypothetical main sizes (plus gaps) fit.</summary>
    private static int CollectFlexLines(FlexItem[] items, int count, in FlexConstants c, AvailableSpace availW, AvailableSpace availH, FlexScratch scratch)
    {
        if (scratch.Lines.Length < Math.Max(count, 1))
            scratch.Lines = new FlexLine[Math.Max(count, scratch.Lines.Length * 2)];
        FlexLine[] lines = scratch.Lines;

        AvailableSpace mainSpace = Main(in c, availW, availH);
        if (c.IsWrap && Opt.IsSome(c.MaxSize.Main(c.IsRow)))
        {
            // A max main size bounds the line length, whether or not the available space is definite.
            float limit = Opt.MaybeMin(Opt.Or(mainSpace.AsOptional, c.MaxSize.Main(c.IsRow)), c.MaxSize.Main(c.IsRow));
            mainSpace = AvailableSpace.Definite(Opt.MaybeMax(limit, c.MinSize.Main(c.IsRow)));
        }

        if (!c.IsWrap || mainSpace.IsMaxContent)
        {
            lines[0] = new FlexLine { Start = 0, Count = count };
            return 1;
        }
        if (mainSpace.IsMinContent)
        {
            for (int i = 0; i < count; i++) lines[i] = new FlexLine { Start = i, Count = 1 };
            return count;
        }

        float available = mainSpace.AsOptional;
        float gap = c.MainGap;
        int lineCount = 0;
        int start = 0;
        while (start < count)
        {
            float lineLength = 0f;
            int end = start;
            for (; end < count; end++)
            {
                // Gaps sit only between items, so the first item in a line adds none.
                lineLength += items[end].HypotheticalOuterSize.Main(c.IsRow) + (end == start ? 0f : gap);
                if (lineLength > available && end != start) break;
            }
            lines[lineCount++] = new FlexLine { Start = start, Count = end - start };
            start = end;
        }
        // A multi-line container without items has no lines; a single-line one always has its one line.
        return lineCount;
    }

    /// <summary>Determines the container's main size when it is not definite: under a definite available
    /// space, the longest line (multi-line containers fill the space); under a min/max-content constraint,
    /// the intrinsic main size from the items' content contributions and flex fractions (§9.9.1).</summary>
    private void DetermineContainerMainSize(FlexItem[] items, FlexLine[] lines, int lineCount, ref FlexConstants c, AvailableSpace availW, AvailableSpace availH)
    {
        bool isRow = c.IsRow;
        AvailableSpace availMain = Main(in c, availW, availH);
        float mainInset = c.ContentBoxInset.MainSum(isRow);
        float outerMain;

        if (availMain.IsDefinite || (availMain.IsMinContent && c.IsWrap))
        {
            float longest = 0f;
            for (int l = 0; l < lineCount; l++)
            {
                FlexLine line = lines[l];
                float total = SumAxisGaps(c.MainGap, line.Count);
                for (int i = line.Start; i < line.End; i++)
                {
                    ref FlexItem child = ref items[i];
                    float paddingBorder = (child.Padding + child.Border).MainSum(isRow);
                    total += MathF.Max(Opt.MaybeMax(child.FlexBasis, child.MinSize.Main(isRow)) + child.Margin.MainSum(isRow), paddingBorder);
                }
                if (l == 0 || total > longest) longest = total;
            }
            outerMain = longest + mainInset;
            if (availMain.IsDefinite && lineCount > 1) outerMain = MathF.Max(outerMain, availMain.AsOptional);
        }
        else
        {
            outerMain = IntrinsicMainSize(items, lines, lineCount, in c, availW, availH) + mainInset;
        }

        outerMain = MathF.Max(Opt.MaybeClamp(outerMain, c.MinSize.Main(isRow), c.MaxSize.Main(isRow)),
            mainInset - c.ScrollbarGutter.Main(isRow));
        float innerMain = MathF.Max(outerMain - mainInset, 0f);
        c.ContainerSize.SetMain(isRow, outerMain);
        c.InnerContainerSize.SetMain(isRow, innerMain);
        c.NodeInnerSize.SetMain(isRow, innerMain);
    }

    /// <summary>9.9.1 Flex Container Intrinsic Main Sizes: each item's content contribution becomes a flex
    /// fraction relative to its base size; the container's size is the largest line sum of base size plus
    /// fraction × factor. (Like browsers, fractions are not unified per line.)</summary>
    private float IntrinsicMainSize(FlexItem[] items, FlexLine[] lines, int lineCount, in FlexConstants c, AvailableSpace availW, AvailableSpace availH)
    {
        bool isRow = c.IsRow;
        float mainSize = 0f;
        for (int l = 0; l < lineCount; l++)
        {
            FlexLine line = lines[l];
            for (int i = line.Start; i < line.End; i++)
            {
                ref FlexItem item = ref items[i];
                EnsureResolvedMinimum(ref item, isRow);
                float styleMin = item.MinSize.Main(isRow);
                float stylePreferred = item.Size.Main(isRow);
                float styleMax = item.MaxSize.Main(isRow);
                float marginMain = item.Margin.MainSum(isRow);

                // Browsers let a flex-basis (or preferred size) act as a floor for non-shrinkable items and a
                // ceiling for non-growable ones (csswg-drafts#1435).
                float clampingBasis = Opt.MaybeMax(item.FlexBasis, stylePreferred);
                float basisMin = item.FlexShrink == 0f ? clampingBasis : float.NaN;
                float basisMax = item.FlexGrow == 0f ? clampingBasis : float.NaN;
                float minMain = MathF.Max(Opt.Or(Opt.Or(Opt.MaybeMax(styleMin, basisMin), basisMin), item.ResolvedMinimumMainSize), item.ResolvedMinimumMainSize);
                float maxMain = Opt.Or(Opt.Or(Opt.MaybeMin(styleMax, basisMax), basisMax), float.PositiveInfinity);

                float contribution;
                if (Opt.IsSome(stylePreferred) && (maxMain <= minMain || maxMain <= stylePreferred))
                {
                    contribution = MathF.Max(MathF.Min(stylePreferred, maxMain), minMain) + marginMain;
                }
                else if (maxMain <= minMain)
                {
                    contribution = minMain + marginMain;
                }
                else if (item.IsScrollContainer)
                {
                    contribution = item.FlexBasis + marginMain;
                }
                else
                {
                    float crossParent = c.NodeInnerSize.Cross(isRow);
                    float crossMarginSum = c.Margin.CrossSum(isRow);
                    float minCross = Opt.MaybeAdd(item.MinSize.Cross(isRow), crossMarginSum);
                    float maxCross = Opt.MaybeAdd(item.MaxSize.Cross(isRow), crossMarginSum);
                    AvailableSpace availCross = Cross(in c, availW, availH);
                    if (availCross.IsDefinite) availCross = AvailableSpace.Definite(Opt.Or(crossParent, availCross.AsOptional));
                    availCross = availCross.MaybeClamp(minCross, maxCross);

                    Size2 known = item.Size.WithMain(isRow, float.NaN);
                    if (item.AlignSelf == ItemAlignment.Stretch && float.IsNaN(known.Cross(isRow)))
                        known.SetCross(isRow, Opt.MaybeSub(availCross.AsOptional, item.Margin.CrossSum(isRow)));

                    AvailableSpace availMain = Main(in c, availW, availH);
                    float contentMain = _engine.MeasureChildSize(item.Node, known, c.NodeInnerSize,
                        isRow ? availMain : availCross, isRow ? availCross : availMain, SizingMode.InherentSize, isRow) + marginMain;

                    // Rows let the content size shrink below the flex basis; columns (block axis) do not.
                    // This asymmetry matches Chrome and Firefox.
                    // The contribution is floored by the item's own padding and border.
                    float itemPaddingBorder = (item.Padding + item.Border).MainSum(isRow);
                    contribution = isRow
                        ? MathF.Max(Opt.MaybeClamp(contentMain, styleMin, styleMax), itemPaddingBorder)
                        : MathF.Max(Opt.MaybeClamp(MathF.Max(contentMain, item.FlexBasis), styleMin, styleMax), itemPaddingBorder);
                }

                float diff = contribution - item.FlexBasis;
                item.ContentFlexFraction = diff > 0f ? diff / MathF.Max(1f, item.FlexGrow)
                    : diff < 0f ? diff / MathF.Max(1f, item.FlexShrink * item.InnerFlexBasis)
                    : 0f;
            }

            float sum = SumAxisGaps(c.MainGap, line.Count);
            for (int i = line.Start; i < line.End; i++)
            {
                ref FlexItem item = ref items[i];
                float fraction = item.ContentFlexFraction;
                float flexContribution = fraction > 0f ? MathF.Max(1f, item.FlexGrow) * fraction
                    : fraction < 0f ? MathF.Max(1f, item.FlexShrink) * item.InnerFlexBasis * fraction
                    : 0f;
                float size = item.FlexBasis + flexContribution;
                item.OuterTargetSize.SetMain(isRow, size);
                item.TargetSize.SetMain(isRow, size);
                sum += size;
            }
            mainSize = MathF.Max(mainSize, sum);
        }
        return mainSize;
    }

    /// <summary>9.7 Resolving Flexible Lengths, for one line: freeze inflexible items, then loop — distribute
    /// the remaining free space by grow factors (or scaled shrink factors), clamp by min/max, and freeze the
    /// items whose clamping direction matches the total violation — until every item is frozen.</summary>
    private void ResolveFlexibleLengths(FlexItem[] items, FlexLine line, in FlexConstants c)
    {
        bool isRow = c.IsRow;
        float totalGap = SumAxisGaps(c.MainGap, line.Count);
        float innerMain = c.NodeInnerSize.Main(isRow);

        // 1. Determine the used flex factor from the sum of the outer hypothetical main sizes.
        float hypotheticalSum = totalGap;
        for (int i = line.Start; i < line.End; i++) hypotheticalSum += items[i].HypotheticalOuterSize.Main(isRow);
        float containerMain = Opt.Or(innerMain, 0f);
        bool growing = hypotheticalSum < containerMain;
        bool shrinking = hypotheticalSum > containerMain;
        bool exactlySized = !growing && !shrinking;

        // 2. Size inflexible items: zero factors, or a base size on the wrong side of the hypothetical size.
        for (int i = line.Start; i < line.End; i++)
        {
            ref FlexItem child = ref items[i];
            float hypotheticalInner = child.HypotheticalInnerSize.Main(isRow);
            child.TargetSize.SetMain(isRow, hypotheticalInner);
            child.Frozen = false;
            if (exactlySized
                || (child.FlexGrow == 0f && child.FlexShrink == 0f)
                || (growing && child.FlexBasis > hypotheticalInner)
                || (shrinking && child.FlexBasis < hypotheticalInner))
            {
                child.Frozen = true;
                child.OuterTargetSize.SetMain(isRow, hypotheticalInner + child.Margin.MainSum(isRow));
            }
        }
        if (exactlySized) return;

        // Shrinking can push an item down to its minimum, so deferred content-based minimums are needed now.
        // (Growing never goes below the flex base size, which bounds a deferred minimum.)
        if (shrinking)
        {
            for (int i = line.Start; i < line.End; i++)
                if (!items[i].Frozen) EnsureResolvedMinimum(ref items[i], isRow);
        }

        // 3. Calculate initial free space.
        float initialFreeSpace = Opt.Or(Opt.MaybeSub(innerMain, UsedSpace(items, line, isRow, totalGap)), 0f);

        // 4. Loop.
        while (true)
        {
            // a. Check for flexible items.
            bool anyUnfrozen = false;
            float sumGrow = 0f, sumShrink = 0f;
            for (int i = line.Start; i < line.End; i++)
            {
                if (items[i].Frozen) continue;
                anyUnfrozen = true;
                sumGrow += items[i].FlexGrow;
                sumShrink += items[i].FlexShrink;
            }
            if (!anyUnfrozen) break;

            // b. Calculate the remaining free space; with factors summing below 1 only that share of the
            //    initial free space is distributed.
            float usedSpace = UsedSpace(items, line, isRow, totalGap);
            float remaining = Opt.MaybeSub(innerMain, usedSpace);
            float freeSpace;
            if (growing && sumGrow < 1f)
                freeSpace = Opt.MaybeMin(initialFreeSpace * sumGrow - totalGap, remaining);
            else if (shrinking && sumShrink < 1f)
                freeSpace = Opt.MaybeMax(initialFreeSpace * sumShrink - totalGap, remaining);
            else
                freeSpace = Opt.Or(remaining, hypotheticalSum - usedSpace);

            // c. Distribute free space proportional to the flex factors.
            if (float.IsNormal(freeSpace))
            {
                if (growing && sumGrow > 0f)
                {
                    for (int i = line.Start; i < line.End; i++)
                    {
                        ref FlexItem child = ref items[i];
                        if (!child.Frozen) child.TargetSize.SetMain(isRow, child.FlexBasis + freeSpace * (child.FlexGrow / sumGrow));
                    }
                }
                else if (shrinking && sumShrink > 0f)
                {
                    float sumScaled = 0f;
                    for (int i = line.Start; i < line.End; i++)
                        if (!items[i].Frozen) sumScaled += items[i].InnerFlexBasis * items[i].FlexShrink;
                    if (sumScaled > 0f)
                    {
                        for (int i = line.Start; i < line.End; i++)
                        {
                            ref FlexItem child = ref items[i];
                            if (child.Frozen) continue;
                            float scaled = child.InnerFlexBasis * child.FlexShrink;
                            child.TargetSize.SetMain(isRow, child.FlexBasis + freeSpace * (scaled / sumScaled));
                        }
                    }
                }
            }

            // d. Fix min/max violations (and floor the content box at zero).
            float totalViolation = 0f;
            for (int i = line.Start; i < line.End; i++)
            {
                ref FlexItem child = ref items[i];
                if (child.Frozen) continue;
                float target = child.TargetSize.Main(isRow);
                // A minimum that is still deferred is bounded by the base size, so it cannot clamp a growing item.
                float min = child.HasResolvedMinimum ? child.ResolvedMinimumMainSize : float.NaN;
                float clamped = MathF.Max(Opt.MaybeClamp(target, min, child.MaxSize.Main(isRow)), 0f);
                child.Violation = clamped - target;
                child.TargetSize.SetMain(isRow, clamped);
                child.OuterTargetSize.SetMain(isRow, clamped + child.Margin.MainSum(isRow));
                totalViolation += child.Violation;
            }

            // e. Freeze over-flexed items.
            for (int i = line.Start; i < line.End; i++)
            {
                ref FlexItem child = ref items[i];
                if (child.Frozen) continue;
                child.Frozen = totalViolation > 0f ? child.Violation > 0f
                    : totalViolation < 0f ? child.Violation < 0f
                    : true;
            }
            // f. Return to the start of this loop.
        }
    }

    /// <summary>Outer sizes on the line: target sizes for frozen items, flex base sizes for the others.</summary>
    private static float UsedSpace(FlexItem[] items, FlexLine line, bool isRow, float totalGap)
    {
        float used = totalGap;
        for (int i = line.Start; i < line.End; i++)
        {
            ref FlexItem child = ref items[i];
            used += child.Frozen ? child.OuterTargetSize.Main(isRow) : child.FlexBasis + child.Margin.MainSum(isRow);
        }
        return used;
    }
}

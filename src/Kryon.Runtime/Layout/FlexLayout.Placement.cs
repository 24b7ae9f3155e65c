namespace Kryon.Runtime.Layout;

internal sealed partial class FlexLayout
{
    /// <summary>Lays out every in-flow item at its final size and stores its position: lines stack along the
    /// cross axis (from the far side for wrap-reverse), items along the main axis. Right-to-left is handled
    /// by mirroring: the horizontal offset is computed from the right edge (with right-side margins and
    /// insets as the start) and flipped, using the item's final width, so RTL is exactly the mirror of LTR.</summary>
    private void FinalLayoutPass(FlexItem[] items, FlexLine[] lines, int lineCount, in FlexConstants c)
    {
        bool mirrorCross = !c.IsRow && c.LayoutDirection == Direction.Rtl;
        float totalOffsetCross = mirrorCross ? c.ContentBoxInset.Right : c.ContentBoxInset.CrossStart(c.IsRow);

        for (int k = 0; k < lineCount; k++)
        {
            int l = c.IsWrapReverse ? lineCount - 1 - k : k;
            FlexLine line = lines[l];
            float totalOffsetMain = c.LayoutDirection == Direction.Rtl && c.IsRow ? c.ContentBoxInset.Right : c.ContentBoxInset.MainStart(c.IsRow);
            for (int j = 0; j < line.Count; j++)
            {
                int i = c.IsReverse ? line.End - 1 - j : line.Start + j;
                CalculateFlexItem(ref items[i], ref totalOffsetMain, totalOffsetCross + line.OffsetCross, in c);
            }
            totalOffsetCross += line.OffsetCross + line.CrossSize;
        }
    }

    private void CalculateFlexItem(ref FlexItem item, ref float totalOffsetMain, float lineOffsetCross, in FlexConstants c)
    {
        bool isRow = c.IsRow;
        bool isRtl = c.LayoutDirection == Direction.Rtl;
        LayoutOutput output = _engine.PerformChildLayout(item.Node, item.TargetSize, c.NodeInnerSize,
            AvailableSpace.Definite(c.ContainerSize.Width), AvailableSpace.Definite(c.ContainerSize.Height), SizingMode.ContentSize);
        Size2 size = output.Size;

        // Relative offsets: the start inset wins; an end inset moves the other way. In the mirrored
        // (right-to-left) horizontal axis the right side is the start.
        bool mirrorMain = isRow && isRtl, mirrorCross = !isRow && isRtl;
        float mainStartMargin = mirrorMain ? item.Margin.Right : item.Margin.MainStart(isRow);
        float mainInset = mirrorMain
            ? Opt.Or(Opt.Or(item.Inset.Right, -item.Inset.Left), 0f)
            : Opt.Or(Opt.Or(item.Inset.MainStart(isRow), -item.Inset.MainEnd(isRow)), 0f);
        float crossStartMargin = mirrorCross ? item.Margin.Right : item.Margin.CrossStart(isRow);
        float crossInset = mirrorCross
            ? Opt.Or(Opt.Or(item.Inset.Right, -item.Inset.Left), 0f)
            : Opt.Or(Opt.Or(item.Inset.CrossStart(isRow), -item.Inset.CrossEnd(isRow)), 0f);

        float offsetMain = totalOffsetMain + item.OffsetMain + mainStartMargin + mainInset;
        float offsetCross = lineOffsetCross + item.OffsetCross + crossStartMargin + crossInset;

        float innerBaseline = Opt.Or(output.FirstBaseline, size.Height);
        item.Baseline = isRow
            ? lineOffsetCross + item.OffsetCross + item.Margin.Top + innerBaseline
            : totalOffsetMain + item.OffsetMain + item.Margin.Top + innerBaseline;

        float x, y;
        if (isRow)
        {
            x = mirrorMain ? c.ContainerSize.Width - offsetMain - size.Width : offsetMain;
            y = offsetCross;
        }
        else
        {
            x = mirrorCross ? c.ContainerSize.Width - offsetCross - size.Width : offsetCross;
            y = offsetMain;
        }
        item.Node.SetUnrounded(new LayoutBox(x, y, size.Width, size.Height));

        totalOffsetMain += item.OffsetMain + item.Margin.MainSum(isRow) + size.Main(isRow);
    }

    /// <summary>Absolutely positioned children (§4.1): sized from their styles and insets against the
    /// container's padding box, placed by their insets, or — with auto insets — at their static position
    /// given by justify-content / align-self.</summary>
    private void PerformAbsoluteLayoutOnAbsoluteChildren(LayoutNode node, in FlexConstants c)
    {
        List<LayoutNode> children = node.ChildList;
        Size2 container = c.ContainerSize;
        // Insets and percentages resolve against the padding box (inside the border and scrollbar gutters).
        Size2 insetBasis = new(container.Width - c.Border.Horizontal - c.ScrollbarGutter.Width,
            container.Height - c.Border.Vertical - c.ScrollbarGutter.Height);
        bool isRtl = c.LayoutDirection == Direction.Rtl;

        for (int index = 0; index < children.Count; index++)
        {
            LayoutNode child = children[index];
            LayoutStyle cs = child.Style;
            if (cs.Display == Display.None || cs.Position != PositionType.Absolute) continue;

            float aspectRatio = cs.AspectRatio;
            ItemAlignment alignSelf = cs.AlignSelf == ItemAlignment.Auto ? c.AlignItems : NormalizeItemAlignment(cs.AlignSelf);
            StyleEdges marginStyle = cs.Margin;
            Edges margin = new(marginStyle.Left.Resolve(insetBasis.Width), marginStyle.Right.Resolve(insetBasis.Width),
                marginStyle.Top.Resolve(insetBasis.Width), marginStyle.Bottom.Resolve(insetBasis.Width)); // NaN = auto
            Edges padding = cs.Padding.ResolveOrZero(insetBasis.Width);
            Edges border = cs.Border.ResolveOrZero(insetBasis.Width);
            Size2 paddingBorder = (padding + border).Sums;
            Size2 adjustment = cs.BoxSizingAdjustment(padding, border);

            float left = cs.Inset.Left.Resolve(insetBasis.Width);
            float right = cs.Inset.Right.Resolve(insetBasis.Width);
            float top = cs.Inset.Top.Resolve(insetBasis.Height);
            float bottom = cs.Inset.Bottom.Resolve(insetBasis.Height);

            // Stretch keywords fill the padding box minus margins and insets.
            float outerSpacingH = Opt.Or(margin.Left, 0f) + Opt.Or(margin.Right, 0f) + Opt.Or(left, 0f) + Opt.Or(right, 0f);
            float outerSpacingV = Opt.Or(margin.Top, 0f) + Opt.Or(margin.Bottom, 0f) + Opt.Or(top, 0f) + Opt.Or(bottom, 0f);
            Size2 styleSize = cs.ResolveSize(insetBasis).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment);
            if (cs.Width.IsIntrinsicKeyword)
                styleSize.Width = ResolveSizingKeyword(child, cs.Width, true, insetBasis.Width, outerSpacingH, styleSize.Height,
                    AvailableSpace.MaxContent, c.NodeInnerSize);
            if (cs.Height.IsIntrinsicKeyword)
                styleSize.Height = ResolveSizingKeyword(child, cs.Height, false, insetBasis.Height, outerSpacingV, styleSize.Width,
                    AvailableSpace.MaxContent, c.NodeInnerSize);
            Size2 minSize = cs.ResolveMinSize(insetBasis).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment);
            Size2 maxSize = cs.ResolveMaxSize(insetBasis).MaybeApplyAspectRatio(aspectRatio).MaybeAdd(adjustment);
            // Keyword min/max widths first; heights are measured once the width is as known as it gets (below).
            ResolveMinMaxKeywords(child, true, MinMaxKeywordKinds.All, insetBasis.Width, outerSpacingH, styleSize.Height,
                AvailableSpace.MaxContent, c.NodeInnerSize, ref minSize, ref maxSize);
            ResolveMinMaxKeywords(child, false, MinMaxKeywordKinds.Stretch, insetBasis.Height, outerSpacingV, float.NaN,
                AvailableSpace.MaxContent, c.NodeInnerSize, ref minSize, ref maxSize);
            // An absolutely positioned box's automatic minimum is zero; the border box never gets below padding + border.
            minSize = minSize.Or(paddingBorder).MaybeMax(paddingBorder);
            Size2 known = styleSize.MaybeClamp(minSize, maxSize);

            // Both horizontal insets set and no width: the width fills the space between them.
            if (float.IsNaN(known.Width) && Opt.IsSome(left) && Opt.IsSome(right))
            {
                float width = Opt.MaybeSub(Opt.MaybeSub(insetBasis.Width, margin.Left), margin.Right) - left - right;
                known.Width = MathF.Max(width, 0f);
                known = known.MaybeApplyAspectRatio(aspectRatio).MaybeClamp(minSize, maxSize);
            }

            // Keyword min/max heights that measure content: at the known width, else in the width the box can take.
            AvailableSpace availW = AvailableSpace.Definite(Opt.MaybeClamp(container.Width, minSize.Width, maxSize.Width));
            if (MeasuresContent(cs.MinHeight) || MeasuresContent(cs.MaxHeight))
            {
                ResolveMinMaxKeywords(child, false, MinMaxKeywordKinds.ContentMeasured, insetBasis.Height, outerSpacingV, known.Width,
                    availW, c.NodeInnerSize, ref minSize, ref maxSize);
                minSize = minSize.MaybeMax(paddingBorder);
                known.Height = Opt.MaybeClamp(known.Height, minSize.Height, maxSize.Height);
            }

            if (float.IsNaN(known.Height) && Opt.IsSome(top) && Opt.IsSome(bottom))
            {
                float height = Opt.MaybeSub(Opt.MaybeSub(insetBasis.Height, margin.Top), margin.Bottom) - top - bottom;
                known.Height = MathF.Max(height, 0f);
                known = known.MaybeApplyAspectRatio(aspectRatio).MaybeClamp(minSize, maxSize);
            }

            AvailableSpace availH = AvailableSpace.Definite(Opt.MaybeClamp(container.Height, minSize.Height, maxSize.Height));
            Size2 finalSize = known;
            if (float.IsNaN(known.Width) || float.IsNaN(known.Height))
            {
                LayoutOutput measured = _engine.ComputeChild(child, known, c.NodeInnerSize, availW, availH, SizingMode.InherentSize, RunMode.ComputeSize);
                finalSize = known.Or(measured.Size);
            }
            finalSize = finalSize.MaybeClamp(minSize, maxSize);
            _engine.PerformChildLayout(child, finalSize, c.NodeInnerSize, availW, availH, SizingMode.InherentSize);

            // Auto margins share whatever space is left in each axis.
            float freeW = MathF.Max(container.Width - finalSize.Width - Opt.Or(margin.Left, 0f) - Opt.Or(margin.Right, 0f), 0f);
            float freeH = MathF.Max(container.Height - finalSize.Height - Opt.Or(margin.Top, 0f) - Opt.Or(margin.Bottom, 0f), 0f);
            int autoW = (float.IsNaN(margin.Left) ? 1 : 0) + (float.IsNaN(margin.Right) ? 1 : 0);
            int autoH = (float.IsNaN(margin.Top) ? 1 : 0) + (float.IsNaN(margin.Bottom) ? 1 : 0);
            // Auto margins only absorb space between two specified insets; at the static position they are 0.
            float autoMarginW = autoW > 0 && Opt.IsSome(left) && Opt.IsSome(right) ? freeW / autoW : 0f;
            float autoMarginH = autoH > 0 && Opt.IsSome(top) && Opt.IsSome(bottom) ? freeH / autoH : 0f;
            Edges resolvedMargin = new(Opt.Or(margin.Left, autoMarginW), Opt.Or(margin.Right, autoMarginW),
                Opt.Or(margin.Top, autoMarginH), Opt.Or(margin.Bottom, autoMarginH));

            StaticAlignment mainAlign = MainStaticAlignment(in c);
            StaticAlignment crossAlign = CrossStaticAlignment(alignSelf, cs.Direction, in c);
            bool safeAlign = cs.AlignSelf == ItemAlignment.Auto ? c.AlignItemsSafe : cs.AlignSelfSafe;
            float crossFree = (c.IsRow ? container.Height - c.ContentBoxInset.Vertical - finalSize.Height - resolvedMargin.Vertical
                : container.Width - c.ContentBoxInset.Horizontal - finalSize.Width - resolvedMargin.Horizontal);
            if (safeAlign && crossFree < 0f) crossAlign = StaticAlignment.Start;
            StaticAlignment horizontalAlign = c.IsRow ? mainAlign : crossAlign;
            StaticAlignment verticalAlign = c.IsRow ? crossAlign : mainAlign;

            float x = isRtl
                // Right-to-left: compute the mirrored offset from the right edge, with right insets winning.
                ? container.Width - finalSize.Width - AbsoluteOffset(right, left, container.Width, c.Border.Right, c.Border.Left,
                    c.ScrollbarGutter.Width, c.ContentBoxInset.Right, c.ContentBoxInset.Left, finalSize.Width,
                    resolvedMargin.Right, resolvedMargin.Left, horizontalAlign)
                : AbsoluteOffset(left, right, container.Width, c.Border.Left, c.Border.Right, c.ScrollbarGutter.Width,
                    c.ContentBoxInset.Left, c.ContentBoxInset.Right, finalSize.Width, resolvedMargin.Left, resolvedMargin.Right, horizontalAlign);
            float y = AbsoluteOffset(top, bottom, container.Height, c.Border.Top, c.Border.Bottom, c.ScrollbarGutter.Height,
                c.ContentBoxInset.Top, c.ContentBoxInset.Bottom, finalSize.Height, resolvedMargin.Top, resolvedMargin.Bottom, verticalAlign);

            child.SetUnrounded(new LayoutBox(x, y, finalSize.Width, finalSize.Height));
        }
    }

    private enum StaticAlignment : byte { Start, End, Center }

    /// <summary>The static position along the main axis comes from justify-content.</summary>
    private static StaticAlignment MainStaticAlignment(in FlexConstants c)
    {
        ContentAlignment justify = c.JustifyContent == ContentAlignment.Normal ? ContentAlignment.FlexStart : c.JustifyContent;
        return justify switch
        {
            ContentAlignment.End => StaticAlignment.End,
            // Flex-relative keywords follow the main axis direction (space-between falls back to flex-start).
            ContentAlignment.FlexStart or ContentAlignment.Stretch or ContentAlignment.SpaceBetween =>
                c.IsReverse ? StaticAlignment.End : StaticAlignment.Start,
            ContentAlignment.FlexEnd => c.IsReverse ? StaticAlignment.Start : StaticAlignment.End,
            ContentAlignment.Center or ContentAlignment.SpaceAround or ContentAlignment.SpaceEvenly => StaticAlignment.Center,
            _ => StaticAlignment.Start,
        };
    }

    /// <summary>The static position along the cross axis comes from align-self (stretch does not apply to
    /// absolutely positioned boxes; it behaves as flex-start).</summary>
    /// The box's own direction decides self-start/self-end when the cross axis is horizontal (columns).
    private static StaticAlignment CrossStaticAlignment(ItemAlignment alignSelf, Direction itemDirection, in FlexConstants c)
    {
        bool selfReversed = !c.IsRow && itemDirection != c.LayoutDirection;
        return alignSelf switch
        {
            ItemAlignment.Start or ItemAlignment.Baseline => StaticAlignment.Start,
            ItemAlignment.End => StaticAlignment.End,
            ItemAlignment.SelfStart => selfReversed ? StaticAlignment.End : StaticAlignment.Start,
            ItemAlignment.SelfEnd => selfReversed ? StaticAlignment.Start : StaticAlignment.End,
            ItemAlignment.Center => StaticAlignment.Center,
            ItemAlignment.FlexEnd => c.IsWrapReverse ? StaticAlignment.Start : StaticAlignment.End,
            _ => c.IsWrapReverse ? StaticAlignment.End : StaticAlignment.Start, // flex-start, stretch
        };
    }

    /// <summary>The offset of an absolutely positioned box from the container's start edge in one axis:
    /// from the start inset, else from the end inset, else its static position.</summary>
    private static float AbsoluteOffset(float startInset, float endInset, float containerSize, float borderStart, float borderEnd,
        float gutter, float contentInsetStart, float contentInsetEnd, float size, float marginStart, float marginEnd, StaticAlignment align)
    {
        if (Opt.IsSome(startInset)) return startInset + borderStart + marginStart;
        if (Opt.IsSome(endInset)) return containerSize - borderEnd - gutter - size - endInset - marginEnd;
        return align switch
        {
            StaticAlignment.Start => contentInsetStart + marginStart,
            StaticAlignment.End => containerSize - contentInsetEnd - size - marginEnd,
            _ => (containerSize + contentInsetStart - contentInsetEnd - size + marginStart - marginEnd) / 2f,
        };
    }
}

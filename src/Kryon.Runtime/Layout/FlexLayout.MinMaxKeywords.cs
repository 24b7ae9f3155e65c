namespace Kryon.Runtime.Layout;

internal sealed partial class FlexLayout
{
    // Sizing keywords on min-width, min-height, max-width and max-height (CSS Sizing §3.2).
    //
    // A keyword min/max size is the border box of the box's corresponding size: min-content / max-content its
    // intrinsic size, fit-content clamp(min-content, stretch-fit, max-content), stretch the containing size
    // minus margins (see ResolveSizingKeyword). Where a keyword cannot resolve (stretch against an indefinite
    // containing size) the property keeps its initial value: min-* auto — so §4.5's automatic minimum applies —
    // and max-* none. A keyword that resolves is an explicit minimum, which replaces the automatic minimum size
    // of §4.5 just as a length does.
    //
    // Widths never depend on the height, so width keywords resolve when the flex item is generated. A height
    // depends on the width its content is laid out at, so height keywords that measure content resolve once
    // that width is known: in a column (height = main axis) where the flex base size is measured (9.2 step 3,
    // at the same stretched or available width), in a row (height = cross axis) when the hypothetical cross
    // size is determined (9.4 step 7, at the used main size). Height stretch needs no width and resolves early.
    // So in a row, the cross space offered while measuring flex base sizes and intrinsic main sizes (steps 3
    // and 4) is not yet clamped by a content-measured min/max height; only the main size is measured there.
    //
    // The box itself then skips its own clamping in such an axis (LayoutStyle.SkipAxesWithKeywordBounds): the
    // size it is handed already obeys both bounds.

    /// <summary>Which of the keywords on one axis's min/max sizes a call resolves.</summary>
    private enum MinMaxKeywordKinds : byte
    {
        /// <summary>min-content, max-content, fit-content and stretch.</summary>
        All,
        /// <summary>Only stretch, which needs no measuring.</summary>
        Stretch,
        /// <summary>Only min-content, max-content and fit-content, which measure the content.</summary>
        ContentMeasured,
    }

    /// <summary>9.1 — 1. The keyword min/max sizes that can be resolved while the flex item is generated: both
    /// width keywords and a height stretch.</summary>
    private void ResolveKeywordMinMaxSizesOfNewItem(ref FlexItem item, Size2 innerSize)
    {
        ResolveMinMaxKeywords(item.Node, true, MinMaxKeywordKinds.All, innerSize.Width, item.Margin.Horizontal,
            item.Size.Height, AvailableSpace.MaxContent, innerSize, ref item.MinSize, ref item.MaxSize);
        ResolveMinMaxKeywords(item.Node, false, MinMaxKeywordKinds.Stretch, innerSize.Height, item.Margin.Vertical,
            float.NaN, AvailableSpace.MaxContent, innerSize, ref item.MinSize, ref item.MaxSize);
    }

    /// <summary>Resolves the item's min-height / max-height given as min-content, max-content or fit-content,
    /// measuring its content at <paramref name="knownWidth"/> (or, when that is not known, in
    /// <paramref name="widthSpace"/>).</summary>
    private void ResolveContentKeywordMinMaxHeights(ref FlexItem item, float knownWidth, AvailableSpace widthSpace,
        float containingHeight, Size2 parentSize)
    {
        ResolveMinMaxKeywords(item.Node, false, MinMaxKeywordKinds.ContentMeasured, containingHeight, item.Margin.Vertical,
            knownWidth, widthSpace, parentSize, ref item.MinSize, ref item.MaxSize);
    }

    /// <summary>Replaces the min and max size of one axis with their resolved keywords, for the keywords of the
    /// selected kinds. Unresolvable keywords and other values leave the sizes as they are (auto / none, or
    /// what the style's lengths gave).</summary>
    private void ResolveMinMaxKeywords(LayoutNode node, bool widthAxis, MinMaxKeywordKinds kinds, float containingSize,
        float outerSpacing, float otherAxisKnown, AvailableSpace otherAxisSpace, Size2 parentSize, ref Size2 minSize, ref Size2 maxSize)
    {
        LayoutStyle style = node.Style;
        Dimension min = widthAxis ? style.MinWidth : style.MinHeight;
        Dimension max = widthAxis ? style.MaxWidth : style.MaxHeight;
        if (IsOfKind(min, kinds))
        {
            float resolved = ResolveSizingKeyword(node, min, widthAxis, containingSize, outerSpacing, otherAxisKnown, otherAxisSpace, parentSize);
            if (Opt.IsSome(resolved)) SetAxis(ref minSize, widthAxis, resolved);
        }
        if (IsOfKind(max, kinds))
        {
            float resolved = ResolveSizingKeyword(node, max, widthAxis, containingSize, outerSpacing, otherAxisKnown, otherAxisSpace, parentSize);
            if (Opt.IsSome(resolved)) SetAxis(ref maxSize, widthAxis, resolved);
        }
    }

    /// <summary>min-content, max-content and fit-content are measured from the content; stretch is not.</summary>
    private static bool MeasuresContent(Dimension size) => IsOfKind(size, MinMaxKeywordKinds.ContentMeasured);

    private static bool IsOfKind(Dimension size, MinMaxKeywordKinds kinds) => size.IsIntrinsicKeyword && kinds switch
    {
        MinMaxKeywordKinds.Stretch => size.Unit == DimensionUnit.Stretch,
        MinMaxKeywordKinds.ContentMeasured => size.Unit != DimensionUnit.Stretch,
        _ => true,
    };

    private static void SetAxis(ref Size2 size, bool widthAxis, float value)
    {
        if (widthAxis) size.Width = value; else size.Height = value;
    }
}

namespace Kryon.Runtime.Layout;

internal sealed partial class FlexLayout
{
    /// <summary>The root's sizes given by sizing keywords on width, height and their min/max properties
    /// (CSS Sizing §3.2), resolved against the viewport, which is the root's containing block: the border-box
    /// width and height to lay the root out at, NaN where the layout algorithm decides. The width comes first
    /// (a preferred-size keyword, else the width the root takes, which min/max keywords clamp), then the
    /// height, measured at that width. Without keywords (the usual case) nothing is measured.</summary>
    internal Size2 ResolveRootSizingKeywords(LayoutNode root, AvailableSpace availW, AvailableSpace availH)
    {
        LayoutStyle style = root.Style;
        bool widthKeywords = style.Width.IsIntrinsicKeyword || style.MinWidth.IsIntrinsicKeyword || style.MaxWidth.IsIntrinsicKeyword;
        bool heightKeywords = style.Height.IsIntrinsicKeyword || style.MinHeight.IsIntrinsicKeyword || style.MaxHeight.IsIntrinsicKeyword;
        if ((!widthKeywords && !heightKeywords) || style.Display == Display.None) return Size2.None;

        Size2 viewport = new(availW.AsOptional, availH.AsOptional);
        Edges margin = style.Margin.ResolveOrZero(viewport.Width);
        Edges padding = style.Padding.ResolveOrZero(viewport.Width);
        Edges border = style.Border.ResolveOrZero(viewport.Width);
        Size2 paddingBorder = (padding + border).Sums;
        Size2 adjustment = style.BoxSizingAdjustment(padding, border);
        Size2 minSize = style.ResolveMinSize(viewport).MaybeApplyAspectRatio(style.AspectRatio).MaybeAdd(adjustment);
        Size2 maxSize = style.ResolveMaxSize(viewport).MaybeApplyAspectRatio(style.AspectRatio).MaybeAdd(adjustment);

        float width = float.NaN;
        if (style.Width.IsIntrinsicKeyword)
            width = ResolveSizingKeyword(root, style.Width, true, viewport.Width, margin.Horizontal, float.NaN, AvailableSpace.MaxContent, viewport);
        if (widthKeywords)
            ResolveMinMaxKeywords(root, true, MinMaxKeywordKinds.All, viewport.Width, margin.Horizontal, float.NaN,
                AvailableSpace.MaxContent, viewport, ref minSize, ref maxSize);
        // A keyword min/max width clamps the width the root would take; height keywords measure at that width.
        if (float.IsNaN(width) && (style.MinWidth.IsIntrinsicKeyword || style.MaxWidth.IsIntrinsicKeyword || heightKeywords))
            width = _engine.MeasureChildSize(root, Size2.None, viewport, availW, availH, SizingMode.InherentSize, true);
        if (widthKeywords) width = Opt.MaybeMax(Opt.MaybeClamp(width, minSize.Width, maxSize.Width), paddingBorder.Width);

        float height = float.NaN;
        if (heightKeywords)
        {
            if (style.Height.IsIntrinsicKeyword)
                height = ResolveSizingKeyword(root, style.Height, false, viewport.Height, margin.Vertical, width, availW, viewport);
            ResolveMinMaxKeywords(root, false, MinMaxKeywordKinds.All, viewport.Height, margin.Vertical, width,
                availW, viewport, ref minSize, ref maxSize);
            if (float.IsNaN(height) && (style.MinHeight.IsIntrinsicKeyword || style.MaxHeight.IsIntrinsicKeyword))
                height = _engine.MeasureChildSize(root, new Size2(width, float.NaN), viewport, availW, availH, SizingMode.InherentSize, false);
            height = Opt.MaybeMax(Opt.MaybeClamp(height, minSize.Height, maxSize.Height), paddingBorder.Height);
        }
        return new Size2(width, height);
    }
}

namespace Kryon.Runtime.Layout;

internal sealed partial class FlexLayout
{
    /// <summary>Resolves a width or height given as a sizing keyword (CSS Sizing §3) to a border-box size:
    /// min-content / max-content are the node's intrinsic sizes, fit-content clamps the space it can fill between
    /// them, stretch fills the containing size minus margins (and insets). NaN when the keyword cannot resolve
    /// (stretch or fit-content against an indefinite size behave as auto).</summary>
    private float ResolveSizingKeyword(LayoutNode child, Dimension size, bool widthAxis, float containingSize, float outerSpacing,
        float otherAxisKnown, Size2 parentSize)
    {
        switch (size.Unit)
        {
            case DimensionUnit.Stretch:
                return Opt.IsSome(containingSize) ? MathF.Max(containingSize - outerSpacing, 0f) : float.NaN;
            case DimensionUnit.MinContent:
                return MeasureIntrinsic(child, widthAxis, AvailableSpace.MinContent, otherAxisKnown, parentSize);
            case DimensionUnit.MaxContent:
            case DimensionUnit.Content:
                return MeasureIntrinsic(child, widthAxis, AvailableSpace.MaxContent, otherAxisKnown, parentSize);
            case DimensionUnit.FitContent:
                AvailableSpace space = Opt.IsSome(containingSize)
                    ? AvailableSpace.Definite(MathF.Max(containingSize - outerSpacing, 0f))
                    : AvailableSpace.MaxContent;
                return MeasureIntrinsic(child, widthAxis, space, otherAxisKnown, parentSize);
            default:
                return float.NaN;
        }
    }

    private float MeasureIntrinsic(LayoutNode child, bool widthAxis, AvailableSpace space, float otherAxisKnown, Size2 parentSize)
    {
        Size2 known = widthAxis ? new Size2(float.NaN, otherAxisKnown) : new Size2(otherAxisKnown, float.NaN);
        return _engine.MeasureChildSize(child, known, parentSize,
            widthAxis ? space : AvailableSpace.MaxContent, widthAxis ? AvailableSpace.MaxContent : space, SizingMode.ContentSize, widthAxis);
    }
}

namespace Kryon.Runtime.Layout;

internal sealed partial class FlexLayout
{
    /// <summary>Resolves a size given as a sizing keyword (CSS Sizing §3.2) to a border-box size: min-content /
    /// max-content are the node's intrinsic sizes, fit-content clamps the space it can fill between them (the
    /// max-content size when that space is indefinite, CSS Sizing §5.1 "fit-content size"), stretch fills the
    /// containing size minus margins (and insets). The keywords describe the content box whatever box-sizing
    /// says, so the measured content plus padding and border is the border-box answer as it stands.
    /// NaN when the keyword cannot resolve (stretch against an indefinite size): the caller then treats the
    /// property as its initial value. <paramref name="otherAxisKnown"/> and <paramref name="otherAxisSpace"/>
    /// are the size and the space of the other axis, which decide how text wraps when measuring a height.</summary>
    private float ResolveSizingKeyword(LayoutNode child, Dimension size, bool widthAxis, float containingSize, float outerSpacing,
        float otherAxisKnown, AvailableSpace otherAxisSpace, Size2 parentSize)
    {
        switch (size.Unit)
        {
            case DimensionUnit.Stretch:
                return Opt.IsSome(containingSize) ? MathF.Max(containingSize - outerSpacing, 0f) : float.NaN;
            case DimensionUnit.MinContent:
                return MeasureIntrinsic(child, widthAxis, AvailableSpace.MinContent, otherAxisKnown, otherAxisSpace, parentSize);
            case DimensionUnit.MaxContent:
            case DimensionUnit.Content:
                return MeasureIntrinsic(child, widthAxis, AvailableSpace.MaxContent, otherAxisKnown, otherAxisSpace, parentSize);
            case DimensionUnit.FitContent:
            {
                // The fit-content size: clamp(min-content, stretch-fit, max-content) when the space is definite,
                // else the max-content size. (Measuring in the definite space is not the same for a flex container,
                // which sizes itself from its items' base sizes there.)
                float maxContent = MeasureIntrinsic(child, widthAxis, AvailableSpace.MaxContent, otherAxisKnown, otherAxisSpace, parentSize);
                if (float.IsNaN(containingSize)) return maxContent;
                float stretchFit = MathF.Max(containingSize - outerSpacing, 0f);
                if (maxContent <= stretchFit) return maxContent;
                return MathF.Max(MeasureIntrinsic(child, widthAxis, AvailableSpace.MinContent, otherAxisKnown, otherAxisSpace, parentSize), stretchFit);
            }
            default:
                return float.NaN;
        }
    }

    private float MeasureIntrinsic(LayoutNode child, bool widthAxis, AvailableSpace space, float otherAxisKnown,
        AvailableSpace otherAxisSpace, Size2 parentSize)
    {
        Size2 known = widthAxis ? new Size2(float.NaN, otherAxisKnown) : new Size2(otherAxisKnown, float.NaN);
        return _engine.MeasureChildSize(child, known, parentSize,
            widthAxis ? space : otherAxisSpace, widthAxis ? otherAxisSpace : space, SizingMode.ContentSize, widthAxis);
    }
}

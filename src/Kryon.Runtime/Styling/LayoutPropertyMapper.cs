using Kryon.Runtime.Layout;
using Kryon.Runtime.Layout.Kry;
using Kryon.Values;

namespace Kryon.Runtime.Styling;

/// <summary>
/// Turns an element's KRY properties into the layout engine's style: first KRY's own layout model
/// (the layout byte, gap, pos_x/pos_y, sizes, insets — <see cref="KryLayoutMapper"/>), then the
/// CSS flexbox extension properties, each of which overrides what the KRY model chose.
/// </summary>
public static class LayoutPropertyMapper
{
    public static LayoutStyle ToLayoutStyle(IPropertySource element, IPropertySource? parent)
    {
        var style = KryLayoutMapper.ToLayoutStyle(ToKryProperties(element), parent is null ? null : ToKryProperties(parent));
        ApplyExtensions(element, style);
        return style;
    }

    public static KryLayoutProperties ToKryProperties(IPropertySource p) => new()
    {
        Layout = p.Layout,
        Gap = Float(p.Get("gap")) ?? 0,
        PosX = Float(p.Get("pos_x")) ?? 0,
        PosY = Float(p.Get("pos_y")) ?? 0,
        Width = Dim(p.Get("width")) ?? Dimension.Auto,
        Height = Dim(p.Get("height")) ?? Dimension.Auto,
        MinWidth = Dim(p.Get("min_width")) ?? Dimension.Auto,
        MinHeight = Dim(p.Get("min_height")) ?? Dimension.Auto,
        MaxWidth = Dim(p.Get("max_width")) ?? Dimension.Auto,
        MaxHeight = Dim(p.Get("max_height")) ?? Dimension.Auto,
        Padding = Insets(p.Get("padding")),
        Margin = Insets(p.Get("margin")),
        BorderWidth = Float(p.Get("border_width")) ?? 0,
        Visible = p.Get("visibility") is not BoolValue { Value: false },
        Overflow = OverflowOf(p.Get("overflow")) ?? Overflow.Visible,
        AspectRatio = Float(p.Get("aspect_ratio")) ?? float.NaN,
    };

    private static void ApplyExtensions(IPropertySource p, LayoutStyle s)
    {
        if (Member(p, "display") is { } display) s.Display = display == "none" ? Display.None : Display.Flex;
        if (Member(p, "position") is { } position) s.Position = position == "absolute" ? PositionType.Absolute : PositionType.Relative;
        if (Member(p, "direction") is { } direction) s.Direction = direction == "rtl" ? Direction.Rtl : Direction.Ltr;
        if (Member(p, "box_sizing") is { } sizing) s.BoxSizing = sizing == "content-box" ? BoxSizing.ContentBox : BoxSizing.BorderBox;
        if (Member(p, "flex_direction") is { } fd)
            s.FlexDirection = fd switch { "row" => FlexDirection.Row, "row-reverse" => FlexDirection.RowReverse, "column-reverse" => FlexDirection.ColumnReverse, _ => FlexDirection.Column };
        if (Member(p, "flex_wrap") is { } wrap)
            s.FlexWrap = wrap switch { "wrap" => FlexWrap.Wrap, "wrap-reverse" => FlexWrap.WrapReverse, _ => FlexWrap.NoWrap };
        if (Float(p.Get("flex_grow")) is { } grow) s.FlexGrow = grow;
        if (Float(p.Get("flex_shrink")) is { } shrink) s.FlexShrink = shrink;
        if (Dim(p.Get("flex_basis")) is { } basis) s.FlexBasis = basis;
        // The registry only admits valid keywords, so these always parse.
        if (Member(p, "justify_content") is { } justify && AlignmentKeywords.TryParseContent(justify, out var jc, out bool jcSafe)) (s.JustifyContent, s.JustifyContentSafe) = (jc, jcSafe);
        if (Member(p, "align_content") is { } alignContent && AlignmentKeywords.TryParseContent(alignContent, out var ac, out bool acSafe)) (s.AlignContent, s.AlignContentSafe) = (ac, acSafe);
        if (Member(p, "align_items") is { } items && AlignmentKeywords.TryParseItem(items, out var ai, out bool aiSafe)) (s.AlignItems, s.AlignItemsSafe) = (ai, aiSafe);
        if (Member(p, "align_self") is { } self && AlignmentKeywords.TryParseItem(self, out var asf, out bool asSafe)) (s.AlignSelf, s.AlignSelfSafe) = (asf, asSafe);
        if (Dim(p.Get("row_gap")) is { } rowGap) s.RowGap = rowGap;
        if (Dim(p.Get("column_gap")) is { } columnGap) s.ColumnGap = columnGap;

        var inset = s.Inset;
        if (Dim(p.Get("top")) is { } top) inset.Top = top;
        if (Dim(p.Get("right")) is { } right) inset.Right = right;
        if (Dim(p.Get("bottom")) is { } bottom) inset.Bottom = bottom;
        if (Dim(p.Get("left")) is { } left) inset.Left = left;
        s.Inset = inset;
        s.Margin = Sides(p, "margin_{0}", s.Margin);
        s.Padding = Sides(p, "padding_{0}", s.Padding);
        s.Border = Sides(p, "border_{0}_width", s.Border);

        if (OverflowOf(p.Get("overflow_x")) is { } ox) s.OverflowX = ox;
        if (OverflowOf(p.Get("overflow_y")) is { } oy) s.OverflowY = oy;
        // A pixel width is explicit; `auto` keeps the engine's default gutter.
        if (p.Get("scrollbar_width") is LengthValue { Value.Unit: LengthUnit.Px } sw) s.ScrollbarWidth = (float)sw.Value.Value;
    }

    private static StyleEdges Sides(IPropertySource p, string pattern, StyleEdges edges)
    {
        if (Dim(p.Get(string.Format(pattern, "top"))) is { } t) edges.Top = t;
        if (Dim(p.Get(string.Format(pattern, "right"))) is { } r) edges.Right = r;
        if (Dim(p.Get(string.Format(pattern, "bottom"))) is { } b) edges.Bottom = b;
        if (Dim(p.Get(string.Format(pattern, "left"))) is { } l) edges.Left = l;
        return edges;
    }

    private static string? Member(IPropertySource p, string name) => (p.Get(name) as EnumValue)?.Member;

    private static float? Float(PropertyValue? v) => v switch
    {
        IntValue i => i.Value,
        FloatValue f => (float)f.Value,
        LengthValue { Value.Unit: LengthUnit.Px } l => (float)l.Value.Value,
        _ => null,
    };

    private static Dimension? Dim(PropertyValue? v) => v switch
    {
        LengthValue l => l.Value.Unit switch
        {
            LengthUnit.Px => Dimension.Points((float)l.Value.Value),
            LengthUnit.Percent => Dimension.Percent((float)(l.Value.Value / 100)),
            LengthUnit.Auto => Dimension.Auto,
            LengthUnit.MinContent => Dimension.Keyword(DimensionUnit.MinContent),
            LengthUnit.MaxContent => Dimension.Keyword(DimensionUnit.MaxContent),
            LengthUnit.FitContent => Dimension.Keyword(DimensionUnit.FitContent),
            LengthUnit.Stretch => Dimension.Keyword(DimensionUnit.Stretch),
            _ => Dimension.Keyword(DimensionUnit.Content),
        },
        IntValue i => Dimension.Points(i.Value),
        FloatValue f => Dimension.Points((float)f.Value),
        _ => null,
    };

    private static KryInsets Insets(PropertyValue? v) => v is EdgeInsetsValue e
        ? new KryInsets((float)e.Value.Top, (float)e.Value.Right, (float)e.Value.Bottom, (float)e.Value.Left)
        : KryInsets.Zero;

    private static Overflow? OverflowOf(PropertyValue? v) => (v as EnumValue)?.Member switch
    {
        "hidden" => Overflow.Hidden,
        "scroll" => Overflow.Scroll,
        "visible" => Overflow.Visible,
        _ => null,
    };
}

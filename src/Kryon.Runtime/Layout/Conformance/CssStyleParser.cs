using System.Globalization;

namespace Kryon.Runtime.Layout.Conformance;

/// <summary>Maps CSS property names and values (as strings, the way the conformance cases write them) onto
/// a <see cref="LayoutStyle"/>. Unknown properties or values throw: a case the engine cannot represent must
/// fail loudly rather than be laid out with a silently dropped style.</summary>
public static class CssStyleParser
{
    public static void Apply(LayoutStyle style, string property, string value)
    {
        value = value.Trim();
        switch (property)
        {
            case "display": style.Display = value switch { "flex" => Display.Flex, "none" => Display.None, _ => Unknown<Display>(property, value) }; break;
            case "position": style.Position = value switch { "relative" or "static" => PositionType.Relative, "absolute" => PositionType.Absolute, _ => Unknown<PositionType>(property, value) }; break;
            case "direction": style.Direction = value switch { "ltr" => Direction.Ltr, "rtl" => Direction.Rtl, _ => Unknown<Direction>(property, value) }; break;
            case "box-sizing": style.BoxSizing = value switch { "border-box" => BoxSizing.BorderBox, "content-box" => BoxSizing.ContentBox, _ => Unknown<BoxSizing>(property, value) }; break;
            case "flex-direction":
                style.FlexDirection = value switch
                {
                    "row" => FlexDirection.Row, "column" => FlexDirection.Column,
                    "row-reverse" => FlexDirection.RowReverse, "column-reverse" => FlexDirection.ColumnReverse,
                    _ => Unknown<FlexDirection>(property, value),
                };
                break;
            case "flex-wrap": style.FlexWrap = value switch { "nowrap" => FlexWrap.NoWrap, "wrap" => FlexWrap.Wrap, "wrap-reverse" => FlexWrap.WrapReverse, _ => Unknown<FlexWrap>(property, value) }; break;
            case "flex-grow": style.FlexGrow = Number(value); break;
            case "flex-shrink": style.FlexShrink = Number(value); break;
            case "flex-basis": style.FlexBasis = Length(value); break;
            case "justify-content": { var (a, safe) = Content(property, value); style.JustifyContent = a; style.JustifyContentSafe = safe; break; }
            case "align-content": { var (a, safe) = Content(property, value); style.AlignContent = a; style.AlignContentSafe = safe; break; }
            case "align-items": { var (a, safe) = Item(property, value); style.AlignItems = a; style.AlignItemsSafe = safe; break; }
            case "align-self": { var (a, safe) = Item(property, value); style.AlignSelf = a; style.AlignSelfSafe = safe; break; }
            case "row-gap": style.RowGap = Length(value); break;
            case "column-gap": style.ColumnGap = Length(value); break;
            case "gap": style.RowGap = style.ColumnGap = Length(value); break;
            case "width": style.Width = Length(value); break;
            case "height": style.Height = Length(value); break;
            case "min-width": style.MinWidth = Length(value); break;
            case "min-height": style.MinHeight = Length(value); break;
            case "max-width": style.MaxWidth = value == "none" ? Dimension.Auto : Length(value); break;
            case "max-height": style.MaxHeight = value == "none" ? Dimension.Auto : Length(value); break;
            case "aspect-ratio": style.AspectRatio = value == "auto" ? float.NaN : AspectRatio(value); break;
            case "margin-left": style.Margin = style.Margin with { Left = Length(value) }; break;
            case "margin-right": style.Margin = style.Margin with { Right = Length(value) }; break;
            case "margin-top": style.Margin = style.Margin with { Top = Length(value) }; break;
            case "margin-bottom": style.Margin = style.Margin with { Bottom = Length(value) }; break;
            case "padding-left": style.Padding = style.Padding with { Left = Length(value) }; break;
            case "padding-right": style.Padding = style.Padding with { Right = Length(value) }; break;
            case "padding-top": style.Padding = style.Padding with { Top = Length(value) }; break;
            case "padding-bottom": style.Padding = style.Padding with { Bottom = Length(value) }; break;
            case "border-left" or "border-left-width": style.Border = style.Border with { Left = Length(value) }; break;
            case "border-right" or "border-right-width": style.Border = style.Border with { Right = Length(value) }; break;
            case "border-top" or "border-top-width": style.Border = style.Border with { Top = Length(value) }; break;
            case "border-bottom" or "border-bottom-width": style.Border = style.Border with { Bottom = Length(value) }; break;
            case "left": style.Inset = style.Inset with { Left = Length(value) }; break;
            case "right": style.Inset = style.Inset with { Right = Length(value) }; break;
            case "top": style.Inset = style.Inset with { Top = Length(value) }; break;
            case "bottom": style.Inset = style.Inset with { Bottom = Length(value) }; break;
            case "overflow-x": style.OverflowX = OverflowValue(property, value); break;
            case "overflow-y": style.OverflowY = OverflowValue(property, value); break;
            case "overflow": style.OverflowX = style.OverflowY = OverflowValue(property, value); break;
            case "scrollbar-width": style.ScrollbarWidth = Number(value.EndsWith("px", StringComparison.Ordinal) ? value[..^2] : value); break;
            default: throw new FormatException($"unsupported CSS property '{property}'");
        }
    }

    /// <summary>Parses px, %, auto and the sizing keywords.</summary>
    public static Dimension Length(string value)
    {
        value = value.Trim();
        switch (value)
        {
            case "auto": return Dimension.Auto;
            case "min-content": return Dimension.Keyword(DimensionUnit.MinContent);
            case "max-content": return Dimension.Keyword(DimensionUnit.MaxContent);
            case "fit-content": return Dimension.Keyword(DimensionUnit.FitContent);
            case "stretch" or "-webkit-fill-available": return Dimension.Keyword(DimensionUnit.Stretch);
            case "content": return Dimension.Keyword(DimensionUnit.Content);
        }
        if (value.EndsWith("px", StringComparison.Ordinal)) return Dimension.Points(Number(value[..^2]));
        if (value.EndsWith('%')) return Dimension.Percent(Number(value[..^1]) / 100f);
        return Dimension.Points(Number(value)); // unitless lengths (0) are pixels
    }

    private static float Number(string s) => float.Parse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static float AspectRatio(string value)
    {
        int slash = value.IndexOf('/');
        return slash < 0 ? Number(value) : Number(value[..slash]) / Number(value[(slash + 1)..]);
    }

    private static Overflow OverflowValue(string property, string value) => value switch
    {
        "visible" => Overflow.Visible,
        "hidden" or "clip" => Overflow.Hidden,
        "scroll" or "auto" => Overflow.Scroll,
        _ => Unknown<Overflow>(property, value),
    };

    private static (ContentAlignment, bool) Content(string property, string value) =>
        AlignmentKeywords.TryParseContent(value, out var a, out bool safe) ? (a, safe) : Unknown<(ContentAlignment, bool)>(property, value);

    private static (ItemAlignment, bool) Item(string property, string value) =>
        AlignmentKeywords.TryParseItem(value, out var a, out bool safe) ? (a, safe) : Unknown<(ItemAlignment, bool)>(property, value);

    private static T Unknown<T>(string property, string value) => throw new FormatException($"unsupported value '{value}' for '{property}'");
}

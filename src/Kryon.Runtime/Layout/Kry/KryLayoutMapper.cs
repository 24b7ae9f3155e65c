using Kryon.Values;

namespace Kryon.Runtime.Layout.Kry;

/// <summary>Maps a KRY element's layout properties onto the engine's CSS style model, following KRY.md §6.2:
/// <list type="bullet">
/// <item>the layout byte's direction/alignment/wrap govern the element's children; alignment center also
/// centers the cross axis, every other alignment puts children at the cross start;</item>
/// <item>the grow bit makes the element itself grow (weight 1) in its parent, and a growing element without
/// an explicit cross size stretches across its parent's cross axis;</item>
/// <item>elements keep their explicit or content size: KRY does not shrink (flex-shrink 0);</item>
/// <item>the absolute bit (or a non-zero pos_x/pos_y inside an absolute container, the July-era files)
/// places the element at (pos_x, pos_y) from the parent's content box; for flow elements pos_x/pos_y
/// are offsets applied after flow placement;</item>
/// <item>invisible elements take no space.</item>
/// </list></summary>
public static class KryLayoutMapper
{
    /// <param name="element">The element's properties.</param>
    /// <param name="parent">Its parent's properties, or null for the root (App).</param>
    public static LayoutStyle ToLayoutStyle(KryLayoutProperties element, KryLayoutProperties? parent)
    {
        LayoutFlags layout = element.Layout;
        var style = new LayoutStyle
        {
            Display = element.Visible ? Display.Flex : Display.None,
            FlexDirection = layout.Direction switch
            {
                LayoutDirection.Row => FlexDirection.Row,
                LayoutDirection.RowReverse => FlexDirection.RowReverse,
                LayoutDirection.ColumnReverse => FlexDirection.ColumnReverse,
                _ => FlexDirection.Column,
            },
            JustifyContent = layout.Alignment switch
            {
                LayoutAlignment.Center => ContentAlignment.Center,
                LayoutAlignment.End => ContentAlignment.FlexEnd,
                LayoutAlignment.SpaceBetween => ContentAlignment.SpaceBetween,
                _ => ContentAlignment.FlexStart,
            },
            AlignItems = layout.Alignment == LayoutAlignment.Center ? ItemAlignment.Center : ItemAlignment.FlexStart,
            AlignContent = ContentAlignment.FlexStart,
            FlexWrap = layout.Wrap ? FlexWrap.Wrap : FlexWrap.NoWrap,
            RowGap = Dimension.Points(element.Gap),
            ColumnGap = Dimension.Points(element.Gap),
            Width = SizeOrAuto(element.Width),
            Height = SizeOrAuto(element.Height),
            MinWidth = element.MinWidth,
            MinHeight = element.MinHeight,
            MaxWidth = element.MaxWidth,
            MaxHeight = element.MaxHeight,
            Padding = element.Padding.ToStyleEdges(),
            Margin = element.Margin.ToStyleEdges(),
            Border = new StyleEdges(Dimension.Points(element.BorderWidth)),
            OverflowX = element.Overflow,
            OverflowY = element.Overflow,
            AspectRatio = element.AspectRatio,
            FlexGrow = layout.Grow ? 1f : 0f,
            FlexShrink = 0f,
        };

        if (layout.Grow && parent is not null)
        {
            Dimension crossSize = parent.Layout.IsRow ? style.Height : style.Width;
            if (crossSize.IsAuto) style.AlignSelf = ItemAlignment.Stretch;
        }

        bool absolute = layout.Absolute
            || (parent is not null && parent.Layout.Absolute && (element.PosX != 0 || element.PosY != 0));
        if (absolute && parent is not null)
        {
            // CSS insets start at the padding box; KRY positions start at the content box.
            style.Position = PositionType.Absolute;
            style.Inset = new StyleEdges(
                Dimension.Points(element.PosX + parent.Padding.Left), Dimension.Auto,
                Dimension.Points(element.PosY + parent.Padding.Top), Dimension.Auto);
        }
        else if (element.PosX != 0 || element.PosY != 0)
        {
            style.Inset = new StyleEdges(Dimension.Points(element.PosX), Dimension.Auto, Dimension.Points(element.PosY), Dimension.Auto);
        }
        return style;
    }

    /// <summary>A pixel size of 0 means auto (the KRB header's encoding).</summary>
    private static Dimension SizeOrAuto(Dimension size) =>
        size.Unit == DimensionUnit.Points && size.Value == 0f ? Dimension.Auto : size;
}

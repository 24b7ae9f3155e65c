namespace Kryon.Runtime.Layout;

/// <summary>Where a laid-out node can actually be seen: its border box in root coordinates, clipped by every
/// ancestor whose overflow is not visible (content is clipped at the ancestor's padding box, per axis).
/// Renderers and hit testing use this; an empty result (zero width or height) means fully clipped.</summary>
public static class VisibleBounds
{
    public static LayoutBox Compute(LayoutNode node)
    {
        LayoutBox own = AbsoluteBox(node);
        float left = float.NegativeInfinity, top = float.NegativeInfinity, right = float.PositiveInfinity, bottom = float.PositiveInfinity;
        for (LayoutNode? ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            LayoutStyle style = ancestor.Style;
            if (style.OverflowX == Overflow.Visible && style.OverflowY == Overflow.Visible) continue;
            LayoutBox box = AbsoluteBox(ancestor);
            // Border widths as laid out (percentages resolve against the ancestor's containing block width).
            float basis = ancestor.Parent is null ? float.NaN : ancestor.Parent.Layout.Width;
            Edges border = style.Border.ResolveOrZero(basis);
            if (style.OverflowX != Overflow.Visible)
            {
                left = MathF.Max(left, box.X + border.Left);
                right = MathF.Min(right, box.Right - border.Right);
            }
            if (style.OverflowY != Overflow.Visible)
            {
                top = MathF.Max(top, box.Y + border.Top);
                bottom = MathF.Min(bottom, box.Bottom - border.Bottom);
            }
        }
        // Clamp both edges into the clip rectangle: a fully clipped box becomes empty at the clip's edge.
        float x0 = Math.Clamp(own.X, left, MathF.Max(left, right)), x1 = Math.Clamp(own.Right, left, MathF.Max(left, right));
        float y0 = Math.Clamp(own.Y, top, MathF.Max(top, bottom)), y1 = Math.Clamp(own.Bottom, top, MathF.Max(top, bottom));
        return new LayoutBox(x0, y0, MathF.Max(x1 - x0, 0f), MathF.Max(y1 - y0, 0f));
    }

    /// <summary>The node's border box relative to the root's border box.</summary>
    public static LayoutBox AbsoluteBox(LayoutNode node)
    {
        LayoutBox box = node.Layout;
        float x = box.X, y = box.Y;
        for (LayoutNode? p = node.Parent; p is not null; p = p.Parent)
        {
            x += p.Layout.X;
            y += p.Layout.Y;
        }
        return new LayoutBox(x, y, box.Width, box.Height);
    }
}

using Kryon.Backends.Cairo.Native;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using static Kryon.Backends.Cairo.Native.CairoNative;

namespace Kryon.Backends.Cairo.Drawing;

/// <summary>The path of a box with circular corners, as CSS draws `border-radius`.</summary>
internal static class RoundedRect
{
    /// <summary>The radius a box can actually have: never more than half its smaller side (CSS clamps the same way).</summary>
    public static float Clamp(float radius, float width, float height)
        => Math.Max(0, Math.Min(radius, Math.Min(width, height) / 2));

    /// <summary>Adds the box as a closed sub-path (clockwise) to the current path.</summary>
    public static void Add(CairoContextHandle cr, LayoutBox box, float radius)
    {
        float r = Clamp(radius, box.Width, box.Height);
        if (r <= 0)
        {
            cairo_rectangle(cr, box.X, box.Y, box.Width, box.Height);
            return;
        }
        double x = box.X, y = box.Y, w = box.Width, h = box.Height;
        cairo_new_sub_path(cr);
        cairo_arc(cr, x + w - r, y + r, r, -Math.PI / 2, 0);
        cairo_arc(cr, x + w - r, y + h - r, r, 0, Math.PI / 2);
        cairo_arc(cr, x + r, y + h - r, r, Math.PI / 2, Math.PI);
        cairo_arc(cr, x + r, y + r, r, Math.PI, 3 * Math.PI / 2);
        cairo_close_path(cr);
    }

    /// <summary>
    /// Adds the inner edge of a border (the padding box's outline) as a closed sub-path: the box inset
    /// by each side's width, each corner the outer radius less the widths of the two sides that meet
    /// there — an ellipse where they differ, as CSS draws it (css-backgrounds §5.2, "inner border radius").
    /// </summary>
    public static void AddInner(CairoContextHandle cr, LayoutBox box, float outerRadius, BorderWidths sides)
    {
        var inner = sides.Inset(box);
        if (inner.Width <= 0 || inner.Height <= 0) return;
        if (sides.IsUniform)
        {
            Add(cr, inner, Math.Max(0, outerRadius - sides.Top));
            return;
        }
        float r = outerRadius;
        double x = inner.X, y = inner.Y, right = inner.Right, bottom = inner.Bottom;
        cairo_new_sub_path(cr);
        Corner(cr, right, y, -Math.Max(0, r - sides.Right), Math.Max(0, r - sides.Top), -Math.PI / 2);
        Corner(cr, right, bottom, -Math.Max(0, r - sides.Right), -Math.Max(0, r - sides.Bottom), 0);
        Corner(cr, x, bottom, Math.Max(0, r - sides.Left), -Math.Max(0, r - sides.Bottom), Math.PI / 2);
        Corner(cr, x, y, Math.Max(0, r - sides.Left), Math.Max(0, r - sides.Top), Math.PI);
        cairo_close_path(cr);
    }

    /// <summary>
    /// A quarter ellipse at the corner point (<paramref name="cornerX"/>, <paramref name="cornerY"/>), its
    /// centre offset by (<paramref name="dx"/>, <paramref name="dy"/>) into the box, swept clockwise from
    /// <paramref name="start"/>; a corner with no radius on either axis is the square corner itself.
    /// </summary>
    private static void Corner(CairoContextHandle cr, double cornerX, double cornerY, double dx, double dy, double start)
    {
        double rx = Math.Abs(dx), ry = Math.Abs(dy);
        if (rx <= 0 || ry <= 0)
        {
            cairo_line_to(cr, cornerX, cornerY);
            return;
        }
        cairo_save(cr);
        cairo_translate(cr, cornerX + dx, cornerY + dy);
        cairo_scale(cr, rx, ry);
        cairo_arc(cr, 0, 0, 1, start, start + Math.PI / 2);
        cairo_restore(cr);
    }
}

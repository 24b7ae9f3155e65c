using Kryon.Backends.Cairo.Native;
using Kryon.Runtime.Layout;
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
}

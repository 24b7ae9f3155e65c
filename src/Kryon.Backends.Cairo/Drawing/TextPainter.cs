using Kryon.Backends.Cairo.Native;
using Kryon.Backends.Cairo.Text;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Text;
using static Kryon.Backends.Cairo.Native.PangoNative;

namespace Kryon.Backends.Cairo.Drawing;

/// <summary>
/// Draws a <see cref="TextRun"/> into its content box with Pango: wrapped to the box width at
/// words, then characters (as layout measured it), aligned, ellipsized at the end when the run
/// asks and the text does not fit, in the run's colour and decoration, in its base direction.
/// Wrapping text starts at the top of the box; single-line text is centred vertically.
/// Layouts are kept per (text, style, decoration), so an unchanged frame only re-sets the box.
/// </summary>
internal sealed class TextPainter(PangoTextEngine engine) : IDisposable
{
    private readonly FrameCache<(string Text, TextStyle Style, string? Decoration), PangoLayoutHandle> _layouts = new(capacity: 512);

    public void Draw(CairoContextHandle cr, LayoutBox box, TextRun run)
    {
        if (run.Text.Length == 0 || run.Color.A == 0 || box.Width <= 0) return;
        var layout = LayoutFor(run);
        var (dx, dy) = Prepare(layout, box, run);
        CairoNative.cairo_move_to(cr, box.X + dx, box.Y + dy);
        CairoNative.cairo_set_source_rgba(cr, run.Color.R / 255.0, run.Color.G / 255.0, run.Color.B / 255.0, run.Color.A / 255.0);
        PangoCairoNative.pango_cairo_show_layout(cr, layout);
    }

    /// <summary>
    /// Sets the layout up for the box (width, wrapping, ellipsis, alignment) and returns where its
    /// top-left goes relative to the box. Internal so tests can check it against the measurer.
    /// </summary>
    internal static (float X, float Y) Prepare(PangoLayoutHandle layout, LayoutBox box, TextRun run)
    {
        // Wrapping or ellipsizing needs the box width; otherwise the text keeps its own width and is placed below.
        bool bounded = run.Wrap || run.Ellipsis;
        pango_layout_set_width(layout, bounded ? PangoUnits.FromPixels(box.Width) : -1);
        pango_layout_set_alignment(layout, AlignmentOf(run.Align, run.RightToLeft));
        pango_layout_set_justify(layout, run.Align == TextAlign.Justify);
        pango_layout_set_ellipsize(layout, PangoEllipsizeMode.None);
        pango_layout_set_height(layout, -1);
        if (run.Ellipsis && (!run.Wrap || PangoTextEngine.LogicalExtents(layout).Height > box.Height + 0.01f))
        {
            // Single-line text ellipsizes each paragraph's one line (height −1). Wrapped text that
            // overflows keeps the lines that fit and ends the last one with "…". Only when it really
            // overflows: Pango decides which line is last from the previous line's height, so a line
            // taller than the others (a fallback font) could end the text early in a box that fits it.
            pango_layout_set_ellipsize(layout, PangoEllipsizeMode.End);
            if (run.Wrap) pango_layout_set_height(layout, PangoUnits.FromPixels(box.Height));
        }

        float x = bounded ? 0 : UnboundedOffset(layout, box.Width, run.Align, run.RightToLeft);
        // Single-line text (Button, Input) sits in the middle of a taller box, as browsers draw form controls.
        float y = run.Wrap ? 0 : Math.Max(0, (box.Height - PangoTextEngine.LogicalExtents(layout).Height) / 2);
        return (x, y);
    }

    /// <summary>
    /// Pango's alignment is physical (left/right); KRY's is logical (start/end), so it follows the
    /// base direction. Auto-direction is off in every layout, so Pango does not flip it again.
    /// Justified text is start-aligned with the inter-word space stretched.
    /// </summary>
    internal static PangoAlignment AlignmentOf(TextAlign align, bool rightToLeft) => align switch
    {
        TextAlign.Center => PangoAlignment.Center,
        TextAlign.End => rightToLeft ? PangoAlignment.Left : PangoAlignment.Right,
        _ => rightToLeft ? PangoAlignment.Right : PangoAlignment.Left,
    };

    /// <summary>Where an unwrapped block starts so that it is aligned in the box (Pango aligns only within a set width).</summary>
    private static float UnboundedOffset(PangoLayoutHandle layout, float boxWidth, TextAlign align, bool rightToLeft)
    {
        float free = boxWidth - PangoTextEngine.LogicalExtents(layout).Width;
        return AlignmentOf(align, rightToLeft) switch
        {
            PangoAlignment.Center => free / 2,
            PangoAlignment.Right => free,
            _ => 0,
        };
    }

    private PangoLayoutHandle LayoutFor(TextRun run)
    {
        var key = (run.Text, TextStyle.Of(run), run.Decoration);
        if (_layouts.TryGet(key, out var layout)) return layout;
        layout = engine.CreateLayout(run.Text, key.Item2, run.Decoration);
        _layouts.Add(key, layout);
        return layout;
    }

    /// <summary>Called after each frame: layouts of texts no longer shown are freed once there are many.</summary>
    public void EndFrame() => _layouts.EndFrame();

    public void Dispose() => _layouts.Dispose();
}

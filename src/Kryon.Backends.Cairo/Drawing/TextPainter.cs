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
    /// <summary>Ink rectangles relative to the box, per run (by reference: runs are kept per element) and box size.</summary>
    private readonly Dictionary<(TextRun Run, float Width, float Height), LayoutBox> _ink = new(InkKeyComparer.Instance);

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
    /// Where <see cref="Draw"/> would put ink for this run in this box (layout pixels, exact from
    /// Pango, unrounded): usually inside the box, but glyphs overhang and wrapped text taller than
    /// its box runs out of the bottom. Empty (zero size) when nothing would be drawn. Cached.
    /// </summary>
    public unsafe LayoutBox InkOf(LayoutBox box, TextRun run)
    {
        if (run.Text.Length == 0 || run.Color.A == 0 || box.Width <= 0) return new LayoutBox(box.X, box.Y, 0, 0);
        var key = (run, box.Width, box.Height);
        if (!_ink.TryGetValue(key, out var relative))
        {
            var layout = LayoutFor(run);
            var (dx, dy) = Prepare(layout, box, run);
            PangoRectangle ink;
            pango_layout_get_extents(layout, &ink, null);
            relative = new LayoutBox(dx + PangoUnits.ToPixels(ink.X), dy + PangoUnits.ToPixels(ink.Y), PangoUnits.ToPixels(ink.Width), PangoUnits.ToPixels(ink.Height));
            if (_ink.Count >= 4096) _ink.Clear();
            _ink[key] = relative;
        }
        return relative with { X = box.X + relative.X, Y = box.Y + relative.Y };
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

        // Pango aligns only within a set width: an unbounded block is placed by the shared rule.
        float x = bounded ? 0 : TextPlacement.LineStart(box.Width, PangoTextEngine.LogicalExtents(layout).Width, run.Align, run.RightToLeft);
        // Single-line text (Button, Input) sits in the middle of a taller box by the rule the runtime
        // places an Input's caret with, so the caret stands on the drawn line.
        float y = run.Wrap ? 0 : TextPlacement.SingleLineTop(box.Height, PangoTextEngine.LogicalExtents(layout).Height);
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

    private PangoLayoutHandle LayoutFor(TextRun run)
    {
        var key = (run.Text, TextStyle.Of(run), run.Decoration);
        if (_layouts.TryGet(key, out var layout)) return layout;
        layout = engine.CreateLayout(run.Text, key.Item2, run.Decoration);
        _layouts.Add(key, layout);
        return layout;
    }

    private sealed class InkKeyComparer : IEqualityComparer<(TextRun Run, float Width, float Height)>
    {
        public static readonly InkKeyComparer Instance = new();

        public bool Equals((TextRun Run, float Width, float Height) a, (TextRun Run, float Width, float Height) b)
            => ReferenceEquals(a.Run, b.Run) && a.Width == b.Width && a.Height == b.Height;

        public int GetHashCode((TextRun Run, float Width, float Height) key)
            => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Run), key.Width, key.Height);
    }

    /// <summary>Called after each frame: layouts of texts no longer shown are freed once there are many.</summary>
    public void EndFrame() => _layouts.EndFrame();

    /// <summary>After a partial (damage) frame: layouts are freed only when there are far too many.</summary>
    public void EndPartialFrame() => _layouts.EndPartialFrame();

    public void Dispose() => _layouts.Dispose();
}

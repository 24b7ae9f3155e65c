using Kryon.Backends.Cairo.Native;
using Kryon.Backends.Cairo.Output;
using Kryon.Diagnostics;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using static Kryon.Backends.Cairo.Native.CairoNative;

namespace Kryon.Backends.Cairo.Drawing;

/// <summary>
/// Repainting only what changed, into a buffer that keeps the last frame (<see cref="RetainedFrame"/>).
///
/// The list's damage (layout boxes of what changed) is turned into whole device pixels and grown
/// by text ink: glyphs overhang their box and wrapped text taller than its box runs out of the
/// bottom, which the runtime cannot know. The ink of every old text whose box meets the damage
/// (it may have changed or gone) and of every new text whose ink meets it (it is drawn again) is
/// added, until nothing grows.
///
/// Then only the commands that reach the damage are drawn (a clip outside it skips everything it
/// holds) on a scratch surface the size of the buffer, over the background, with no clip: cairo
/// antialiases a curve (a rounded corner) differently where a clip cuts it, by up to 11 levels,
/// so the damage must not be a clip while drawing. Every command is rasterized on the same
/// geometry as in a full render, so the damage rectangles, copied whole-pixel into the buffer,
/// hold exactly the full render's pixels; outside them the buffer already holds the same pixels.
/// The cost is a second buffer-sized surface, kept between frames.
/// </summary>
public sealed partial class CairoRenderer
{
    /// <summary>Past this many rectangles (text ink spreading the damage) a full redraw is cheaper.</summary>
    private const int MaxDamageRects = 16;

    private readonly List<PixelRect> _damage = [];

    /// <summary>A rectangle of device pixels, [X0, X1) × [Y0, Y1).</summary>
    private readonly record struct PixelRect(int X0, int Y0, int X1, int Y1);

    /// <summary>
    /// Draws <paramref name="list"/> onto <paramref name="cr"/>, whose target is a
    /// <paramref name="pixelWidth"/>×<paramref name="pixelHeight"/> buffer described by
    /// <paramref name="frame"/>: only the damage when the buffer shows the picture the damage is
    /// relative to, else everything. <paramref name="frame"/> then describes the new picture.
    /// </summary>
    internal IReadOnlyList<Diagnostic> DrawRetained(CairoContextHandle cr, DisplayList list, RetainedFrame frame, int pixelWidth, int pixelHeight)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!frame.CanRepaintDamage(list, Scale, pixelWidth, pixelHeight) || !CollectDamage(list, frame, pixelWidth, pixelHeight))
        {
            var all = Draw(cr, list);
            frame.Remember(list, Scale, pixelWidth, pixelHeight, full: true, (0, 0, pixelWidth, pixelHeight));
            return all;
        }
        IReadOnlyList<Diagnostic> reported = _damage.Count == 0 ? [] : DrawDamage(cr, list, pixelWidth, pixelHeight);
        frame.Remember(list, Scale, pixelWidth, pixelHeight, full: false, DamageBounds());
        return reported;
    }

    /// <summary>Fills <see cref="_damage"/>; false when it grew too complex (redraw everything instead).</summary>
    private bool CollectDamage(DisplayList list, RetainedFrame frame, int pixelWidth, int pixelHeight)
    {
        _damage.Clear();
        foreach (var r in list.Damage) AddDamage(r, pixelWidth, pixelHeight, margin: 0);
        if (_damage.Count == 0) return true;
        // Old text that may have changed or gone: its ink, wherever it reached, must be repainted.
        foreach (var (run, box) in frame.Texts)
            if (Meets(box with { Height = Math.Max(1, box.Height) })) AddInk(_text.InkOf(box, run), pixelWidth, pixelHeight);
        // New text drawn again (its ink meets the damage): all of its ink is repainted with it.
        for (int pass = 0; ; pass++)
        {
            bool grew = false;
            foreach (ref readonly var c in list.Commands)
            {
                if (c.Kind != DisplayCommandKind.Text || c.Text is not { } run || !MayReach(c.Bounds, run)) continue;
                var ink = _text.InkOf(c.Bounds, run);
                if (Meets(ink) && AddInk(ink, pixelWidth, pixelHeight)) grew = true;
            }
            if (_damage.Count > MaxDamageRects) return false;
            if (!grew) return true;
            if (pass == 4) return false;
        }
    }

    private IReadOnlyList<Diagnostic> DrawDamage(CairoContextHandle cr, DisplayList list, int pixelWidth, int pixelHeight)
    {
        var scratch = Scratch(pixelWidth, pixelHeight);
        var (bx, by, bw, bh) = DamageBounds();
        var reported = _reported = [];
        try
        {
            using (var sc = cairo_create(scratch))
            {
                // The background only where it is copied from (a whole-pixel clip: exact), ...
                cairo_save(sc);
                cairo_rectangle(sc, bx, by, bw, bh);
                cairo_clip(sc);
                cairo_scale(sc, Scale, Scale);
                PaintBackground(sc, list.Background.A > 0 ? list.Background : DefaultBackground);
                cairo_restore(sc);
                // ... then, without a clip, every command that reaches the damage, rasterized exactly as
                // in a full render of a surface this size (cairo's antialiasing of a curve depends on
                // where a clip cuts it, so the damage must not be a clip while drawing).
                cairo_set_antialias(sc, CairoAntialias.Good);
                cairo_scale(sc, Scale, Scale);
                var commands = list.Commands;
                for (int i = 0; i < commands.Length; i++)
                {
                    ref readonly var c = ref commands[i];
                    switch (c.Kind)
                    {
                        case DisplayCommandKind.PushClip when !Meets(c.Bounds):
                            i = MatchingPop(commands, i); // nothing inside can reach the damage
                            continue;
                        case DisplayCommandKind.FillRect or DisplayCommandKind.Border or DisplayCommandKind.Image or DisplayCommandKind.Caret when !Meets(c.Bounds):
                            continue;
                        case DisplayCommandKind.Text when c.Text is { } run && !(MayReach(c.Bounds, run) && Meets(_text.InkOf(c.Bounds, run))):
                            continue;
                        case DisplayCommandKind.FillRect when RoundedRect.Clamp(c.Radius, c.Bounds.Width, c.Bounds.Height) <= 0:
                            FillCropped(sc, c, bx, by, bw, bh); // a big plain box (the App's background): only the part copied
                            continue;
                    }
                    Execute(sc, c);
                }
                while (_groups.Count > 0) Pop(sc, _groups.Peek().Kind);
                ThrowIfFailed(cairo_status(sc));
            }
            cairo_surface_flush(scratch);
            // Copy the damage, whole pixels, into the buffer.
            cairo_save(cr);
            cairo_set_operator(cr, CairoOperator.Source);
            cairo_set_source_surface(cr, scratch, 0, 0);
            foreach (var r in _damage) cairo_rectangle(cr, r.X0, r.Y0, r.X1 - r.X0, r.Y1 - r.Y0);
            cairo_fill(cr);
            cairo_restore(cr);
            return reported;
        }
        finally
        {
            _groups.Clear();
            _reported = null;
            // A partial frame uses few cache entries: the ones still on screen must not look unused.
            _text.EndPartialFrame();
            _images.EndPartialFrame();
        }
    }

    private CairoSurfaceHandle? _scratch;
    private int _scratchWidth, _scratchHeight;

    /// <summary>The surface damage is drawn on before it is copied: the buffer's size (a full render's geometry), kept between frames.</summary>
    private CairoSurfaceHandle Scratch(int width, int height)
    {
        if (_scratch is not null && _scratchWidth == width && _scratchHeight == height) return _scratch;
        _scratch?.Dispose();
        _scratch = CairoSurfaces.CreateImage(width, height);
        (_scratchWidth, _scratchHeight) = (width, height);
        return _scratch;
    }

    /// <summary>
    /// A square-cornered fill, only where it meets the whole-pixel damage bounds: in device space, so
    /// its own edges (fractional at a HiDPI scale) are the very coordinates a full render fills.
    /// </summary>
    private void FillCropped(CairoContextHandle cr, in DisplayCommand c, int bx, int by, int bw, int bh)
    {
        if (c.Color.A == 0 || c.Bounds.Width <= 0 || c.Bounds.Height <= 0) return;
        // As cairo_rectangle places the far edges: the origin plus the scaled size.
        double left = (double)c.Bounds.X * Scale, top = (double)c.Bounds.Y * Scale;
        double right = left + (double)c.Bounds.Width * Scale, bottom = top + (double)c.Bounds.Height * Scale;
        if (left >= bx && top >= by && right <= bx + bw && bottom <= by + bh)
        {
            Execute(cr, c); // inside the bounds: exactly as a full render
            return;
        }
        double x0 = Math.Max(left, bx), y0 = Math.Max(top, by), x1 = Math.Min(right, bx + bw), y1 = Math.Min(bottom, by + bh);
        if (!(x1 > x0 && y1 > y0)) return;
        cairo_save(cr);
        cairo_identity_matrix(cr);
        cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
        SetColor(cr, c.Color);
        cairo_fill(cr);
        cairo_restore(cr);
    }

    private static void ThrowIfFailed(CairoStatus status)
    {
        if (status != CairoStatus.Success) throw new InvalidOperationException($"cairo: {Describe(status)}");
    }

    /// <summary>The index of the PopClip that closes the PushClip at <paramref name="push"/> (the last index when it is missing).</summary>
    private static int MatchingPop(ReadOnlySpan<DisplayCommand> commands, int push)
    {
        int depth = 0;
        for (int i = push; i < commands.Length; i++)
        {
            if (commands[i].Kind == DisplayCommandKind.PushClip) depth++;
            else if (commands[i].Kind == DisplayCommandKind.PopClip && --depth == 0) return i;
        }
        return commands.Length - 1;
    }

    /// <summary>
    /// Whether text in this box can have ink in the damage at all: ink stays within about an em of
    /// the box on the sides and above, and overflows only downwards. Spares measuring the rest.
    /// </summary>
    private bool MayReach(LayoutBox box, TextRun run)
    {
        float m = Math.Max(run.FontSize, 1);
        double x0 = (box.X - m) * Scale, y0 = (box.Y - m) * Scale, x1 = (box.Right + m) * Scale;
        foreach (var r in _damage)
            if (x0 < r.X1 && r.X0 < x1 && y0 < r.Y1) return true;
        return false;
    }

    /// <summary>Whether a layout-pixel box (not empty) overlaps the damage.</summary>
    private bool Meets(LayoutBox b)
    {
        if (!(b.Width > 0 && b.Height > 0)) return false;
        double x0 = b.X * Scale, y0 = b.Y * Scale, x1 = b.Right * Scale, y1 = b.Bottom * Scale;
        foreach (var r in _damage)
            if (x0 < r.X1 && r.X0 < x1 && y0 < r.Y1 && r.Y0 < y1) return true;
        return false;
    }

    /// <summary>Adds text ink (with a pixel for antialiasing) unless it is inside the damage already; returns whether the damage grew.</summary>
    private bool AddInk(LayoutBox ink, int pixelWidth, int pixelHeight)
    {
        if (!(ink.Width > 0 && ink.Height > 0)) return false;
        var p = ToPixels(ink, pixelWidth, pixelHeight, margin: 1);
        if (p.X1 <= p.X0 || p.Y1 <= p.Y0) return false;
        foreach (var r in _damage)
            if (p.X0 >= r.X0 && p.Y0 >= r.Y0 && p.X1 <= r.X1 && p.Y1 <= r.Y1) return false;
        AddPixels(p);
        return true;
    }

    private void AddDamage(LayoutBox box, int pixelWidth, int pixelHeight, int margin)
    {
        var p = ToPixels(box, pixelWidth, pixelHeight, margin);
        if (p.X1 > p.X0 && p.Y1 > p.Y0) AddPixels(p);
    }

    /// <summary>The device pixels a layout box touches (grown by <paramref name="margin"/>), inside the buffer.</summary>
    private PixelRect ToPixels(LayoutBox b, int pixelWidth, int pixelHeight, int margin)
    {
        static int Clamp(double v, int max) => double.IsNaN(v) ? 0 : (int)Math.Clamp(v, 0, max);
        return new PixelRect(
            Clamp(Math.Floor(b.X * Scale) - margin, pixelWidth),
            Clamp(Math.Floor(b.Y * Scale) - margin, pixelHeight),
            Clamp(Math.Ceiling(b.Right * Scale) + margin, pixelWidth),
            Clamp(Math.Ceiling(b.Bottom * Scale) + margin, pixelHeight));
    }

    /// <summary>Adds a rectangle, merged with every one it overlaps or touches.</summary>
    private void AddPixels(PixelRect p)
    {
        for (int i = 0; i < _damage.Count; i++)
        {
            var r = _damage[i];
            if (p.X0 <= r.X1 && r.X0 <= p.X1 && p.Y0 <= r.Y1 && r.Y0 <= p.Y1)
            {
                p = new PixelRect(Math.Min(p.X0, r.X0), Math.Min(p.Y0, r.Y0), Math.Max(p.X1, r.X1), Math.Max(p.Y1, r.Y1));
                _damage.RemoveAt(i);
                i = -1; // the union may meet rectangles checked before: start over
            }
        }
        _damage.Add(p);
    }

    private (int X, int Y, int Width, int Height) DamageBounds()
    {
        if (_damage.Count == 0) return (0, 0, 0, 0);
        int x0 = int.MaxValue, y0 = int.MaxValue, x1 = 0, y1 = 0;
        foreach (var r in _damage)
        {
            x0 = Math.Min(x0, r.X0);
            y0 = Math.Min(y0, r.Y0);
            x1 = Math.Max(x1, r.X1);
            y1 = Math.Max(y1, r.Y1);
        }
        return (x0, y0, x1 - x0, y1 - y0);
    }
}

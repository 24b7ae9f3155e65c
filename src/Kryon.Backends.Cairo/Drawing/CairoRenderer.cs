using Kryon.Backends.Cairo.Native;
using Kryon.Backends.Cairo.Output;
using Kryon.Backends.Cairo.Text;
using Kryon.Diagnostics;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Values;
using static Kryon.Backends.Cairo.Native.CairoNative;

namespace Kryon.Backends.Cairo.Drawing;

/// <summary>
/// Draws a <see cref="DisplayList"/> with cairo, command by command in paint order: the window
/// background, rounded fills and borders, Pango text, images, rounded clips, opacity groups and the
/// caret. Coordinates are layout pixels; <see cref="Scale"/> maps them to device pixels (HiDPI).
/// Output to files, streams and memory is in <see cref="CairoSurfaces"/> (and the shortcuts below).
///
/// Keeps decoded images and text layouts between frames. Not thread-safe (cairo contexts and Pango
/// are not): use one renderer per thread, and dispose it to free the native memory.
/// </summary>
public sealed partial class CairoRenderer : IDisposable
{
    private readonly PangoTextEngine _engine;
    private readonly TextPainter _text;
    private readonly ImageCache _images = new();
    private readonly Stack<(DisplayCommandKind Kind, float Opacity)> _groups = new();
    private List<Diagnostic>? _reported;
    private bool _disposed;

    /// <summary>A renderer with its own Pango font map. Throws <see cref="CairoUnavailableException"/> when cairo or Pango is not installed.</summary>
    public CairoRenderer()
    {
        _engine = new PangoTextEngine();
        _text = new TextPainter(_engine);
    }

    /// <summary>Device pixels per layout pixel (2 on a HiDPI screen). Output surfaces are the list's size × this.</summary>
    public float Scale
    {
        get;
        set => field = value > 0 && float.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the scale must be a positive number");
    } = 1;

    /// <summary>Where relative image paths are found (the app's directory); the current directory when null.</summary>
    public string? ImageBaseDirectory { get; set; }

    /// <summary>
    /// What the window shows where the App sets no background: white, as a browser page. Set
    /// <see cref="Color.Transparent"/> to keep such a render transparent.
    /// </summary>
    public Color DefaultBackground { get; set; } = new(255, 255, 255, 255);

    /// <summary>Called for each diagnostic as it is found (an image that cannot be shown, once per image).</summary>
    public event Action<Diagnostic>? DiagnosticReported;

    /// <summary>Renders to a file (see <see cref="CairoSurfaces.RenderToFile"/>).</summary>
    public RenderResult RenderToFile(DisplayList list, string path, RasterFormat format) => CairoSurfaces.RenderToFile(this, list, path, format);

    /// <summary>Renders to a stream (see <see cref="CairoSurfaces.RenderToStream"/>).</summary>
    public RenderResult RenderToStream(DisplayList list, Stream stream, RasterFormat format) => CairoSurfaces.RenderToStream(this, list, stream, format);

    /// <summary>Renders to memory (see <see cref="CairoSurfaces.RenderToPixels"/>).</summary>
    public RenderedImage RenderToPixels(DisplayList list) => CairoSurfaces.RenderToPixels(this, list);

    /// <summary>
    /// Draws the list onto <paramref name="cr"/>, whose target is the list's size × <see cref="Scale"/>,
    /// and returns what it reported. The context's state is restored afterwards.
    /// </summary>
    internal IReadOnlyList<Diagnostic> Draw(CairoContextHandle cr, DisplayList list)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var reported = _reported = [];
        try
        {
            cairo_save(cr);
            cairo_set_antialias(cr, CairoAntialias.Good);
            cairo_scale(cr, Scale, Scale);
            PaintBackground(cr, list.Background.A > 0 ? list.Background : DefaultBackground);
            foreach (ref readonly var command in list.Commands) Execute(cr, command);
            // A list that forgot a pop still composites what it drew.
            while (_groups.Count > 0) Pop(cr, _groups.Peek().Kind);
            cairo_restore(cr);
            return reported;
        }
        finally
        {
            _groups.Clear();
            _reported = null;
            _text.EndFrame();
            _images.EndFrame();
        }
    }

    private static void PaintBackground(CairoContextHandle cr, Color color)
    {
        // SOURCE, not OVER: a reused target (a window's buffer) must not show the last frame through.
        cairo_set_operator(cr, CairoOperator.Source);
        SetColor(cr, color);
        cairo_paint(cr);
        cairo_set_operator(cr, CairoOperator.Over);
    }

    private void Execute(CairoContextHandle cr, in DisplayCommand command)
    {
        var box = command.Bounds;
        switch (command.Kind)
        {
            case DisplayCommandKind.FillRect:
                if (command.Color.A == 0 || box.Width <= 0 || box.Height <= 0) return;
                RoundedRect.Add(cr, box, command.Radius);
                SetColor(cr, command.Color);
                cairo_fill(cr);
                break;
            case DisplayCommandKind.Border:
                StrokeBorder(cr, box, command.Radius, command.Sides, command.Color);
                break;
            case DisplayCommandKind.Text:
                if (command.Text is { } run) _text.Draw(cr, box, run);
                break;
            case DisplayCommandKind.Image:
                if (command.Image is { } image) DrawImage(cr, box, image);
                break;
            case DisplayCommandKind.PushClip:
                cairo_save(cr);
                RoundedRect.Add(cr, new LayoutBox(box.X, box.Y, Math.Max(0, box.Width), Math.Max(0, box.Height)), command.Radius);
                cairo_clip(cr);
                _groups.Push((DisplayCommandKind.PushClip, 1));
                break;
            case DisplayCommandKind.PushOpacity:
                // The subtree is drawn opaque into a group, then composited once at the opacity (CSS
                // opacity: overlapping children do not show through each other).
                cairo_push_group(cr);
                _groups.Push((DisplayCommandKind.PushOpacity, Math.Clamp(command.Opacity, 0, 1)));
                break;
            case DisplayCommandKind.PopClip:
            case DisplayCommandKind.PopOpacity:
                Pop(cr, command.Kind == DisplayCommandKind.PopClip ? DisplayCommandKind.PushClip : DisplayCommandKind.PushOpacity);
                break;
            case DisplayCommandKind.Caret:
                if (box.Width <= 0 || box.Height <= 0) return;
                cairo_rectangle(cr, box.X, box.Y, box.Width, box.Height);
                SetColor(cr, command.Color);
                cairo_fill(cr);
                break;
        }
    }

    /// <summary>Ends the innermost clip or group, if it is of the expected kind (a stray pop is ignored).</summary>
    private void Pop(CairoContextHandle cr, DisplayCommandKind pushed)
    {
        if (_groups.Count == 0 || _groups.Peek().Kind != pushed) return;
        var (kind, opacity) = _groups.Pop();
        if (kind == DisplayCommandKind.PushClip)
        {
            cairo_restore(cr);
            return;
        }
        cairo_pop_group_to_source(cr);
        cairo_paint_with_alpha(cr, opacity);
    }

    /// <summary>
    /// A border inside the box: the ring between the rounded outline and the padding box's outline
    /// (each side inset by its own width, the inner corners shrunk as CSS draws them), filled even-odd.
    /// Same outer edge as the background fill, pixel for pixel.
    /// </summary>
    private static void StrokeBorder(CairoContextHandle cr, LayoutBox box, float radius, BorderWidths sides, Color color)
    {
        if (color.A == 0 || !sides.Any || box.Width <= 0 || box.Height <= 0) return;
        float outerRadius = RoundedRect.Clamp(radius, box.Width, box.Height);
        RoundedRect.Add(cr, box, outerRadius);
        RoundedRect.AddInner(cr, box, outerRadius, sides);
        cairo_set_fill_rule(cr, CairoFillRule.EvenOdd);
        SetColor(cr, color);
        cairo_fill(cr);
        cairo_set_fill_rule(cr, CairoFillRule.Winding);
    }

    private void DrawImage(CairoContextHandle cr, LayoutBox box, ImageRun run)
    {
        if (box.Width <= 0 || box.Height <= 0) return;
        var surface = _images.Get(run.Source, ImageBaseDirectory, Report);
        if (surface is null) return; // reported once; an empty box, like a browser's broken image without alt text
        int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
        var target = ImageFit.Place(run.Fit, width, height, box);
        if (target.Width <= 0 || target.Height <= 0) return;
        cairo_save(cr);
        // Clip to both the box (cover and none overflow it) and the image (scaled edges stay sharp).
        cairo_rectangle(cr, box.X, box.Y, box.Width, box.Height);
        cairo_clip(cr);
        cairo_rectangle(cr, target.X, target.Y, target.Width, target.Height);
        cairo_clip(cr);
        cairo_translate(cr, target.X, target.Y);
        cairo_scale(cr, target.Width / width, target.Height / height);
        cairo_set_source_surface(cr, surface, 0, 0);
        // Filtering near the edge samples beyond the image: repeat its edge pixels instead of transparency.
        cairo_pattern_set_extend(cairo_get_source(cr), CairoExtend.Pad);
        cairo_paint(cr);
        cairo_restore(cr);
    }

    private void Report(Diagnostic diagnostic)
    {
        _reported?.Add(diagnostic);
        DiagnosticReported?.Invoke(diagnostic);
    }

    private static void SetColor(CairoContextHandle cr, Color c)
        => cairo_set_source_rgba(cr, c.R / 255.0, c.G / 255.0, c.B / 255.0, c.A / 255.0);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _text.Dispose();
        _images.Dispose();
        _engine.Dispose();
        _scratch?.Dispose();
    }
}

using Kryon.Backends.Cairo.Native;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Text;
using static Kryon.Backends.Cairo.Native.PangoNative;

namespace Kryon.Backends.Cairo.Text;

/// <summary>
/// Text metrics from Pango for the layout engine: the same layouts the cairo renderer draws
/// (<see cref="PangoTextEngine"/>, style from <see cref="TextStyle.Of(Element?)"/>).
///
/// Widths and heights are rounded up to whole pixels: the layout rounds boxes to whole pixels,
/// and a box a fraction narrower than its text would wrap the last word when drawn.
///
/// Layout calls this many times per text with different widths, so each (text, style) keeps its
/// Pango layout and the results: max-content width and unwrapped height are computed once,
/// min-content on first request, and the last few wrapped heights with the range of widths each
/// holds for. The cache is bounded (<see cref="CacheCapacity"/>); when full it starts over.
/// Not thread-safe.
/// </summary>
public sealed class PangoTextMeasurer : ITextMeasurer, ICaretMeasurer, IDisposable
{
    private readonly PangoTextEngine _engine;
    private readonly bool _ownsEngine;
    private readonly Func<LayoutNode, TextStyle> _styleOf;
    private readonly Dictionary<(string Text, TextStyle Style), Entry> _cache = new();
    private bool _disposed;

    /// <summary>A measurer with its own Pango font map. Throws <see cref="CairoUnavailableException"/> when Pango is not installed.</summary>
    /// <param name="styleOf">How to find a node's text style; by default the style of the runtime <see cref="Element"/> in <see cref="LayoutNode.Context"/>.</param>
    public PangoTextMeasurer(Func<LayoutNode, TextStyle>? styleOf = null)
        : this(new PangoTextEngine(), ownsEngine: true, styleOf)
    {
    }

    internal PangoTextMeasurer(PangoTextEngine engine, bool ownsEngine, Func<LayoutNode, TextStyle>? styleOf = null)
    {
        _engine = engine;
        _ownsEngine = ownsEngine;
        _styleOf = styleOf ?? (node => TextStyle.Of(node.Context as Element));
    }

    /// <summary>How many (text, style) layouts are kept before the cache starts over.</summary>
    public int CacheCapacity { get; init; } = 2048;

    /// <summary>Layouts currently cached (for tests and the profiler).</summary>
    public int CachedLayouts => _cache.Count;

    public float MinContentWidth(LayoutNode node, string text) => Measure(text, _styleOf(node)).MinContentWidth();

    public float MaxContentWidth(LayoutNode node, string text) => MathF.Ceiling(Measure(text, _styleOf(node)).MaxWidth);

    public float HeightForWidth(LayoutNode node, string text, float width) => Measure(text, _styleOf(node)).HeightFor(width);

    /// <summary>
    /// The caret in one line of an Input's text, from the same shaped layout the painter draws (exact,
    /// not rounded up like the widths above, so the caret stands on the glyph edge).
    /// </summary>
    public (float LineWidth, float CaretX) Caret(LayoutNode node, string text, int index)
    {
        var entry = Measure(text, _styleOf(node));
        pango_layout_set_width(entry.Layout, -1); // one line, as drawn (a wrapped height may have left a width set)
        return (entry.MaxWidth, PangoTextEngine.CursorX(entry.Layout, text, index));
    }

    /// <summary>The same metrics for a style given directly (the caret position, tests).</summary>
    public (float MinContent, float MaxContent, float Height) Measure(string text, in TextStyle style, float width = float.PositiveInfinity)
    {
        var entry = Measure(text, style);
        return (entry.MinContentWidth(), MathF.Ceiling(entry.MaxWidth), entry.HeightFor(width));
    }

    private Entry Measure(string text, in TextStyle style)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var key = (text, style);
        if (_cache.TryGetValue(key, out var entry)) return entry;
        if (_cache.Count >= CacheCapacity) Clear();
        entry = new Entry(_engine.CreateLayout(text, style), style.Wrap);
        _cache.Add(key, entry);
        return entry;
    }

    /// <summary>Drops every cached layout (fonts stay loaded).</summary>
    public void Clear()
    {
        foreach (var entry in _cache.Values) entry.Layout.Dispose();
        _cache.Clear();
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Clear();
        if (_ownsEngine) _engine.Dispose();
    }

    /// <summary>One text in one style: its layout and what has been measured so far.</summary>
    private sealed class Entry
    {
        public readonly PangoLayoutHandle Layout;
        /// <summary>Unwrapped logical width, exact (Pango units converted, not rounded).</summary>
        public readonly float MaxWidth;
        private readonly float _unwrappedHeight;
        private readonly bool _wraps;
        private float _minWidth = float.NaN;
        /// <summary>Widths already laid out: every width in [From, To] wraps into the same lines.</summary>
        private readonly (float From, float To, float Height)[] _known = [(float.NaN, float.NaN, 0), (float.NaN, float.NaN, 0), (float.NaN, float.NaN, 0), (float.NaN, float.NaN, 0)];
        private int _next;

        public Entry(PangoLayoutHandle layout, bool wraps)
        {
            Layout = layout;
            _wraps = wraps;
            var extents = PangoTextEngine.LogicalExtents(layout);
            MaxWidth = extents.Width;
            _unwrappedHeight = MathF.Ceiling(extents.Height);
        }

        /// <summary>
        /// The widest piece that cannot break: with word wrapping (never inside a word) at a width of
        /// one Pango unit every word sits on a line of its own, and the widest line is the answer.
        /// Drawing wraps words at characters only when the box is narrower than this, as CSS
        /// `overflow-wrap: anywhere` would, but layout never asks for less.
        /// </summary>
        public float MinContentWidth()
        {
            if (!float.IsNaN(_minWidth)) return _minWidth;
            if (!_wraps) return _minWidth = MathF.Ceiling(MaxWidth); // Input and Button text never breaks
            pango_layout_set_wrap(Layout, PangoWrapMode.Word);
            pango_layout_set_width(Layout, 1);
            float widest = PangoTextEngine.LogicalExtents(Layout).Width;
            pango_layout_set_wrap(Layout, PangoWrapMode.WordChar);
            pango_layout_set_width(Layout, -1);
            return _minWidth = MathF.Ceiling(Math.Min(widest, MaxWidth));
        }

        public float HeightFor(float width)
        {
            // Wider than the text (or unbounded): one line per paragraph, no layout needed.
            if (!_wraps || float.IsNaN(width) || width >= MaxWidth) return _unwrappedHeight;
            foreach (var known in _known)
                if (width >= known.From && width <= known.To) return known.Height;
            pango_layout_set_width(Layout, PangoUnits.FromPixels(Math.Max(0, width)));
            var extents = PangoTextEngine.LogicalExtents(Layout);
            float height = MathF.Ceiling(extents.Height);
            // Greedy line breaking puts the breaks in the same places for every width between the
            // widest line it produced and the width it was given: one layout answers that whole range.
            _known[_next] = (Math.Min(extents.Width, width), width, height);
            _next = (_next + 1) % _known.Length;
            return height;
        }
    }
}

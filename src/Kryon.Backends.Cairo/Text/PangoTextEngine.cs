using System.Buffers;
using System.Text;
using Kryon.Backends.Cairo.Native;
using Kryon.Runtime.Text;
using static Kryon.Backends.Cairo.Native.PangoNative;

namespace Kryon.Backends.Cairo.Text;

/// <summary>
/// Builds Pango layouts for Kryon text: the one place that turns a <see cref="TextStyle"/> into a
/// font description and attributes, used by the measurer and by the painter alike, so the layout
/// engine measures exactly what is drawn.
///
/// Metrics are made independent of the device: hinted metrics are off and glyph positions are not
/// rounded, so a layout measures the same whether it is drawn at scale 1, at HiDPI scale 2, or
/// into a PDF. The contexts are never updated from a cairo context for the same reason: cairo
/// scales the outlines when drawing, Pango's numbers stay in layout pixels.
///
/// Not thread-safe (Pango is not): one engine per thread that measures or draws.
/// </summary>
internal sealed class PangoTextEngine : IDisposable
{
    private readonly PangoFontMapHandle _fontMap;
    private readonly PangoContextHandle _ltr;
    private readonly PangoContextHandle _rtl;
    private readonly Dictionary<(string Family, float Size, int Weight, bool Italic), PangoFontDescriptionHandle> _fonts = new();

    public PangoTextEngine()
    {
        NativeLibraries.EnsureAvailable();
        // A private font map (not the per-thread default) so that disposing the engine frees its fonts.
        _fontMap = PangoCairoNative.pango_cairo_font_map_new();
        using var options = CairoNative.cairo_font_options_create();
        // Grayscale anti-aliasing: the same pixels on every screen and in tests (no subpixel colour fringes).
        CairoNative.cairo_font_options_set_antialias(options, CairoAntialias.Gray);
        CairoNative.cairo_font_options_set_hint_metrics(options, CairoHintMetrics.Off);
        CairoNative.cairo_font_options_set_hint_style(options, CairoHintStyle.Slight);
        _ltr = CreateContext(PangoDirection.Ltr, options);
        _rtl = CreateContext(PangoDirection.Rtl, options);
    }

    private PangoContextHandle CreateContext(PangoDirection direction, CairoFontOptionsHandle options)
    {
        var context = pango_font_map_create_context(_fontMap);
        PangoCairoNative.pango_cairo_context_set_font_options(context, options);
        pango_context_set_round_glyph_positions(context, false);
        pango_context_set_base_dir(context, direction);
        return context;
    }

    /// <summary>
    /// A layout of <paramref name="text"/> in <paramref name="style"/>, unwrapped (width −1) and set to
    /// wrap at words, then characters, once a width is given. <paramref name="decoration"/> only
    /// changes what is drawn, never a size.
    /// </summary>
    public PangoLayoutHandle CreateLayout(string text, in TextStyle style, string? decoration = null)
    {
        var layout = pango_layout_new(style.RightToLeft ? _rtl : _ltr);
        try
        {
            // The base direction is the element's `direction`, not guessed from the first strong character (CSS).
            pango_layout_set_auto_dir(layout, false);
            SetText(layout, text);
            pango_layout_set_font_description(layout, FontOf(style));
            using (var attributes = AttributesOf(style, decoration)) pango_layout_set_attributes(layout, attributes);
            pango_layout_set_wrap(layout, PangoWrapMode.WordChar);
            return layout;
        }
        catch
        {
            layout.Dispose();
            throw;
        }
    }

    /// <summary>The logical (advance and line-box) extents in pixels, the box text occupies for layout.</summary>
    public static unsafe (float X, float Y, float Width, float Height) LogicalExtents(PangoLayoutHandle layout)
    {
        PangoRectangle logical;
        pango_layout_get_extents(layout, null, &logical);
        return (PangoUnits.ToPixels(logical.X), PangoUnits.ToPixels(logical.Y), PangoUnits.ToPixels(logical.Width), PangoUnits.ToPixels(logical.Height));
    }

    /// <summary>
    /// The x (pixels, unrounded) of the strong cursor before UTF-16 index <paramref name="index"/> of
    /// <paramref name="text"/>, the layout's text, in the layout as it is currently set up.
    /// </summary>
    public static unsafe float CursorX(PangoLayoutHandle layout, string text, int index)
    {
        int byteIndex = Encoding.UTF8.GetByteCount(text.AsSpan(0, Math.Clamp(index, 0, text.Length)));
        PangoRectangle strong;
        pango_layout_get_cursor_pos(layout, byteIndex, &strong, null);
        return PangoUnits.ToPixels(strong.X);
    }

    private static unsafe void SetText(PangoLayoutHandle layout, string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 512 ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> buffer = rented is not null ? rented : stackalloc byte[512];
        try
        {
            int length = Encoding.UTF8.GetBytes(text, buffer);
            fixed (byte* p = buffer) pango_layout_set_text(layout, p, length);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private PangoFontDescriptionHandle FontOf(in TextStyle style)
    {
        var key = (style.FontFamily, style.FontSize, style.FontWeight, style.Italic);
        if (_fonts.TryGetValue(key, out var font)) return font;
        font = pango_font_description_new();
        pango_font_description_set_family(font, FamilyOf(style.FontFamily));
        // Absolute size: CSS px are device units here, whatever the font map's DPI says.
        pango_font_description_set_absolute_size(font, Math.Max(1f, style.FontSize) * (double)Scale);
        pango_font_description_set_weight(font, Math.Clamp(style.FontWeight, 100, 1000));
        pango_font_description_set_style(font, style.Italic ? PangoStyle.Italic : PangoStyle.Normal);
        _fonts.Add(key, font);
        return font;
    }

    /// <summary>CSS generic names fontconfig does not know; the rest (sans-serif, serif, monospace, lists) pass through.</summary>
    private static string FamilyOf(string family) => family.Trim() switch
    {
        "" or "system-ui" or "ui-sans-serif" or "-apple-system" => "sans-serif",
        "ui-serif" => "serif",
        "ui-monospace" => "monospace",
        var f => f,
    };

    private static PangoAttrListHandle AttributesOf(in TextStyle style, string? decoration)
    {
        var list = pango_attr_list_new();
        // Every line is exactly font size × line height tall, the leading split above and below (CSS line-height).
        pango_attr_list_insert(list, pango_attr_line_height_new_absolute(PangoUnits.FromPixels(Math.Max(1f, style.FontSize) * style.LineHeight)));
        // Breaking inside a word (a word wider than the box) shows no hyphen, as in CSS `overflow-wrap: anywhere`.
        pango_attr_list_insert(list, pango_attr_insert_hyphens_new(false));
        if (style.LetterSpacing != 0) pango_attr_list_insert(list, pango_attr_letter_spacing_new(PangoUnits.FromPixels(style.LetterSpacing)));
        switch (decoration)
        {
            case "underline": pango_attr_list_insert(list, pango_attr_underline_new(PangoUnderline.Single)); break;
            case "line-through": pango_attr_list_insert(list, pango_attr_strikethrough_new(true)); break;
            case "overline": pango_attr_list_insert(list, pango_attr_overline_new(PangoOverline.Single)); break;
        }
        return list;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _fonts.Clear();
        _ltr.Dispose();
        _rtl.Dispose();
        _fontMap.Dispose();
    }
}

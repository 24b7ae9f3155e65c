using System.Runtime.InteropServices;

namespace Kryon.Backends.Cairo.Native;

/// <summary>The Pango functions the backend uses (libpango-1.0-0), and nothing else.</summary>
internal static unsafe partial class PangoNative
{
    private const string Lib = LibraryNames.Pango;

    /// <summary>Pango units per device unit (pixel).</summary>
    internal const int Scale = 1024;

    // Contexts
    [LibraryImport(Lib)] internal static partial PangoContextHandle pango_font_map_create_context(PangoFontMapHandle fontMap);
    [LibraryImport(Lib)] internal static partial void pango_context_set_base_dir(PangoContextHandle context, PangoDirection direction);
    [LibraryImport(Lib)] internal static partial void pango_context_set_round_glyph_positions(PangoContextHandle context, [MarshalAs(UnmanagedType.Bool)] bool round);

    // Layouts
    [LibraryImport(Lib)] internal static partial PangoLayoutHandle pango_layout_new(PangoContextHandle context);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_text(PangoLayoutHandle layout, byte* text, int length);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_font_description(PangoLayoutHandle layout, PangoFontDescriptionHandle description);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_attributes(PangoLayoutHandle layout, PangoAttrListHandle attributes);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_width(PangoLayoutHandle layout, int width);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_height(PangoLayoutHandle layout, int height);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_wrap(PangoLayoutHandle layout, PangoWrapMode wrap);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_ellipsize(PangoLayoutHandle layout, PangoEllipsizeMode ellipsize);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_alignment(PangoLayoutHandle layout, PangoAlignment alignment);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_justify(PangoLayoutHandle layout, [MarshalAs(UnmanagedType.Bool)] bool justify);
    [LibraryImport(Lib)] internal static partial void pango_layout_set_auto_dir(PangoLayoutHandle layout, [MarshalAs(UnmanagedType.Bool)] bool autoDir);
    [LibraryImport(Lib)] internal static partial void pango_layout_get_extents(PangoLayoutHandle layout, PangoRectangle* inkRect, PangoRectangle* logicalRect);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.Bool)] internal static partial bool pango_layout_is_ellipsized(PangoLayoutHandle layout);
    [LibraryImport(Lib)] internal static partial void pango_layout_get_cursor_pos(PangoLayoutHandle layout, int index, PangoRectangle* strongPos, PangoRectangle* weakPos);

    // Font descriptions
    [LibraryImport(Lib)] internal static partial PangoFontDescriptionHandle pango_font_description_new();
    [LibraryImport(Lib)] internal static partial void pango_font_description_free(nint description);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial void pango_font_description_set_family(PangoFontDescriptionHandle description, string family);
    [LibraryImport(Lib)] internal static partial void pango_font_description_set_absolute_size(PangoFontDescriptionHandle description, double size);
    [LibraryImport(Lib)] internal static partial void pango_font_description_set_weight(PangoFontDescriptionHandle description, int weight);
    [LibraryImport(Lib)] internal static partial void pango_font_description_set_style(PangoFontDescriptionHandle description, PangoStyle style);

    // Attributes: each *_new returns an attribute that pango_attr_list_insert takes ownership of.
    [LibraryImport(Lib)] internal static partial PangoAttrListHandle pango_attr_list_new();
    [LibraryImport(Lib)] internal static partial void pango_attr_list_unref(nint list);
    [LibraryImport(Lib)] internal static partial void pango_attr_list_insert(PangoAttrListHandle list, nint attribute);
    [LibraryImport(Lib)] internal static partial nint pango_attr_line_height_new_absolute(int height);
    [LibraryImport(Lib)] internal static partial nint pango_attr_letter_spacing_new(int letterSpacing);
    [LibraryImport(Lib)] internal static partial nint pango_attr_underline_new(PangoUnderline underline);
    [LibraryImport(Lib)] internal static partial nint pango_attr_strikethrough_new([MarshalAs(UnmanagedType.Bool)] bool strikethrough);
    [LibraryImport(Lib)] internal static partial nint pango_attr_overline_new(PangoOverline overline);
    [LibraryImport(Lib)] internal static partial nint pango_attr_insert_hyphens_new([MarshalAs(UnmanagedType.Bool)] bool insertHyphens);
}

using System.Runtime.InteropServices;

namespace Kryon.Backends.Cairo.Native;

/// <summary>The glue between Pango and cairo (libpangocairo-1.0-0): a cairo font map, font options, drawing a layout.</summary>
internal static partial class PangoCairoNative
{
    private const string Lib = LibraryNames.PangoCairo;

    [LibraryImport(Lib)] internal static partial PangoFontMapHandle pango_cairo_font_map_new();
    [LibraryImport(Lib)] internal static partial void pango_cairo_context_set_font_options(PangoContextHandle context, CairoFontOptionsHandle options);
    [LibraryImport(Lib)] internal static partial void pango_cairo_show_layout(CairoContextHandle cr, PangoLayoutHandle layout);
}

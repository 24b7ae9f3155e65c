using System.Runtime.InteropServices;

namespace Kryon.Backends.Cairo.Native;

/// <summary>The cairo functions the backend uses (libcairo2), and nothing else.</summary>
internal static unsafe partial class CairoNative
{
    private const string Lib = LibraryNames.Cairo;

    // Surfaces
    [LibraryImport(Lib)] internal static partial CairoSurfaceHandle cairo_image_surface_create(CairoFormat format, int width, int height);
    [LibraryImport(Lib)] internal static partial CairoSurfaceHandle cairo_image_surface_create_for_data(byte* data, CairoFormat format, int width, int height, int stride);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial CairoSurfaceHandle cairo_image_surface_create_from_png(string filename);
    [LibraryImport(Lib)] internal static partial int cairo_image_surface_get_width(CairoSurfaceHandle surface);
    [LibraryImport(Lib)] internal static partial int cairo_image_surface_get_height(CairoSurfaceHandle surface);
    [LibraryImport(Lib)] internal static partial int cairo_image_surface_get_stride(CairoSurfaceHandle surface);
    [LibraryImport(Lib)] internal static partial byte* cairo_image_surface_get_data(CairoSurfaceHandle surface);
    [LibraryImport(Lib)] internal static partial int cairo_format_stride_for_width(CairoFormat format, int width);
    [LibraryImport(Lib)] internal static partial CairoSurfaceHandle cairo_svg_surface_create_for_stream(delegate* unmanaged[Cdecl]<nint, byte*, uint, CairoStatus> write, nint closure, double widthPt, double heightPt);
    [LibraryImport(Lib)] internal static partial void cairo_svg_surface_set_document_unit(CairoSurfaceHandle surface, CairoSvgUnit unit);
    [LibraryImport(Lib)] internal static partial CairoSurfaceHandle cairo_pdf_surface_create_for_stream(delegate* unmanaged[Cdecl]<nint, byte*, uint, CairoStatus> write, nint closure, double widthPt, double heightPt);
    [LibraryImport(Lib)] internal static partial CairoStatus cairo_surface_write_to_png_stream(CairoSurfaceHandle surface, delegate* unmanaged[Cdecl]<nint, byte*, uint, CairoStatus> write, nint closure);
    [LibraryImport(Lib)] internal static partial CairoStatus cairo_surface_status(CairoSurfaceHandle surface);
    [LibraryImport(Lib)] internal static partial void cairo_surface_flush(CairoSurfaceHandle surface);
    [LibraryImport(Lib)] internal static partial void cairo_surface_mark_dirty(CairoSurfaceHandle surface);
    [LibraryImport(Lib)] internal static partial void cairo_surface_finish(CairoSurfaceHandle surface);
    [LibraryImport(Lib)] internal static partial void cairo_surface_destroy(nint surface);
    [LibraryImport(Lib)] internal static partial nint cairo_status_to_string(CairoStatus status);

    // Context and state
    [LibraryImport(Lib)] internal static partial CairoContextHandle cairo_create(CairoSurfaceHandle target);
    [LibraryImport(Lib)] internal static partial void cairo_destroy(nint cr);
    [LibraryImport(Lib)] internal static partial CairoStatus cairo_status(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_save(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_restore(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_scale(CairoContextHandle cr, double sx, double sy);
    [LibraryImport(Lib)] internal static partial void cairo_translate(CairoContextHandle cr, double tx, double ty);
    [LibraryImport(Lib)] internal static partial void cairo_identity_matrix(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_set_antialias(CairoContextHandle cr, CairoAntialias antialias);
    [LibraryImport(Lib)] internal static partial void cairo_set_fill_rule(CairoContextHandle cr, CairoFillRule rule);
    [LibraryImport(Lib)] internal static partial void cairo_set_operator(CairoContextHandle cr, CairoOperator op);

    // Sources and painting
    [LibraryImport(Lib)] internal static partial void cairo_set_source_rgba(CairoContextHandle cr, double red, double green, double blue, double alpha);
    [LibraryImport(Lib)] internal static partial void cairo_set_source_surface(CairoContextHandle cr, CairoSurfaceHandle surface, double x, double y);
    [LibraryImport(Lib)] internal static partial void cairo_paint(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_paint_with_alpha(CairoContextHandle cr, double alpha);
    [LibraryImport(Lib)] internal static partial void cairo_push_group(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_pop_group_to_source(CairoContextHandle cr);
    /// <summary>The current source pattern, borrowed (not referenced): valid until the source changes.</summary>
    [LibraryImport(Lib)] internal static partial nint cairo_get_source(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_pattern_set_extend(nint pattern, CairoExtend extend);

    // Paths
    [LibraryImport(Lib)] internal static partial void cairo_new_sub_path(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_close_path(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_move_to(CairoContextHandle cr, double x, double y);
    [LibraryImport(Lib)] internal static partial void cairo_line_to(CairoContextHandle cr, double x, double y);
    [LibraryImport(Lib)] internal static partial void cairo_rectangle(CairoContextHandle cr, double x, double y, double width, double height);
    [LibraryImport(Lib)] internal static partial void cairo_arc(CairoContextHandle cr, double xc, double yc, double radius, double angle1, double angle2);
    [LibraryImport(Lib)] internal static partial void cairo_fill(CairoContextHandle cr);
    [LibraryImport(Lib)] internal static partial void cairo_clip(CairoContextHandle cr);

    // Font options (for the Pango contexts)
    [LibraryImport(Lib)] internal static partial CairoFontOptionsHandle cairo_font_options_create();
    [LibraryImport(Lib)] internal static partial void cairo_font_options_destroy(nint options);
    [LibraryImport(Lib)] internal static partial void cairo_font_options_set_antialias(CairoFontOptionsHandle options, CairoAntialias antialias);
    [LibraryImport(Lib)] internal static partial void cairo_font_options_set_hint_metrics(CairoFontOptionsHandle options, CairoHintMetrics hintMetrics);
    [LibraryImport(Lib)] internal static partial void cairo_font_options_set_hint_style(CairoFontOptionsHandle options, CairoHintStyle hintStyle);

    /// <summary>cairo's own words for a status ("error while writing to output stream").</summary>
    internal static string Describe(CairoStatus status) => Marshal.PtrToStringUTF8(cairo_status_to_string(status)) ?? status.ToString();
}

using Microsoft.Win32.SafeHandles;

namespace Kryon.Backends.Cairo.Native;

// Owning wrappers for every native object the backend creates, so a dropped reference never
// leaks. Owners (renderer, measurer, text engine) dispose them deterministically: cairo and
// Pango objects are not thread-safe, and a finalizer releasing one on the finalizer thread
// while another thread uses the same font map would race.

/// <summary>A cairo_surface_t (image, SVG or PDF); released with cairo_surface_destroy.</summary>
internal sealed class CairoSurfaceHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        CairoNative.cairo_surface_destroy(handle);
        return true;
    }
}

/// <summary>A cairo_t drawing context; released with cairo_destroy.</summary>
internal sealed class CairoContextHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        CairoNative.cairo_destroy(handle);
        return true;
    }
}

/// <summary>A cairo_font_options_t; released with cairo_font_options_destroy.</summary>
internal sealed class CairoFontOptionsHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        CairoNative.cairo_font_options_destroy(handle);
        return true;
    }
}

/// <summary>Any GObject (font map, Pango context, layout, pixbuf); released with g_object_unref.</summary>
internal abstract class GObjectHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        GLibNative.g_object_unref(handle);
        return true;
    }
}

internal sealed class PangoFontMapHandle : GObjectHandle;

internal sealed class PangoContextHandle : GObjectHandle;

internal sealed class PangoLayoutHandle : GObjectHandle;

internal sealed class GdkPixbufHandle : GObjectHandle;

/// <summary>A PangoFontDescription (a plain boxed struct, not a GObject); released with pango_font_description_free.</summary>
internal sealed class PangoFontDescriptionHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        PangoNative.pango_font_description_free(handle);
        return true;
    }
}

/// <summary>A PangoAttrList (reference counted; a layout keeps its own reference); released with pango_attr_list_unref.</summary>
internal sealed class PangoAttrListHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        PangoNative.pango_attr_list_unref(handle);
        return true;
    }
}

namespace Kryon.Backends.Cairo.Native;

/// <summary>
/// The sonames the bindings load (Debian 12). Versioned names on purpose: the unversioned `.so`
/// links only exist when the -dev packages are installed, which a user's machine does not need.
/// </summary>
internal static class LibraryNames
{
    public const string Cairo = "libcairo.so.2";
    public const string Pango = "libpango-1.0.so.0";
    public const string PangoCairo = "libpangocairo-1.0.so.0";
    public const string GObject = "libgobject-2.0.so.0";
    public const string GLib = "libglib-2.0.so.0";
    public const string GdkPixbuf = "libgdk_pixbuf-2.0.so.0";
}

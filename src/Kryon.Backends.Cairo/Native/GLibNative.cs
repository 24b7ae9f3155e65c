using System.Runtime.InteropServices;

namespace Kryon.Backends.Cairo.Native;

/// <summary>GLib/GObject memory management: releasing GObjects and GErrors.</summary>
internal static partial class GLibNative
{
    [LibraryImport(LibraryNames.GObject)] internal static partial void g_object_unref(nint obj);
    [LibraryImport(LibraryNames.GLib)] internal static partial void g_error_free(nint error);

    /// <summary>The message of a GError* (struct GError { GQuark domain; gint code; gchar *message; }), then frees it.</summary>
    internal static string TakeErrorMessage(nint error)
    {
        if (error == 0) return "unknown error";
        try
        {
            nint message = Marshal.ReadIntPtr(error, 8); // after two 32-bit fields
            return Marshal.PtrToStringUTF8(message) ?? "unknown error";
        }
        finally
        {
            g_error_free(error);
        }
    }
}

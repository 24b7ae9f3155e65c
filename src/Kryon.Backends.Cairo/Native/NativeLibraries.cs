using System.Runtime.InteropServices;

namespace Kryon.Backends.Cairo.Native;

/// <summary>A shared library the backend loads, and the Debian package that installs it.</summary>
public sealed record RequiredLibrary(string FileName, string DebianPackage);

/// <summary>
/// Finds out before the first native call whether cairo and Pango can be loaded, so a machine
/// without them gets one sentence naming the packages to install instead of a
/// DllNotFoundException with a stack trace (ARCHITECTURE.md: native libraries fail clearly).
/// </summary>
public static class NativeLibraries
{
    /// <summary>What the backend cannot work without.</summary>
    public static IReadOnlyList<RequiredLibrary> Required { get; } =
    [
        new(LibraryNames.Cairo, "libcairo2"),
        new(LibraryNames.Pango, "libpango-1.0-0"),
        new(LibraryNames.PangoCairo, "libpangocairo-1.0-0"),
        new(LibraryNames.GObject, "libglib2.0-0"),
        new(LibraryNames.GLib, "libglib2.0-0"),
    ];

    /// <summary>Decodes JPEG (and GIF, BMP, …); without it only PNG images show.</summary>
    public static RequiredLibrary ImageDecoder { get; } = new(LibraryNames.GdkPixbuf, "libgdk-pixbuf-2.0-0");

    /// <summary>The packages named in every install hint: one command that brings the whole backend.</summary>
    private static readonly string[] CorePackages = ["libcairo2", "libpango-1.0-0", "libpangocairo-1.0-0"];

    private static readonly Lazy<string?> RequiredCheck = new(() => Check(Required));
    private static readonly Lazy<bool> DecoderCheck = new(() => CanLoad(ImageDecoder.FileName));

    /// <summary>Null when every required library loads; otherwise the message to show the user.</summary>
    public static string? Check() => RequiredCheck.Value;

    /// <summary>Null when every library in <paramref name="libraries"/> loads; otherwise the message naming what to install.</summary>
    public static string? Check(IEnumerable<RequiredLibrary> libraries)
    {
        var missing = libraries.Where(l => !CanLoad(l.FileName)).ToList();
        return missing.Count == 0 ? null : MissingMessage(missing);
    }

    /// <summary>Whether JPEG and the other non-PNG formats can be decoded.</summary>
    public static bool HasImageDecoder => DecoderCheck.Value;

    /// <summary>
    /// "The cairo backend cannot start: libcairo.so.2 (package libcairo2) is not installed. Install
    /// it with: sudo apt-get install libcairo2 libpango-1.0-0 libpangocairo-1.0-0"
    /// </summary>
    public static string MissingMessage(IReadOnlyCollection<RequiredLibrary> missing)
    {
        string names = string.Join(", ", missing.Select(l => $"{l.FileName} (package {l.DebianPackage})"));
        var packages = CorePackages.Concat(missing.Select(l => l.DebianPackage)).Distinct();
        string verb = missing.Count == 1 ? "is" : "are";
        return $"The cairo backend cannot start: {names} {verb} not installed. " +
               $"Install {(missing.Count == 1 ? "it" : "them")} with: sudo apt-get install {string.Join(' ', packages)}";
    }

    /// <summary>The hint for an image that needs the optional decoder.</summary>
    internal static string DecoderMissingMessage(string what)
        => $"{what} needs {ImageDecoder.FileName}, which is not installed. Install it with: sudo apt-get install {ImageDecoder.DebianPackage}";

    /// <summary>Stops with <see cref="CairoUnavailableException"/> when a required library is missing.</summary>
    internal static void EnsureAvailable()
    {
        if (Check() is { } message) throw new CairoUnavailableException(message);
    }

    // The handle stays loaded on purpose: the bindings load the same soname right after.
    private static bool CanLoad(string fileName) => NativeLibrary.TryLoad(fileName, out _);
}

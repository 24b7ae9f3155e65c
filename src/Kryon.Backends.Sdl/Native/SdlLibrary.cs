using System.Runtime.InteropServices;

namespace Kryon.Backends.Sdl.Native;

/// <summary>Whether libSDL2 can be loaded, checked once before the first SDL call.</summary>
internal static class SdlLibrary
{
    /// <summary>The Debian package that installs <see cref="SdlNative.Library"/>.</summary>
    public const string DebianPackage = "libsdl2-2.0-0";

    private static readonly Lazy<bool> Loadable = new(() => NativeLibrary.TryLoad(SdlNative.Library, out _));

    public static bool CanLoad => Loadable.Value;

    public static string MissingMessage =>
        $"{SdlNative.Library} (package {DebianPackage}) is not installed; install it with: sudo apt-get install {DebianPackage}";
}

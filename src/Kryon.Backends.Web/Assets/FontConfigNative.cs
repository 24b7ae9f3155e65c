using System.Runtime.InteropServices;

namespace Kryon.Backends.Web.Assets;

/// <summary>The few fontconfig calls that find the file Pango draws a family with (Pango asks fontconfig the same way).</summary>
internal static partial class FontConfigNative
{
    private const string Library = "libfontconfig.so.1";

    /// <summary>FcMatchPattern: substitutions for a pattern that is about to be matched.</summary>
    public const int MatchPattern = 0;

    /// <summary>FcResultMatch.</summary>
    public const int ResultMatch = 0;

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint FcNameParse(string name);

    [LibraryImport(Library)]
    public static partial int FcConfigSubstitute(nint config, nint pattern, int kind);

    [LibraryImport(Library)]
    public static partial void FcDefaultSubstitute(nint pattern);

    [LibraryImport(Library)]
    public static partial nint FcFontMatch(nint config, nint pattern, out int result);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int FcPatternGetString(nint pattern, string property, int index, out nint value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int FcPatternGetInteger(nint pattern, string property, int index, out int value);

    [LibraryImport(Library)]
    public static partial int FcWeightFromOpenType(int weight);

    [LibraryImport(Library)]
    public static partial void FcPatternDestroy(nint pattern);
}

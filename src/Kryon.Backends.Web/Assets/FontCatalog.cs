using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Kryon.Backends.Web.Assets;

/// <summary>One font file the browser loads (via the FontFace API) to draw what the server measured.</summary>
/// <param name="Id">The face's number: the browser names it `kf&lt;Id&gt;` and fetches `/kryon/fonts/&lt;Id&gt;`.</param>
/// <param name="Path">The font file fontconfig chose.</param>
internal sealed record FontFace(int Id, string Path);

/// <summary>
/// Which font file the server's Pango draws each (family, weight, italic) with, found by asking
/// fontconfig as Pango does (on Debian 12: DejaVu Sans, Serif and Mono from fonts-dejavu-core), so
/// the browser draws with the very file the layout was measured with. Faces are numbered as they are
/// first needed; only those files are ever served (a client names a number, never a path).
/// Thread-safe.
/// </summary>
internal sealed class FontCatalog
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Family, int Weight, bool Italic), FontFace?> _byStyle = new();
    private readonly Dictionary<string, FontFace> _byPath = new(StringComparer.Ordinal);
    private readonly List<FontFace> _faces = [];
    private bool _unavailable;

    /// <summary>Called once if fontconfig cannot be used: the browser then falls back to its own fonts and text may not match the layout.</summary>
    public Action<string>? Unavailable { get; init; }

    /// <summary>The face for a text run's font, or null when fontconfig has none (the browser uses the generic family).</summary>
    public FontFace? FaceFor(string family, int weight, bool italic)
    {
        lock (_lock)
        {
            var key = (family, weight, italic);
            if (_byStyle.TryGetValue(key, out var known)) return known;
            var face = Resolve(family, weight, italic);
            _byStyle[key] = face;
            return face;
        }
    }

    /// <summary>A face handed out before, by number (what `/kryon/fonts/&lt;id&gt;` serves).</summary>
    public FontFace? Get(int id)
    {
        lock (_lock) return id >= 0 && id < _faces.Count ? _faces[id] : null;
    }

    private FontFace? Resolve(string family, int weight, bool italic)
    {
        if (_unavailable) return null;
        string? path;
        try
        {
            path = MatchFile(PatternOf(family, weight, italic));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            Unavailable?.Invoke($"fontconfig is not available ({e.Message}): the browser draws with its own fonts, and text may not fit the layout exactly; install libfontconfig1");
            return null;
        }
        if (path is null || !File.Exists(path)) return null;
        if (_byPath.TryGetValue(path, out var face)) return face;
        face = new FontFace(_faces.Count, path);
        _faces.Add(face);
        _byPath.Add(path, face);
        return face;
    }

    private static string? MatchFile(string pattern)
    {
        nint parsed = FontConfigNative.FcNameParse(pattern);
        if (parsed == 0) return null;
        try
        {
            FontConfigNative.FcConfigSubstitute(0, parsed, FontConfigNative.MatchPattern);
            FontConfigNative.FcDefaultSubstitute(parsed);
            nint match = FontConfigNative.FcFontMatch(0, parsed, out int result);
            if (match == 0) return null;
            try
            {
                if (result != FontConfigNative.ResultMatch) return null;
                return FontConfigNative.FcPatternGetString(match, "file", 0, out nint file) == FontConfigNative.ResultMatch
                    ? Marshal.PtrToStringUTF8(file) : null;
            }
            finally
            {
                FontConfigNative.FcPatternDestroy(match);
            }
        }
        finally
        {
            FontConfigNative.FcPatternDestroy(parsed);
        }
    }

    /// <summary>
    /// A fontconfig pattern for the run's font: the family list (CSS generic aliases mapped as the
    /// cairo backend's Pango engine maps them), the CSS weight converted as Pango converts it, the slant.
    /// </summary>
    internal static string PatternOf(string family, int weight, bool italic)
    {
        var pattern = new StringBuilder();
        foreach (var name in family.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).DefaultIfEmpty(""))
        {
            if (pattern.Length > 0) pattern.Append(',');
            foreach (char c in PangoFamilyOf(name.Trim('"', '\'')))
            {
                // fontconfig's name syntax: these separate families and properties.
                if (c is '\\' or '-' or ':' or ',') pattern.Append('\\');
                pattern.Append(c);
            }
        }
        int fcWeight = FontConfigNative.FcWeightFromOpenType(Math.Clamp(weight, 1, 1000));
        pattern.Append(CultureInfo.InvariantCulture, $":weight={fcWeight}:slant={(italic ? 100 : 0)}");
        return pattern.ToString();
    }

    /// <summary>The CSS generic names fontconfig does not know, as the cairo backend's text engine maps them.</summary>
    private static string PangoFamilyOf(string family) => family switch
    {
        "" or "system-ui" or "ui-sans-serif" or "-apple-system" => "sans-serif",
        "ui-serif" => "serif",
        "ui-monospace" => "monospace",
        _ => family,
    };
}

namespace Kryon.Backends.Cairo.Output;

/// <summary>The file formats a display list renders to.</summary>
public enum RasterFormat
{
    /// <summary>A bitmap of the window at logical size × scale (ARGB, anti-aliased).</summary>
    Png,
    /// <summary>Vector graphics (text as glyph outlines), sized in px: 1 layout px = 1 SVG px × scale.</summary>
    Svg,
    /// <summary>A one-page PDF, 1 layout px = 1 pt × scale.</summary>
    Pdf,
}

/// <summary>Picks the format from a file name (`.png`, `.svg`, `.pdf`).</summary>
public static class RasterFormats
{
    public static RasterFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => RasterFormat.Png,
        ".svg" => RasterFormat.Svg,
        ".pdf" => RasterFormat.Pdf,
        _ => null,
    };
}

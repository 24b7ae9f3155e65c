namespace Kryon.LanguageServer.Analysis;

/// <summary>Paths written in a `.kry` file (`@include`, `from`) are relative to that file's folder, as the compiler resolves them.</summary>
public static class RelativePath
{
    /// <summary>The path as the compiler reads it and its full form; null when the text is empty or not a valid path.</summary>
    public static (string Display, string Full)? Resolve(string fromFile, string written)
    {
        if (written.Length == 0) return null;
        try
        {
            var display = Path.IsPathRooted(written) ? written : Path.Join(Path.GetDirectoryName(fromFile), written);
            return (display, Path.GetFullPath(display));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}

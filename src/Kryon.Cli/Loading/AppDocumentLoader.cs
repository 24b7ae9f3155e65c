using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;

namespace Kryon.Cli.Loading;

/// <summary>
/// The app a command runs, from either kind of file: a `.kry` is checked and compiled in memory and
/// its bytes are read back through the same validating reader that loads `.krb` files
/// (ARCHITECTURE.md: the CLI's `run app.kry` convenience path); a `.krb` (by extension, or any file
/// that starts with the KRB magic) is read directly. Every problem is a diagnostic in the bag;
/// the document is null when there is an error.
/// </summary>
public static class AppDocumentLoader
{
    public static KrbDocument? Load(string path, DiagnosticBag diagnostics) => Load(path, diagnostics, out _);

    /// <summary>
    /// Loads the app and, for a `.kry`, says where each embedded script's code came from (keyed by
    /// the code: the .kry path and the line it starts on, or its `from` file), so script errors can
    /// name the line the author wrote. Empty for a `.krb`, which does not record it.
    /// </summary>
    public static KrbDocument? Load(string path, DiagnosticBag diagnostics, out IReadOnlyDictionary<string, (string SourceName, int FirstLine)> scriptSources)
    {
        var sources = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        scriptSources = sources;
        return IsKrb(path) ? LoadKrb(path, diagnostics) : LoadKry(path, diagnostics, sources);
    }

    private static bool IsKrb(string path)
    {
        if (string.Equals(Path.GetExtension(path), ".krb", StringComparison.OrdinalIgnoreCase)) return true;
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[4];
            return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual(KrbFormat.Magic);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return false; // the compiler reports the file as it reports any unreadable source
        }
    }

    private static KrbDocument? LoadKry(string path, DiagnosticBag diagnostics, Dictionary<string, (string, int)> scriptSources)
    {
        var result = KryCompiler.Check(path);
        diagnostics.AddRange(result.Diagnostics);
        if (!result.Success || result.App is not { } app) return null;
        foreach (var script in app.Scripts)
            if (script.Code is { } code)
                scriptSources.TryAdd(code, script.ExternalPath is { } from ? (from, 1) : (script.Location.File.Path, script.FirstLine));
        return EmitInMemory(path, app, diagnostics);
    }

    /// <summary>Writes a checked app as KRB and reads it back, as every runtime loads it; null when either step reports an error.</summary>
    internal static KrbDocument? EmitInMemory(string path, Compiler.Binding.BoundApp app, DiagnosticBag diagnostics)
    {
        var bytes = KrbWriter.Write(app, diagnostics);
        if (bytes is null) return null;
        try
        {
            return KrbReader.Read(bytes);
        }
        catch (KrbFormatException e)
        {
            // The compiler wrote bytes its own reader rejects: a bug in Kryon, reported like a damaged file.
            diagnostics.Add(e.ToDiagnostic($"{path} (compiled in memory)").WithNote("this is a bug in the Kryon compiler; please report it with the .kry file", null));
            return null;
        }
    }

    private static KrbDocument? LoadKrb(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            string why = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message;
            diagnostics.Report(DiagnosticCodes.FileError, null, $"Cannot read '{path}': {why}", "check the path");
            return null;
        }
        try
        {
            return KrbReader.Read(bytes);
        }
        catch (KrbFormatException e)
        {
            diagnostics.Add(e.ToDiagnostic(path));
            return null;
        }
    }

    /// <summary>The directory of an app file: where its `from` scripts and relative image paths are resolved.</summary>
    public static string DirectoryOf(string appPath)
        => Path.GetDirectoryName(Path.GetFullPath(appPath)) ?? Directory.GetCurrentDirectory();
}

using System.Diagnostics;
using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;

namespace Kryon.Cli.Dev;

/// <summary>
/// A `.kry` compiled in memory for `kryon dev`: the document (null when there are errors), every
/// diagnostic, how long each compiler stage took, and the files the app is made of — the `.kry`,
/// its includes and its `from` scripts — which are the files to watch.
/// </summary>
public sealed record DevCompilation(
    KrbDocument? Document,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, (string SourceName, int FirstLine)> ScriptSources,
    IReadOnlyList<string> KryFiles,
    IReadOnlyList<string> ScriptFiles,
    TimeSpan Parse,
    TimeSpan Bind,
    TimeSpan Emit)
{
    public bool Succeeded => Document is not null;

    /// <summary>Every file the app is made of, full paths.</summary>
    public IEnumerable<string> Files => KryFiles.Concat(ScriptFiles);
}

/// <summary>
/// Compiles an app the way `kryon run app.kry` does (<see cref="Loading.AppDocumentLoader"/>: check,
/// write KRB, read it back through the validating reader), timing each stage and collecting the
/// files it read; kept separate because the loader reports neither.
/// </summary>
public static class DevCompiler
{
    public static DevCompilation Compile(string path)
    {
        var result = KryCompiler.Check(path);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        var sources = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var kryFiles = new List<string> { Path.GetFullPath(path) };
        var scriptFiles = new List<string>();
        KrbDocument? document = null;
        long emitStart = Stopwatch.GetTimestamp();
        if (result.App is { } app)
        {
            foreach (var file in app.Files)
                if (!kryFiles.Contains(Path.GetFullPath(file.Path))) kryFiles.Add(Path.GetFullPath(file.Path));
            foreach (var script in app.Scripts)
            {
                if (script.ExternalPath is { } from)
                {
                    // `from` paths are relative to the file that wrote them (an include may live elsewhere).
                    string full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(script.Location.File.Path)) ?? "", from));
                    if (!scriptFiles.Contains(full)) scriptFiles.Add(full);
                }
                if (script.Code is { } code)
                    sources.TryAdd(code, script.ExternalPath is { } external ? (external, 1) : (script.Location.File.Path, script.FirstLine));
            }
            if (result.Success) document = Loading.AppDocumentLoader.EmitInMemory(path, app, diagnostics);
        }
        return new DevCompilation(document, diagnostics.Items.ToList(), sources, kryFiles, scriptFiles,
            result.ParseTime, result.BindTime, document is null ? TimeSpan.Zero : Stopwatch.GetElapsedTime(emitStart));
    }
}

using Kryon.Compiler.Binding;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler;

/// <summary>What checking a `.kry` file produced: the syntax tree, the bound model and the diagnostics.</summary>
public sealed record CompilationResult(DocumentSyntax? Syntax, BoundApp? App, IReadOnlyList<Diagnostic> Diagnostics, int ErrorCount, int WarningCount)
{
    public bool Success => ErrorCount == 0;

    /// <summary>How long parsing the main file took (`kryon dev` reports it per reload).</summary>
    public TimeSpan ParseTime { get; init; }

    /// <summary>How long binding took, includes and `from` scripts read along the way.</summary>
    public TimeSpan BindTime { get; init; }
}

/// <summary>The compiler's front door: parse, then bind (includes, variables, styles, components, scripts, elements).</summary>
public static class KryCompiler
{
    public static CompilationResult Check(string path, ISourceProvider? sources = null)
    {
        sources ??= FileSystemSourceProvider.Instance;
        if (!sources.TryRead(path, out var text, out var error))
        {
            var bag = new DiagnosticBag();
            bag.Report(DiagnosticCodes.FileError, null, $"Cannot read '{path}': {error}", "check the path");
            return new CompilationResult(null, null, bag.Sorted(), bag.ErrorCount, bag.WarningCount);
        }
        return CheckText(path, text, sources);
    }

    public static CompilationResult CheckText(string path, string text, ISourceProvider? sources = null)
    {
        sources ??= FileSystemSourceProvider.Instance;
        var diagnostics = new DiagnosticBag();
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var syntax = Parser.Parse(new SourceFile(path, text), diagnostics);
        long parsed = System.Diagnostics.Stopwatch.GetTimestamp();
        var app = Binder.Bind(syntax, sources, diagnostics);
        long bound = System.Diagnostics.Stopwatch.GetTimestamp();
        return new CompilationResult(syntax, app, diagnostics.Sorted(app.Files), diagnostics.ErrorCount, diagnostics.WarningCount)
        {
            ParseTime = System.Diagnostics.Stopwatch.GetElapsedTime(start, parsed),
            BindTime = System.Diagnostics.Stopwatch.GetElapsedTime(parsed, bound),
        };
    }
}

using Kryon.Compiler.Binding;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler;

/// <summary>What checking a `.kry` file produced: the syntax tree, the bound model and the diagnostics.</summary>
public sealed record CompilationResult(DocumentSyntax? Syntax, BoundApp? App, IReadOnlyList<Diagnostic> Diagnostics, int ErrorCount, int WarningCount)
{
    public bool Success => ErrorCount == 0;
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
        var syntax = Parser.Parse(new SourceFile(path, text), diagnostics);
        var app = Binder.Bind(syntax, sources, diagnostics);
        return new CompilationResult(syntax, app, diagnostics.Sorted(app.Files), diagnostics.ErrorCount, diagnostics.WarningCount);
    }
}

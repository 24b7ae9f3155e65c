using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler.Formatting;

/// <summary>
/// `kryon fmt`: rewrites KRY source in one canonical style (docs/FORMAT.md), keeping every
/// comment. Formatting is idempotent and never changes the syntax tree. A source with syntax
/// errors is not formatted at all, since error recovery may have skipped some of its text.
/// </summary>
public static class KryFormatter
{
    /// <summary>Formats KRY source. When the source has syntax errors, Text is null and Diagnostics says why (nothing is formatted).</summary>
    public static FormatResult Format(string source, string path = "<input>")
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile(path, source);
        var document = Parser.Parse(file, diagnostics);
        if (diagnostics.HasErrors) return new FormatResult(null, diagnostics.Sorted());

        var text = DocumentPrinter.Print(document, SourceTrivia.Of(document));
        if (!SameDocument(document, text))
        {
            diagnostics.Report(DiagnosticCodes.FormatWouldChangeMeaning, new SourceSpan(file, new TextSpan(0, 0)),
                "Formatting would change what this file means, so it was left as it is",
                "this is a bug in kryon fmt; please report it with this file");
            return new FormatResult(null, diagnostics.Sorted());
        }
        return new FormatResult(text, diagnostics.Sorted());
    }

    /// <summary>
    /// The safety check: the formatted text must parse without errors to the same tree with the
    /// same comments, so that a bug in the layout can never silently change a user's file.
    /// </summary>
    private static bool SameDocument(DocumentSyntax original, string formatted)
    {
        var diagnostics = new DiagnosticBag();
        var reparsed = Parser.Parse(new SourceFile(original.File.Path, formatted), diagnostics);
        return !diagnostics.HasErrors
            && SyntaxPrinter.Print(reparsed) == SyntaxPrinter.Print(original)
            && CommentTexts(reparsed).SequenceEqual(CommentTexts(original));
    }

    private static IEnumerable<string> CommentTexts(DocumentSyntax document) =>
        document.Comments.Select(span => new Comment(document.File.Text.Substring(span.Start, span.Length), span.Start).Text);
}

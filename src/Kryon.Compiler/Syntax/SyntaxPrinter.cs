using Kryon.Compiler.Formatting;

namespace Kryon.Compiler.Syntax;

/// <summary>
/// Prints a syntax tree back as KRY in the canonical layout of `kryon fmt` (docs/FORMAT.md).
/// Parsing the output gives the same tree (up to spans). Only the tree is printed: comments and
/// the author's blank lines are not part of it (<see cref="KryFormatter"/> keeps those).
/// </summary>
public static class SyntaxPrinter
{
    public static string Print(DocumentSyntax document) => DocumentPrinter.Print(document, SourceTrivia.None);

    public static string PrintValue(ValueSyntax value) => ValuePrinter.Print(value);

    /// <summary>Re-escapes a string literal; interpolations are written `${name}` so no following text can extend the name.</summary>
    public static string String(StringLiteralSyntax s) => ValuePrinter.String(s);
}

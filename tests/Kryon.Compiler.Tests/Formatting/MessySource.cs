using System.Text;
using Kryon.Compiler.Syntax;
using Kryon.Compiler.Tests.Properties;
using Kryon.Diagnostics;
using Kryon.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Kryon.Compiler.Tests.Formatting;

/// <summary>A generated tree, its canonical text, and the same text dressed up as a person might write it.</summary>
public sealed class MessyDocument(DocumentSyntax syntax, string canonical, string text)
{
    public DocumentSyntax Syntax { get; } = syntax;

    public string Canonical { get; } = canonical;

    public string Text { get; } = text;

    public override string ToString() => "\n" + Text;
}

/// <summary>
/// Generates messy but valid KRY: the canonical text of a <see cref="SyntaxGenerators.Document"/>
/// with random indentation, trailing blanks, blank lines and comments of every kind (`//`, `#`,
/// `/* */`, multi-line) put between its tokens. None of that changes the syntax tree.
/// </summary>
/// <remarks>
/// Trivia goes only where the lexer skips it: at token boundaries, never inside a script body
/// (nor right before its closing `}`, which is still part of the body's text). Line breaks and
/// line comments go only where the text already has a line break, since a line break ends a
/// property's value.
/// </remarks>
public static class MessySource
{
    /// <summary>What may go between two tokens on a line. Index 0 (nothing) is what FsCheck shrinks to.</summary>
    private static readonly string[] Inline = ["", "", "", "", " ", "  \t ", " /* note {0} */ ", "/*{0}*/", " /* multi\n   line {0} */ "];

    /// <summary>What may go where a line ends, in addition to <see cref="Inline"/>.</summary>
    private static readonly string[] LineEnd =
        ["", " // note {0}", "  # note {0}", "   ", "\n", "\n\n\n", "\n// own line {0}", "\n  # own line {0}", "\n        /* own line {0} */", "\n\n// after a blank line {0}"];

    public static Arbitrary<MessyDocument> Documents => Arb.From(
        from document in SyntaxGenerators.Document
        let canonical = SyntaxPrinter.Print(document)
        let points = InsertionPoints(canonical)
        from choices in Gen.ArrayOf(Gen.Choose(0, 1000), points.Count)
        select new MessyDocument(document, canonical, Dress(canonical, points, choices)));

    private readonly record struct Point(int Position, bool AtLineEnd);

    /// <summary>The token boundaries where trivia may go, in source order.</summary>
    private static List<Point> InsertionPoints(string text)
    {
        var (tokens, _) = Lexer.Tokenize(new SourceFile("messy.kry", text), new DiagnosticBag());
        var points = new List<Point> { new(0, false) };
        for (int i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.ScriptCode || tokens[i - 1].Kind == TokenKind.ScriptCode) continue;
            points.Add(new Point(tokens[i].Start, tokens[i].Kind == TokenKind.Newline));
        }
        return points;
    }

    private static string Dress(string text, List<Point> points, int[] choices)
    {
        var sb = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < points.Count; i++)
        {
            var (position, atLineEnd) = points[i];
            sb.Append(text, copied, position - copied);
            copied = position;
            int choice = choices[i];
            string trivia = atLineEnd && choice % 2 == 1 ? LineEnd[choice / 2 % LineEnd.Length] : Inline[choice / 2 % Inline.Length];
            sb.Append(string.Format(trivia, i));
        }
        return sb.Append(text, copied, text.Length - copied).ToString();
    }
}

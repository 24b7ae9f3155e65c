using Kryon.Compiler.Syntax;

namespace Kryon.Compiler.Tests.Formatting;

/// <summary>What "every comment survives" compares: a document's comment texts in source order, line comments without trailing blanks.</summary>
internal static class CommentTexts
{
    public static string[] Of(DocumentSyntax document) =>
        document.Comments.Select(span => document.File.Text.Substring(span.Start, span.Length).TrimEnd()).ToArray();
}

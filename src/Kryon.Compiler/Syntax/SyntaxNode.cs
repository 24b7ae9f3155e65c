using Kryon.Text;

namespace Kryon.Compiler.Syntax;

/// <summary>Base of every syntax node: each one knows the exact source span it was parsed from.</summary>
public abstract class SyntaxNode(TextSpan span)
{
    public TextSpan Span { get; } = span;
}

/// <summary>A name as written, with its span (element names, property names, style names).</summary>
public readonly record struct NameSyntax(string Text, TextSpan Span)
{
    public override string ToString() => Text;
}

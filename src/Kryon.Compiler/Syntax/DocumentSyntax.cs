using Kryon.Text;

namespace Kryon.Compiler.Syntax;

/// <summary>The syntax tree of one `.kry` file: its top-level declarations in source order, plus its comments.</summary>
public sealed class DocumentSyntax(SourceFile file, IReadOnlyList<DeclarationSyntax> declarations, IReadOnlyList<TextSpan> comments)
    : SyntaxNode(new TextSpan(0, file.Text.Length))
{
    public SourceFile File { get; } = file;

    public IReadOnlyList<DeclarationSyntax> Declarations { get; } = declarations;

    public IReadOnlyList<TextSpan> Comments { get; } = comments;
}

using Kryon.Text;

namespace Kryon.Compiler.Syntax;

/// <summary>A token: its kind and where it is. Its text is read from the source on demand, so tokens stay small and allocation-free.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public ReadOnlySpan<char> TextIn(string source) => source.AsSpan(Start, Length);
}

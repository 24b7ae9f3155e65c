namespace Kryon.Scripting.Wren.Scanning;

/// <summary>One token: its kind, text, literal value (numbers, strings), 1-based line and offset in the script.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, object? Value, int Line, int Offset)
{
    public override string ToString() => Kind switch
    {
        TokenKind.Line => "end of line",
        TokenKind.Eof => "end of script",
        TokenKind.String or TokenKind.Interpolation => "string",
        _ => $"'{Text}'",
    };
}

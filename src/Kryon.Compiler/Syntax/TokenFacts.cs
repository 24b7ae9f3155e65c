namespace Kryon.Compiler.Syntax;

public static class TokenFacts
{
    /// <summary>How a token kind is shown in messages ("expected ':'").</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "end of file",
        TokenKind.Newline => "end of line",
        TokenKind.Identifier => "a name",
        TokenKind.String or TokenKind.UnterminatedString => "a string",
        TokenKind.Integer or TokenKind.Float => "a number",
        TokenKind.Dimension => "a number with a unit",
        TokenKind.Color => "a colour",
        TokenKind.Variable => "a variable",
        TokenKind.Directive => "a directive",
        TokenKind.Pseudo => "a pseudo-selector",
        TokenKind.ScriptCode => "script code",
        TokenKind.LeftBrace => "'{'",
        TokenKind.RightBrace => "'}'",
        TokenKind.LeftBracket => "'['",
        TokenKind.RightBracket => "']'",
        TokenKind.LeftParen => "'('",
        TokenKind.RightParen => "')'",
        TokenKind.Colon => "':'",
        TokenKind.Semicolon => "';'",
        TokenKind.Comma => "','",
        TokenKind.Equals => "'='",
        TokenKind.Question => "'?'",
        TokenKind.Bang => "'!'",
        TokenKind.Plus => "'+'",
        TokenKind.Minus => "'-'",
        TokenKind.Star => "'*'",
        TokenKind.Slash => "'/'",
        TokenKind.EqualsEquals => "'=='",
        TokenKind.BangEquals => "'!='",
        TokenKind.Less => "'<'",
        TokenKind.Greater => "'>'",
        TokenKind.LessEquals => "'<='",
        TokenKind.GreaterEquals => "'>='",
        TokenKind.AmpersandAmpersand => "'&&'",
        TokenKind.BarBar => "'||'",
        _ => "an invalid character",
    };

    /// <summary>Units a number may carry (KRY.md §1.5); only px and % are encodable in KRB.</summary>
    public static bool IsKnownUnit(ReadOnlySpan<char> unit) =>
        unit is "px" or "%" or "em" or "rem" or "vw" or "vh" or "deg" or "rad" or "turn";

    public static readonly string[] PseudoStates = ["hover", "active", "focus", "disabled", "checked"];

    public static readonly string[] Directives = ["include", "variables", "script", "function"];

    public const int MaxIdentifierLength = 64;
}

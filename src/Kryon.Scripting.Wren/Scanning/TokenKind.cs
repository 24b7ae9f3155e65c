namespace Kryon.Scripting.Wren.Scanning;

/// <summary>The kinds of Wren tokens.</summary>
internal enum TokenKind
{
    LeftParen, RightParen, LeftBracket, RightBracket, LeftBrace, RightBrace,
    Colon, Dot, DotDot, DotDotDot, Comma, Star, Slash, Percent, Plus, Minus,
    LtLt, GtGt, Pipe, PipePipe, Caret, Amp, AmpAmp, Bang, Tilde, Question,
    Eq, Lt, Gt, LtEq, GtEq, EqEq, BangEq,

    Break, Class, Construct, Continue, Else, False, For, Foreign, If, Import, In, Is,
    Null, Return, Static, Super, This, True, Var, While, As,

    Name, Field, StaticField, Number, String, Interpolation,
    Line, Eof,
}

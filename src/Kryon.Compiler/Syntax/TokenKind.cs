namespace Kryon.Compiler.Syntax;

public enum TokenKind : byte
{
    EndOfFile,
    /// <summary>One or more line breaks (with any comments between them): a property separator.</summary>
    Newline,
    Identifier,
    /// <summary>A quoted string; its value is decoded by <see cref="StringDecoder"/>.</summary>
    String,
    /// <summary>A string that does not close on its line (error 1002 already reported).</summary>
    UnterminatedString,
    Integer,
    Float,
    /// <summary>A number with a unit written right after it: `10px`, `50%`, `2em`.</summary>
    Dimension,
    /// <summary>A bare colour in value position: `#333`, `#FF0000AA`.</summary>
    Color,
    /// <summary>`$name`.</summary>
    Variable,
    /// <summary>`@include`, `@variables`, `@script`, …</summary>
    Directive,
    /// <summary>`&:hover`, `&:hover:disabled`.</summary>
    Pseudo,
    /// <summary>The raw text of an inline script body, between its braces.</summary>
    ScriptCode,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    LeftParen,
    RightParen,
    Colon,
    Semicolon,
    Comma,
    Equals,
    Question,
    Bang,
    Plus,
    Minus,
    Star,
    Slash,
    EqualsEquals,
    BangEquals,
    Less,
    Greater,
    LessEquals,
    GreaterEquals,
    AmpersandAmpersand,
    BarBar,
    /// <summary>Characters that form no token (error already reported).</summary>
    Bad,
}

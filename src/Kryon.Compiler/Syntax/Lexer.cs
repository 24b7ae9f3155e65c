using System.Buffers;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler.Syntax;

/// <summary>
/// Turns KRY source text into tokens (KRY.md §1). Every character either becomes part of a
/// token, trivia (spaces, comments), or an error diagnostic: the lexer never throws and always
/// ends with <see cref="TokenKind.EndOfFile"/>.
/// </summary>
/// <remarks>
/// Two rules need context, which the lexer tracks itself:
/// `#` is a colour only in value position (§1.3), and the body of `@script`/`@function` is
/// captured as raw code rather than tokenised (§12.3).
/// </remarks>
public sealed class Lexer
{
    private readonly SourceFile _file;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    /// <summary>Tokens so far: a buffer rented from the shared pool (the parser returns it when done) and its count.</summary>
    private Token[] _tokens;
    private int _count;
    private readonly List<TextSpan> _comments = [];
    private int _pos;

    /// <summary>Last significant token kind on the current line (for the `#` rule); Newline at a line start.</summary>
    private TokenKind _previousOnLine = TokenKind.Newline;

    private ScriptHeaderState _script;
    private ScriptLanguage _scriptLanguage;

    /// <remarks>
    /// <see cref="ScriptHeaderState.NextLine"/>: a header line ended where a body could have opened;
    /// only a `{` first thing on a following line still opens it (`@script "lua"` ⏎ `{ … }`), so
    /// `style "s" {` after a body-less `@script "lua" from "a.lua"` is not mistaken for an attribute.
    /// </remarks>
    private enum ScriptHeaderState { None, ExpectLanguage, Attributes, FunctionParams, FunctionBody, NextLine }

    public Lexer(SourceFile file, DiagnosticBag diagnostics)
    {
        _file = file;
        _text = file.Text;
        _diagnostics = diagnostics;
        // Typical KRY has about one token per 8-12 characters (indentation, names, strings); the buffer grows if needed.
        _tokens = ArrayPool<Token>.Shared.Rent(Math.Min(_text.Length / 8 + 16, 1 << 22));
    }

    /// <summary>Comment spans in source order (kept for the formatter and the language server).</summary>
    public IReadOnlyList<TextSpan> Comments => _comments;

    public static (Token[] Tokens, IReadOnlyList<TextSpan> Comments) Tokenize(SourceFile file, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(file, diagnostics);
        return (lexer.LexAll(), lexer.Comments);
    }

    public Token[] LexAll()
    {
        LexToBuffer();
        var tokens = _tokens.AsSpan(0, _count).ToArray();
        ArrayPool<Token>.Shared.Return(_tokens);
        _tokens = [];
        return tokens;
    }

    /// <summary>
    /// For the parser: the tokens in a buffer rented from <see cref="ArrayPool{T}.Shared"/> (only the
    /// first <c>Count</c> entries are tokens; the last is EndOfFile). Return the buffer when done.
    /// Saves copying and re-allocating a large token array on every parse.
    /// </summary>
    internal static (Token[] Buffer, int Count, IReadOnlyList<TextSpan> Comments) TokenizePooled(SourceFile file, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(file, diagnostics);
        lexer.LexToBuffer();
        return (lexer._tokens, lexer._count, lexer._comments);
    }

    private void LexToBuffer()
    {
        while (true)
        {
            var t = Scan();
            Add(t);
            if (t.Kind == TokenKind.EndOfFile) break;
        }
    }

    private void Push(Token t)
    {
        if (_count == _tokens.Length)
        {
            var bigger = ArrayPool<Token>.Shared.Rent(_tokens.Length * 2);
            _tokens.AsSpan(0, _count).CopyTo(bigger);
            ArrayPool<Token>.Shared.Return(_tokens);
            _tokens = bigger;
        }
        _tokens[_count++] = t;
    }

    private void Add(Token t)
    {
        if (t.Kind == TokenKind.Newline)
        {
            // Consecutive line breaks form one separator token.
            if (_count > 0 && _tokens[_count - 1].Kind == TokenKind.Newline)
            {
                var last = _tokens[_count - 1];
                _tokens[_count - 1] = new Token(TokenKind.Newline, last.Start, t.End - last.Start);
            }
            else Push(t);
            _previousOnLine = TokenKind.Newline;
            if (_script is ScriptHeaderState.Attributes or ScriptHeaderState.FunctionBody) _script = ScriptHeaderState.NextLine;
            return;
        }
        Push(t);
        _previousOnLine = t.Kind;
        TrackScriptHeader(t);
    }

    private void Error(DiagnosticDescriptor d, int start, int length, string message, params string[] suggestions)
        => _diagnostics.Report(d, new SourceSpan(_file, new TextSpan(start, length)), message, suggestions);

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private Token Scan()
    {
        SkipSpacesAndComments();
        int start = _pos;
        if (_pos >= _text.Length) return new Token(TokenKind.EndOfFile, _text.Length, 0);

        char c = _text[_pos];
        switch (c)
        {
            case '\n':
            case '\r':
                _pos += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                return new Token(TokenKind.Newline, start, _pos - start);
            case '"':
                return ScanString();
            case '{':
                _pos++;
                if (_script is ScriptHeaderState.Attributes or ScriptHeaderState.FunctionBody or ScriptHeaderState.NextLine)
                    return ScanScriptBody(start);
                return new Token(TokenKind.LeftBrace, start, 1);
            case '}': return Single(TokenKind.RightBrace);
            case '[': return Single(TokenKind.LeftBracket);
            case ']': return Single(TokenKind.RightBracket);
            case '(': return Single(TokenKind.LeftParen);
            case ')': return Single(TokenKind.RightParen);
            case ':': return Single(TokenKind.Colon);
            case ';': return Single(TokenKind.Semicolon);
            case ',': return Single(TokenKind.Comma);
            case '?': return Single(TokenKind.Question);
            case '+': return Single(TokenKind.Plus);
            case '*': return Single(TokenKind.Star);
            case '/': return Single(TokenKind.Slash); // comments were skipped above
            case '=': return Peek(1) == '=' ? Double(TokenKind.EqualsEquals) : Single(TokenKind.Equals);
            case '!': return Peek(1) == '=' ? Double(TokenKind.BangEquals) : Single(TokenKind.Bang);
            case '<': return Peek(1) == '=' ? Double(TokenKind.LessEquals) : Single(TokenKind.Less);
            case '>': return Peek(1) == '=' ? Double(TokenKind.GreaterEquals) : Single(TokenKind.Greater);
            case '|':
                if (Peek(1) == '|') return Double(TokenKind.BarBar);
                break;
            case '&':
                if (Peek(1) == '&') return Double(TokenKind.AmpersandAmpersand);
                if (Peek(1) == ':') return ScanPseudo();
                break;
            case '#':
                return ScanColor();
            case '$':
                return ScanVariable();
            case '@':
                return ScanDirective();
            case '-':
                if (char.IsAsciiDigit(Peek(1))) return ScanNumber();
                if (Peek(1) == '-' && char.IsAsciiDigit(Peek(2)))
                {
                    _pos += 2;
                    var bad = ScanNumber();
                    Error(DiagnosticCodes.InvalidNumberFormat, start, _pos - start, $"Invalid number '{_text[start.._pos]}'", "write a single '-' before the digits");
                    return new Token(TokenKind.Bad, start, bad.End - start);
                }
                return Single(TokenKind.Minus);
            case '.':
                if (char.IsAsciiDigit(Peek(1)))
                {
                    _pos++;
                    while (char.IsAsciiDigit(Peek())) _pos++;
                    Error(DiagnosticCodes.InvalidNumberFormat, start, _pos - start, $"Invalid number '{_text[start.._pos]}': a digit is required before the decimal point", $"write 0{_text[start.._pos]}");
                    return new Token(TokenKind.Bad, start, _pos - start);
                }
                break;
        }
        if (char.IsAsciiDigit(c)) return ScanNumber();
        if (char.IsAsciiLetter(c) || c == '_') return ScanIdentifier();
        return ScanInvalid();
    }

    private Token Single(TokenKind kind) { _pos++; return new Token(kind, _pos - 1, 1); }

    private Token Double(TokenKind kind) { _pos += 2; return new Token(kind, _pos - 2, 2); }

    private void SkipSpacesAndComments()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c is ' ' or '\t' or '\f' or '\v' or '\uFEFF' or '\u00A0')
            {
                int run = _text.AsSpan(_pos + 1).IndexOfAnyExcept(Blanks);
                _pos = run < 0 ? _text.Length : _pos + 1 + run;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                SkipToEndOfLine();
            }
            else if (c == '/' && Peek(1) == '*')
            {
                int start = _pos;
                int end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    Error(DiagnosticCodes.UnterminatedString, start, 2, "Unterminated comment: '/*' has no closing '*/'", "add '*/' where the comment ends");
                    _pos = _text.Length;
                }
                else _pos = end + 2;
                _comments.Add(TextSpan.FromBounds(start, _pos));
            }
            else if (c == '#' && !StartsColor())
            {
                SkipToEndOfLine();
            }
            else break;
        }
    }

    private void SkipToEndOfLine()
    {
        int start = _pos;
        while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r')) _pos++;
        _comments.Add(TextSpan.FromBounds(start, _pos));
    }

    /// <summary>
    /// KRY.md §1.3: `#` is a colour when it is in value position (after `:` `,` `[` `=` `?` on the
    /// same line) and followed by hex-looking characters. In value position a malformed colour is
    /// reported (1004) rather than silently read as a comment, which would only hide the value.
    /// </summary>
    private bool StartsColor()
    {
        if (_previousOnLine is not (TokenKind.Colon or TokenKind.Comma or TokenKind.LeftBracket or TokenKind.Equals or TokenKind.Question))
            return false;
        return char.IsAsciiLetterOrDigit(Peek(1));
    }

    private Token ScanColor()
    {
        int start = _pos;
        _pos++;
        while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_') _pos++;
        var digits = _text.AsSpan(start + 1, _pos - start - 1);
        bool allHex = true;
        foreach (char ch in digits) allHex &= char.IsAsciiHexDigit(ch);
        if (!allHex || digits.Length is not (3 or 4 or 6 or 8))
        {
            Error(DiagnosticCodes.InvalidColorFormat, start, _pos - start,
                $"Invalid colour '{_text[start.._pos]}': expected #RGB, #RGBA, #RRGGBB or #RRGGBBAA",
                allHex ? $"a colour has 3, 4, 6 or 8 hex digits; this one has {digits.Length}" : "hex digits are 0-9 and A-F");
            return new Token(TokenKind.Bad, start, _pos - start);
        }
        return new Token(TokenKind.Color, start, _pos - start);
    }

    private Token ScanString()
    {
        int start = _pos;
        _pos++;
        while (_pos < _text.Length)
        {
            int skip = _text.AsSpan(_pos).IndexOfAny(StringStops);
            if (skip < 0) { _pos = _text.Length; break; }
            _pos += skip;
            char c = _text[_pos];
            if (c == '"') { _pos++; return new Token(TokenKind.String, start, _pos - start); }
            if (c is '\n' or '\r') break;
            // A backslash: skip the escaped character too, unless it ends the line.
            if (_pos + 1 < _text.Length && _text[_pos + 1] is not ('\n' or '\r')) _pos += 2;
            else _pos++;
        }
        Error(DiagnosticCodes.UnterminatedString, start, _pos - start, "Unterminated string: a string must close on the line it starts", "add the closing '\"'");
        return new Token(TokenKind.UnterminatedString, start, _pos - start);
    }

    private Token ScanNumber()
    {
        int start = _pos;
        if (Peek() == '-') _pos++;
        while (char.IsAsciiDigit(Peek())) _pos++;
        var kind = TokenKind.Integer;
        if (Peek() == '.')
        {
            if (char.IsAsciiDigit(Peek(1)))
            {
                _pos++;
                while (char.IsAsciiDigit(Peek())) _pos++;
                kind = TokenKind.Float;
            }
            else
            {
                _pos++;
                Error(DiagnosticCodes.InvalidNumberFormat, start, _pos - start, $"Invalid number '{_text[start.._pos]}': a digit is required after the decimal point", $"write {_text[start..(_pos - 1)]} or {_text[start.._pos]}0");
                return new Token(TokenKind.Bad, start, _pos - start);
            }
        }
        // Overflow (KRY.md §14, 1003): a float or dimension too large to be finite. Literals of at
        // most 300 characters are always finite, so only very long ones need parsing here.
        if (_pos - start > 300 && !double.IsFinite(double.Parse(_text.AsSpan(start, _pos - start), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)))
        {
            while (char.IsAsciiLetterOrDigit(Peek()) || Peek() is '_' or '%') _pos++;
            Error(DiagnosticCodes.InvalidNumberFormat, start, _pos - start, "Number is too large", "write a smaller number");
            return new Token(TokenKind.Bad, start, _pos - start);
        }
        int unitStart = _pos;
        if (Peek() == '%') _pos++;
        else while (char.IsAsciiLetter(Peek())) _pos++;
        if (_pos > unitStart)
        {
            var unit = _text.AsSpan(unitStart, _pos - unitStart);
            if (!TokenFacts.IsKnownUnit(unit) || char.IsAsciiDigit(Peek()) || Peek() == '_')
            {
                while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_') _pos++;
                Error(DiagnosticCodes.InvalidNumberFormat, start, _pos - start, $"Invalid number '{_text[start.._pos]}'",
                    "a number may be followed by a unit: px, %, em, rem, vw, vh, deg, rad, turn");
                return new Token(TokenKind.Bad, start, _pos - start);
            }
            return new Token(TokenKind.Dimension, start, _pos - start);
        }
        if (char.IsAsciiLetter(Peek()) || Peek() == '_')
        {
            while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_') _pos++;
            Error(DiagnosticCodes.InvalidNumberFormat, start, _pos - start, $"Invalid number '{_text[start.._pos]}'");
            return new Token(TokenKind.Bad, start, _pos - start);
        }
        if (kind == TokenKind.Integer && !int.TryParse(_text.AsSpan(start, _pos - start), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            Error(DiagnosticCodes.InvalidNumberFormat, start, _pos - start, $"Number '{_text[start.._pos]}' is too large", "integers must fit in 32 bits");
            return new Token(TokenKind.Bad, start, _pos - start);
        }
        return new Token(kind, start, _pos - start);
    }

    private Token ScanIdentifier()
    {
        int start = _pos;
        ScanIdentifierChars();
        int length = _pos - start;
        if (length > TokenFacts.MaxIdentifierLength)
            Error(DiagnosticCodes.IdentifierTooLong, start, length, $"Identifier is {length} characters long; the limit is {TokenFacts.MaxIdentifierLength}", "use a shorter name");
        return new Token(TokenKind.Identifier, start, length);
    }

    /// <summary>`[A-Za-z_][A-Za-z0-9_]*`, where an interior `-` followed by a letter continues the name (`space-between`).</summary>
    private void ScanIdentifierChars()
    {
        _pos++;
        while (true)
        {
            int run = _text.AsSpan(_pos).IndexOfAnyExcept(IdentifierChars);
            if (run < 0) { _pos = _text.Length; return; }
            _pos += run;
            if (_text[_pos] == '-' && char.IsAsciiLetter(Peek(1))) _pos += 2;
            else return;
        }
    }

    private static readonly SearchValues<char> Blanks = SearchValues.Create(" \t\f\v\uFEFF\u00A0");

    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\\n\r");

    private static readonly SearchValues<char> IdentifierChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private Token ScanVariable()
    {
        int start = _pos;
        if (char.IsAsciiLetter(Peek(1)) || Peek(1) == '_')
        {
            _pos++;
            while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_') _pos++;
            return new Token(TokenKind.Variable, start, _pos - start);
        }
        _pos++;
        Error(DiagnosticCodes.InvalidCharacter, start, 1, "'$' must be followed by a variable name", "write $name");
        return new Token(TokenKind.Bad, start, 1);
    }

    private Token ScanDirective()
    {
        int start = _pos;
        if (char.IsAsciiLetter(Peek(1)))
        {
            _pos++;
            while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_') _pos++;
            return new Token(TokenKind.Directive, start, _pos - start);
        }
        _pos++;
        Error(DiagnosticCodes.InvalidCharacter, start, 1, "Stray '@'", "directives are @include, @variables, @script and @function");
        return new Token(TokenKind.Bad, start, 1);
    }

    /// <summary>`&:state` optionally chained (`&:hover:disabled`); the parser checks the state names.</summary>
    private Token ScanPseudo()
    {
        int start = _pos;
        _pos += 2;
        if (!char.IsAsciiLetter(Peek()))
        {
            Error(DiagnosticCodes.UnexpectedToken, start, 2, "Expected a state name after '&:'", "write &:hover, &:active, &:focus, &:disabled or &:checked");
            return new Token(TokenKind.Bad, start, 2);
        }
        while (true)
        {
            while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_' || Peek() == '-') _pos++;
            if (Peek() == ':' && char.IsAsciiLetter(Peek(1))) _pos++;
            else break;
        }
        return new Token(TokenKind.Pseudo, start, _pos - start);
    }

    private Token ScanInvalid()
    {
        int start = _pos;
        // One diagnostic for a run of invalid characters keeps garbage input readable.
        while (_pos < _text.Length && IsInvalidStart(_text[_pos])) _pos++;
        if (_pos == start) _pos++;
        string shown = Describe(_text[start]);
        Error(DiagnosticCodes.InvalidCharacter, start, _pos - start, _pos - start == 1 ? $"Unexpected character {shown}" : $"Unexpected characters starting with {shown}");
        return new Token(TokenKind.Bad, start, _pos - start);
    }

    private static bool IsInvalidStart(char c)
        => !(char.IsAsciiLetterOrDigit(c) || c is '_' or ' ' or '\t' or '\n' or '\r' or '"' or '{' or '}' or '[' or ']' or '(' or ')'
             or ':' or ';' or ',' or '=' or '?' or '!' or '+' or '-' or '*' or '/' or '<' or '>' or '#' or '$' or '@' or '.' or '&' or '|');

    private static string Describe(char c) => char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c)
        ? $"U+{(int)c:X4}"
        : $"'{c}'";

    // ---- @script / @function bodies -------------------------------------------------------------

    private void TrackScriptHeader(Token t)
    {
        switch (_script)
        {
            case ScriptHeaderState.None:
                if (t.Kind == TokenKind.Directive)
                {
                    var name = t.TextIn(_text);
                    if (name is "@script" or "@function") _script = ScriptHeaderState.ExpectLanguage;
                    _isFunction = name is "@function";
                }
                return;
            case ScriptHeaderState.ExpectLanguage:
                if (t.Kind == TokenKind.String)
                {
                    _scriptLanguage = ScriptLanguages.FromName(StringDecoder.DecodeSimple(t.TextIn(_text)));
                    _script = _isFunction ? ScriptHeaderState.FunctionParams : ScriptHeaderState.Attributes;
                }
                else _script = ScriptHeaderState.None;
                return;
            case ScriptHeaderState.Attributes:
                // `from "f"`, `name="x"`, `mode="embed"` …; anything else ends the header.
                if (t.Kind is TokenKind.String or TokenKind.Equals) return;
                if (t.Kind == TokenKind.Identifier && t.TextIn(_text) is "from" or "name" or "mode" or "threshold" or "path" or "minify") return;
                // Any other `word=` / `word "…"` is still an attribute (the parser reports unknown ones);
                // without this the script body after a misspelt attribute would be lexed as KRY.
                if (t.Kind == TokenKind.Identifier && NextNonSpace(t.End) is '=' or '"') return;
                EndScriptHeader(t);
                return;
            case ScriptHeaderState.FunctionParams:
                if (t.Kind == TokenKind.RightParen) _script = ScriptHeaderState.FunctionBody;
                else if (t.Kind is not (TokenKind.Identifier or TokenKind.LeftParen or TokenKind.Comma)) EndScriptHeader(t);
                return;
            case ScriptHeaderState.FunctionBody:
            case ScriptHeaderState.NextLine:
                EndScriptHeader(t);
                return;
        }
    }

    private bool _isFunction;

    /// <summary>
    /// A token that is not part of the script header ends it, and may itself start the next one
    /// (`@script "lua" from "a.lua"` followed by `@script "lua" { … }` on the next line).
    /// </summary>
    private void EndScriptHeader(Token t)
    {
        _script = ScriptHeaderState.None;
        TrackScriptHeader(t);
    }

    private char NextNonSpace(int at)
    {
        while (at < _text.Length && _text[at] is ' ' or '\t') at++;
        return at < _text.Length ? _text[at] : '\0';
    }

    /// <summary>Captures the raw code after `{` up to its matching `}` as three tokens: `{`, code, `}`.</summary>
    private Token ScanScriptBody(int braceStart)
    {
        _script = ScriptHeaderState.None;
        Push(new Token(TokenKind.LeftBrace, braceStart, 1));
        int codeStart = _pos;
        int close = ScriptBodyScanner.FindClosingBrace(_text, codeStart, _scriptLanguage);
        if (close < 0)
        {
            Error(DiagnosticCodes.MissingRightBrace, braceStart, 1, "Script body is not closed: no matching '}' before the end of the file", "add '}' after the script code");
            _pos = _text.Length;
            return new Token(TokenKind.ScriptCode, codeStart, _pos - codeStart);
        }
        Push(new Token(TokenKind.ScriptCode, codeStart, close - codeStart));
        _pos = close + 1;
        return new Token(TokenKind.RightBrace, close, 1);
    }
}

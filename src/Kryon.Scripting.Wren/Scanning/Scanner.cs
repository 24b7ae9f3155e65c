using System.Globalization;
using System.Text;

namespace Kryon.Scripting.Wren.Scanning;

/// <summary>
/// Turns Wren source into tokens. Newlines are significant (they end statements) and come out as
/// one <see cref="TokenKind.Line"/> per run of blank lines. A string with <c>%(expr)</c> comes out
/// as <see cref="TokenKind.Interpolation"/> tokens (the text before each expression) followed by
/// the expression's tokens, ending with a <see cref="TokenKind.String"/> for the text after the last one.
/// </summary>
internal sealed class Scanner
{
    private static readonly Dictionary<string, TokenKind> Keywords = new()
    {
        ["break"] = TokenKind.Break, ["class"] = TokenKind.Class, ["construct"] = TokenKind.Construct,
        ["continue"] = TokenKind.Continue, ["else"] = TokenKind.Else, ["false"] = TokenKind.False,
        ["for"] = TokenKind.For, ["foreign"] = TokenKind.Foreign, ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import, ["in"] = TokenKind.In, ["is"] = TokenKind.Is,
        ["null"] = TokenKind.Null, ["return"] = TokenKind.Return, ["static"] = TokenKind.Static,
        ["super"] = TokenKind.Super, ["this"] = TokenKind.This, ["true"] = TokenKind.True,
        ["var"] = TokenKind.Var, ["while"] = TokenKind.While, ["as"] = TokenKind.As,
    };

    private readonly string _source;
    private readonly List<Token> _tokens = [];
    // Open-paren counts of the interpolations being scanned, innermost last.
    private readonly Stack<int> _interpolations = new();
    private int _start, _current, _line = 1;

    private Scanner(string source) => _source = source;

    public static List<Token> Scan(string source)
    {
        var scanner = new Scanner(source);
        scanner.Run();
        return scanner._tokens;
    }

    private void Run()
    {
        while (!AtEnd)
        {
            _start = _current;
            ScanToken();
        }
        if (_interpolations.Count > 0) throw new WrenSyntaxError("Unterminated string interpolation", _source.Length);
        _start = _current;
        Add(TokenKind.Line);
        Add(TokenKind.Eof);
    }

    private bool AtEnd => _current >= _source.Length;

    private char Peek(int ahead = 0) => _current + ahead < _source.Length ? _source[_current + ahead] : '\0';

    private char Advance() => _source[_current++];

    private bool Match(char c)
    {
        if (Peek() != c) return false;
        _current++;
        return true;
    }

    private void Add(TokenKind kind, object? value = null, int? line = null)
    {
        if (kind == TokenKind.Line && (_tokens.Count == 0 || _tokens[^1].Kind == TokenKind.Line)) return;
        _tokens.Add(new Token(kind, _source[_start.._current], value, line ?? _line, _start));
    }

    private void ScanToken()
    {
        char c = Advance();
        switch (c)
        {
            case '(':
                if (_interpolations.Count > 0) _interpolations.Push(_interpolations.Pop() + 1);
                Add(TokenKind.LeftParen); break;
            case ')':
                if (_interpolations.Count > 0)
                {
                    int open = _interpolations.Pop() - 1;
                    if (open == 0)
                    {
                        ReadString();
                        return;
                    }
                    _interpolations.Push(open);
                }
                Add(TokenKind.RightParen); break;
            case '[': Add(TokenKind.LeftBracket); break;
            case ']': Add(TokenKind.RightBracket); break;
            case '{': Add(TokenKind.LeftBrace); break;
            case '}': Add(TokenKind.RightBrace); break;
            case ':': Add(TokenKind.Colon); break;
            case ',': Add(TokenKind.Comma); break;
            case '*': Add(TokenKind.Star); break;
            case '%': Add(TokenKind.Percent); break;
            case '^': Add(TokenKind.Caret); break;
            case '+': Add(TokenKind.Plus); break;
            case '-': Add(TokenKind.Minus); break;
            case '~': Add(TokenKind.Tilde); break;
            case '?': Add(TokenKind.Question); break;
            case '|': Add(Match('|') ? TokenKind.PipePipe : TokenKind.Pipe); break;
            case '&': Add(Match('&') ? TokenKind.AmpAmp : TokenKind.Amp); break;
            case '=': Add(Match('=') ? TokenKind.EqEq : TokenKind.Eq); break;
            case '!': Add(Match('=') ? TokenKind.BangEq : TokenKind.Bang); break;
            case '<': Add(Match('<') ? TokenKind.LtLt : Match('=') ? TokenKind.LtEq : TokenKind.Lt); break;
            case '>': Add(Match('>') ? TokenKind.GtGt : Match('=') ? TokenKind.GtEq : TokenKind.Gt); break;
            case '.':
                if (Match('.')) Add(Match('.') ? TokenKind.DotDotDot : TokenKind.DotDot);
                else Add(TokenKind.Dot);
                break;
            case '/':
                if (Match('/')) { while (!AtEnd && Peek() != '\n') _current++; }
                else if (Match('*')) BlockComment();
                else Add(TokenKind.Slash);
                break;
            case '#':
                // A shebang or an attribute line: ignored to the end of the line.
                while (!AtEnd && Peek() != '\n') _current++;
                break;
            case ' ' or '\t' or '\r': break;
            case '\n':
                Add(TokenKind.Line);
                _line++;
                break;
            case '"':
                if (Peek() == '"' && Peek(1) == '"') { _current += 2; RawString(); }
                else ReadString();
                break;
            default:
                if (char.IsAsciiDigit(c)) Number();
                else if (char.IsAsciiLetter(c) || c == '_') Identifier();
                else throw new WrenSyntaxError($"Invalid character '{c}'", _start);
                break;
        }
    }

    private void BlockComment()
    {
        int depth = 1;
        while (depth > 0)
        {
            if (AtEnd) throw new WrenSyntaxError("Unterminated block comment", _start);
            if (Peek() == '/' && Peek(1) == '*') { _current += 2; depth++; }
            else if (Peek() == '*' && Peek(1) == '/') { _current += 2; depth--; }
            else if (Advance() == '\n') _line++;
        }
    }

    private void Number()
    {
        if (_source[_start] == '0' && (Peek() == 'x' || Peek() == 'X'))
        {
            _current++;
            while (char.IsAsciiHexDigit(Peek())) _current++;
            var hex = _source[(_start + 2).._current];
            if (hex.Length == 0) throw new WrenSyntaxError("Invalid hex number", _start);
            Add(TokenKind.Number, (double)ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            return;
        }
        while (char.IsAsciiDigit(Peek())) _current++;
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _current++;
            while (char.IsAsciiDigit(Peek())) _current++;
        }
        if ((Peek() == 'e' || Peek() == 'E') && (char.IsAsciiDigit(Peek(1)) || ((Peek(1) == '+' || Peek(1) == '-') && char.IsAsciiDigit(Peek(2)))))
        {
            _current += 2;
            while (char.IsAsciiDigit(Peek())) _current++;
        }
        Add(TokenKind.Number, double.Parse(_source[_start.._current], NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private void Identifier()
    {
        while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_') _current++;
        var text = _source[_start.._current];
        if (Keywords.TryGetValue(text, out var keyword)) Add(keyword);
        else if (text.StartsWith("__", StringComparison.Ordinal) && text.Length > 2) Add(TokenKind.StaticField);
        else if (text.StartsWith('_') && text.Length > 1) Add(TokenKind.Field);
        else Add(TokenKind.Name);
    }

    private void RawString()
    {
        int line = _line;
        int begin = _current;
        while (!(Peek() == '"' && Peek(1) == '"' && Peek(2) == '"'))
        {
            if (AtEnd) throw new WrenSyntaxError("Unterminated raw string", _start);
            if (Advance() == '\n') _line++;
        }
        var text = _source[begin.._current];
        _current += 3;
        // A raw string drops a first line and a last line that hold only whitespace.
        var firstBreak = text.IndexOf('\n');
        if (firstBreak >= 0 && string.IsNullOrWhiteSpace(text[..firstBreak])) text = text[(firstBreak + 1)..];
        var lastBreak = text.LastIndexOf('\n');
        if (lastBreak >= 0 && string.IsNullOrWhiteSpace(text[(lastBreak + 1)..])) text = text[..lastBreak];
        Add(TokenKind.String, text.Replace("\r\n", "\n"), line);
    }

    /// <summary>Reads string text up to the closing quote or the next <c>%(</c>; the opening quote (or closing paren) is consumed.</summary>
    private void ReadString()
    {
        var text = new StringBuilder();
        int line = _line;
        while (true)
        {
            if (AtEnd) throw new WrenSyntaxError("Unterminated string", _start);
            char c = Advance();
            if (c == '"') break;
            if (c == '\n') { _line++; text.Append(c); continue; }
            if (c == '%')
            {
                if (Peek() != '(') throw new WrenSyntaxError("Expect '(' after '%' in a string (write \\% for a percent sign)", _current - 1);
                _current++;
                _interpolations.Push(1);
                Add(TokenKind.Interpolation, text.ToString(), line);
                return;
            }
            if (c == '\\') text.Append(Escape());
            else text.Append(c);
        }
        Add(TokenKind.String, text.ToString(), line);
    }

    private string Escape()
    {
        if (AtEnd) throw new WrenSyntaxError("Unterminated string", _start);
        char c = Advance();
        return c switch
        {
            '"' => "\"",
            '\\' => "\\",
            '%' => "%",
            '0' => "\0",
            'a' => "\a",
            'b' => "\b",
            'e' => "\u001b",
            'f' => "\f",
            'n' => "\n",
            'r' => "\r",
            't' => "\t",
            'v' => "\v",
            'x' => char.ConvertFromUtf32(Hex(2)),
            'u' => char.ConvertFromUtf32(Hex(4)),
            'U' => char.ConvertFromUtf32(Hex(8)),
            _ => throw new WrenSyntaxError($"Invalid escape character '{c}'", _current - 2),
        };
    }

    private int Hex(int digits)
    {
        int value = 0;
        for (int i = 0; i < digits; i++)
        {
            char c = Peek();
            if (!char.IsAsciiHexDigit(c)) throw new WrenSyntaxError("Incomplete escape sequence", _current);
            _current++;
            value = value * 16 + Convert.ToInt32(c.ToString(), 16);
        }
        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF) throw new WrenSyntaxError("Invalid code point in escape sequence", _current);
        return value;
    }
}

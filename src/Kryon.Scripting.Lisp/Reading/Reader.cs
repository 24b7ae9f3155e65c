using System.Globalization;
using System.Text;
using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Reading;

/// <summary>
/// The reader (LISP.md §2): source text → forms. A recursive-descent scanner over characters;
/// every malformed input ends as a <see cref="SyntaxError"/> with line:column, never as an
/// exception. Nesting is limited (<see cref="MaxDepth"/>) so deep input cannot overflow the stack.
/// </summary>
public sealed class Reader
{
    public const int MaxDepth = 1000;

    private readonly string _text;
    private readonly int _base;
    private int _pos;
    private int _depth;
    private bool _inAnonymousFn;
    private int _maxPercent;
    private bool _percentRest;

    private Reader(string text, int baseOffset)
    {
        _text = text;
        _base = baseOffset;
    }

    /// <summary>
    /// Reads all forms of <paramref name="text"/>. Lists remember <c>baseOffset + offset</c>, so that an
    /// engine holding several scripts can tell from a form's offset which script it came from.
    /// </summary>
    public static ReadResult Read(string text, int baseOffset = 0)
    {
        var reader = new Reader(text, baseOffset);
        try
        {
            var forms = new List<object?>();
            while (true)
            {
                reader.SkipWhitespace();
                if (reader._pos >= text.Length) break;
                forms.Add(reader.ReadForm());
            }
            return new ReadResult(forms, null);
        }
        catch (ReadFailure f)
        {
            var (line, column) = LineColumn(text, f.Offset);
            return new ReadResult([], new SyntaxError(f.Message, f.Offset, line, column));
        }
    }

    /// <summary>1-based line and column of a character offset (`\n`, `\r\n` and `\r` end lines).</summary>
    public static (int Line, int Column) LineColumn(string text, int offset)
    {
        int line = 1, start = 0;
        for (int i = 0; i < Math.Min(offset, text.Length); i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                start = i + 1;
            }
        }
        return (line, offset - start + 1);
    }

    private sealed class ReadFailure(string message, int offset) : Exception(message)
    {
        public int Offset { get; } = offset;
    }

    private static ReadFailure Fail(string message, int offset) => new(message, offset);

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            char c = Peek();
            if (char.IsWhiteSpace(c) || c == ',') _pos++;
            else if (c == ';') { while (!AtEnd && Peek() != '\n' && Peek() != '\r') _pos++; }
            else if (c == '#' && Peek(1) == '|') SkipBlockComment();
            else break;
        }
    }

    /// <summary>`#| … |#`, nestable [proposal].</summary>
    private void SkipBlockComment()
    {
        int start = _pos;
        int level = 0;
        do
        {
            if (AtEnd) throw Fail("Unterminated block comment", start);
            if (Peek() == '#' && Peek(1) == '|') { level++; _pos += 2; }
            else if (Peek() == '|' && Peek(1) == '#') { level--; _pos += 2; }
            else _pos++;
        } while (level > 0);
    }

    private object? ReadForm()
    {
        if (++_depth > MaxDepth) throw Fail($"Forms nested deeper than {MaxDepth} levels", _pos);
        try { return ReadFormCore(); }
        finally { _depth--; }
    }

    private object? ReadFormCore()
    {
        SkipWhitespace();
        int start = _pos;
        if (AtEnd) throw Fail("Unexpected end of input", start);
        char c = Peek();
        switch (c)
        {
            case '(': _pos++; return new LispList(ReadUntil(')', start).ToArray(), _base + start);
            case '[': _pos++; return LispVector.Of(ReadUntil(']', start));
            case '{': _pos++; return ReadMap(start);
            case ')': case ']': case '}': throw Fail($"Unmatched delimiter '{c}'", start);
            case '"': return ReadString(raw: false);
            case '\'': _pos++; return Wrap("quote", start);
            case '`': _pos++; return Wrap("quasiquote", start);
            case '@': _pos++; return Wrap("deref", start);
            case '~':
                _pos++;
                if (Peek() == '@') { _pos++; return Wrap("unquote-splicing", start); }
                return Wrap("unquote", start);
            case '\\': return ReadCharacter();
            case '#': return ReadDispatch(start);
            case 'r' when Peek(1) == '"': _pos++; return ReadString(raw: true);
            case '^':
                // Metadata (`^:private`, `^double`) is read and ignored (LISP.md §4.2).
                _pos++;
                ReadForm();
                return ReadForm();
            default: return ReadAtom();
        }
    }

    private LispList Wrap(string head, int start)
    {
        SkipWhitespace();
        if (AtEnd) throw Fail($"Missing form after reader macro for {head}", start);
        return new LispList([Symbol.Of(head), ReadForm()], _base + start);
    }

    private List<object?> ReadUntil(char close, int start)
    {
        var items = new List<object?>();
        while (true)
        {
            SkipWhitespace();
            if (AtEnd) throw Fail($"Unexpected end of input: '{_text[start]}' opened here is never closed", start);
            if (Peek() == close) { _pos++; return items; }
            if (Peek() is ')' or ']' or '}') throw Fail($"Mismatched delimiter '{Peek()}': expected '{close}' to close '{_text[start]}'", _pos);
            items.Add(ReadForm());
        }
    }

    private LispMap ReadMap(int start)
    {
        var items = ReadUntil('}', start);
        if (items.Count % 2 != 0) throw Fail("Map literal must contain an even number of forms", start);
        var map = LispMap.Empty;
        for (int i = 0; i < items.Count; i += 2)
        {
            if (map.ContainsKey(items[i])) throw Fail($"Duplicate key: {Printer.Readable(items[i])}", start);
            map = map.Assoc(items[i], items[i + 1]);
        }
        return map;
    }

    private object? ReadDispatch(int start)
    {
        char next = Peek(1);
        switch (next)
        {
            case '{':
                _pos += 2;
                var set = LispSet.Empty;
                foreach (var item in ReadUntil('}', start))
                {
                    if (set.Contains(item)) throw Fail($"Duplicate key: {Printer.Readable(item)}", start);
                    set = set.Add(item);
                }
                return set;
            case '(':
                if (_inAnonymousFn) throw Fail("Nested #()s are not allowed", start);
                _pos += 2;
                _inAnonymousFn = true;
                _maxPercent = 0;
                _percentRest = false;
                try
                {
                    var body = new LispList(ReadUntil(')', start).ToArray(), _base + start);
                    var parameters = new List<object?>();
                    for (int i = 1; i <= _maxPercent; i++) parameters.Add(Symbol.Of("%" + i));
                    if (_percentRest) { parameters.Add(Symbol.Of("&")); parameters.Add(Symbol.Of("%&")); }
                    return new LispList([Symbol.Of("fn"), LispVector.Of(parameters), body], _base + start);
                }
                finally { _inAnonymousFn = false; }
            case '"': throw Fail("Regex literals #\"…\" are not supported (Extended profile)", start);
            default: throw Fail($"Unsupported dispatch macro '#{next}'", start);
        }
    }

    private string ReadString(bool raw)
    {
        int start = _pos;
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (AtEnd) throw Fail("Unterminated string", raw ? start - 1 : start);
            char c = _text[_pos++];
            if (c == '"') return sb.ToString();
            if (c != '\\' || raw) { sb.Append(c); continue; }
            if (AtEnd) throw Fail("Unterminated string", start);
            char e = _text[_pos++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                        throw Fail("Invalid \\u escape: expected 4 hex digits", _pos - 2);
                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default: throw Fail($"Unsupported escape character: \\{e}", _pos - 2);
            }
        }
    }

    private object? ReadCharacter()
    {
        int start = _pos;
        _pos++;
        if (AtEnd) throw Fail("Missing character after \\", start);
        var token = ReadToken(allowFirstDelimiter: true);
        return token switch
        {
            "newline" => '\n',
            "space" => ' ',
            "tab" => '\t',
            _ when token.Length == 1 => token[0],
            _ => throw Fail($"Unsupported character: \\{token}", start),
        };
    }

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is ',' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or ';' or '\'' or '`' or '~' or '@' or '^';

    private string ReadToken(bool allowFirstDelimiter = false)
    {
        int start = _pos;
        if (allowFirstDelimiter && !AtEnd) _pos++;
        while (!AtEnd && !IsDelimiter(Peek())) _pos++;
        return _text[start.._pos];
    }

    private object? ReadAtom()
    {
        int start = _pos;
        var token = ReadToken();
        if (token.Length == 0) throw Fail($"Unexpected character '{Peek()}'", start);
        if (token == "nil") return null;
        if (token == "true") return true;
        if (token == "false") return false;
        if (token[0] == ':') return ReadKeyword(token, start);
        if (char.IsAsciiDigit(token[0]) || (token.Length > 1 && token[0] is '-' or '+' && char.IsAsciiDigit(token[1])))
            return ReadNumber(token, start);
        ValidateSymbol(token, start);
        if (_inAnonymousFn && token[0] == '%')
        {
            NotePercent(token);
            if (token == "%") return Symbol.Of("%1");
        }
        return Symbol.Of(token);
    }

    private static bool IsSymbolChar(char c) => char.IsAsciiLetterOrDigit(c) || "*+!-_'?<>=/.&%".Contains(c);

    private static void ValidateSymbol(string token, int start)
    {
        for (int i = 0; i < token.Length; i++)
            if (!IsSymbolChar(token[i])) throw Fail($"Invalid token: {token}", start + i);
    }

    private object ReadKeyword(string token, int start)
    {
        var name = token.StartsWith("::", StringComparison.Ordinal) ? "user/" + token[2..] : token[1..];
        if (name.Length == 0 || name.EndsWith('/')) throw Fail($"Invalid keyword: {token}", start);
        ValidateSymbol(name, start + token.Length - name.Length);
        return Keyword.Of(name);
    }

    private void NotePercent(string token)
    {
        if (token == "%") _maxPercent = Math.Max(_maxPercent, 1);
        else if (token == "%&") _percentRest = true;
        else if (token.Length == 2 && token[1] is >= '1' and <= '9') _maxPercent = Math.Max(_maxPercent, token[1] - '0');
    }

    private static object ReadNumber(string token, int start)
    {
        var inv = CultureInfo.InvariantCulture;
        var body = token[0] == '+' ? token[1..] : token;
        if (IsInteger(body))
        {
            if (long.TryParse(body, NumberStyles.AllowLeadingSign, inv, out long l)) return l;
            throw Fail($"Integer literal out of range: {token}", start);
        }
        int slash = body.IndexOf('/');
        if (slash > 0 && IsInteger(body[..slash]) && IsInteger(body[(slash + 1)..]) && body[slash + 1] != '-')
        {
            // Ratio: Core reads it as a float (LISP.md §2).
            double num = double.Parse(body[..slash], inv), den = double.Parse(body[(slash + 1)..], inv);
            if (den == 0) throw Fail($"Divide by zero in ratio literal: {token}", start);
            return num / den;
        }
        if (IsFloat(body) && double.TryParse(body, NumberStyles.Float, inv, out double d)) return d;
        throw Fail($"Invalid number: {token}", start);
    }

    private static bool IsInteger(string s)
    {
        int i = s.Length > 0 && s[0] == '-' ? 1 : 0;
        if (i >= s.Length) return false;
        for (; i < s.Length; i++) if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    /// <summary>`-?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?`.</summary>
    private static bool IsFloat(string s)
    {
        int i = s.Length > 0 && s[0] == '-' ? 1 : 0;
        int digits = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == digits || i >= s.Length || s[i] != '.') return false;
        int frac = ++i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == frac) return false;
        if (i == s.Length) return true;
        if (s[i] is not ('e' or 'E')) return false;
        i++;
        if (i < s.Length && s[i] is '+' or '-') i++;
        int exp = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i > exp && i == s.Length;
    }
}

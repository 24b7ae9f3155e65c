using System.Text;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler.Syntax;

/// <summary>A piece of a decoded string: literal text, or a `$name` / `${name}` reference (KRY.md §7.6).</summary>
public readonly record struct StringPart(string? Text, string? VariableName, TextSpan Span)
{
    public bool IsVariable => VariableName is not null;
}

/// <summary>Decodes a string token: escapes (§1.4) and interpolation (§7.6).</summary>
public static class StringDecoder
{
    /// <summary>
    /// Decodes the token text (quotes included) into parts. Reports unknown escapes (kept
    /// verbatim, warning 1006) and malformed `${…}` (error 1101).
    /// </summary>
    public static StringPart[] Decode(SourceFile file, Token token, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        int start = token.Start + 1;
        int end = token.Kind == TokenKind.String ? token.End - 1 : token.End;
        // Fast path (most strings): no escape and no '$' means one literal part, exactly as the loop below would produce.
        if (end <= start) return [];
        if (text.AsSpan(start, end - start).IndexOfAny('\\', '$') < 0)
            return [new StringPart(text.Substring(start, end - start), null, TextSpan.FromBounds(start, end))];
        var parts = new List<StringPart>(1);
        var sb = new StringBuilder(end - start);
        int literalStart = start;

        void FlushText(int at)
        {
            if (sb.Length > 0) parts.Add(new StringPart(sb.ToString(), null, TextSpan.FromBounds(literalStart, at)));
            sb.Clear();
        }

        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < end)
            {
                char e = text[i + 1];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '\\': sb.Append('\\'); break;
                    case '"': sb.Append('"'); break;
                    case '\'': sb.Append('\''); break;
                    case '$': sb.Append('$'); break;
                    default:
                        sb.Append('\\').Append(e);
                        diagnostics.Report(DiagnosticCodes.UnknownEscape, new SourceSpan(file, new TextSpan(i, 2)),
                            $"Unknown escape '\\{e}' is kept as written", "known escapes are \\n \\t \\r \\\\ \\\" \\' \\$; write \\\\ for a backslash");
                        break;
                }
                i += 2;
                continue;
            }
            if (c == '$' && i + 1 < end)
            {
                char n = text[i + 1];
                if (char.IsAsciiLetter(n) || n == '_')
                {
                    FlushText(i);
                    int nameStart = i + 1, j = nameStart;
                    while (j < end && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '_')) j++;
                    parts.Add(new StringPart(null, text[nameStart..j], TextSpan.FromBounds(i, j)));
                    i = j;
                    literalStart = i;
                    continue;
                }
                if (n == '{')
                {
                    int close = text.IndexOf('}', i + 2, end - (i + 2));
                    string name = close < 0 ? "" : text[(i + 2)..close].Trim();
                    if (close < 0 || !IsIdentifier(name))
                    {
                        int errEnd = close < 0 ? end : close + 1;
                        diagnostics.Report(DiagnosticCodes.UnexpectedToken, new SourceSpan(file, TextSpan.FromBounds(i, errEnd)),
                            close < 0 ? "Interpolation '${' is not closed" : $"'{name}' is not a variable name", "write ${name} with a variable name, or \\$ for a literal '$'");
                        sb.Append(text, i, errEnd - i);
                        i = errEnd;
                        continue;
                    }
                    FlushText(i);
                    parts.Add(new StringPart(null, name, TextSpan.FromBounds(i, close + 1)));
                    i = close + 1;
                    literalStart = i;
                    continue;
                }
            }
            sb.Append(c);
            i++;
        }
        FlushText(end);
        return parts.ToArray();
    }

    /// <summary>The literal value of a string without interpolation or diagnostics (used for script language names).</summary>
    public static string DecodeSimple(ReadOnlySpan<char> tokenText)
    {
        if (tokenText.Length >= 2 && tokenText[0] == '"' && tokenText[^1] == '"') tokenText = tokenText[1..^1];
        else if (tokenText.Length >= 1 && tokenText[0] == '"') tokenText = tokenText[1..];
        return tokenText.ToString();
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsAsciiLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}

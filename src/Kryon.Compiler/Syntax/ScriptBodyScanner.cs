namespace Kryon.Compiler.Syntax;

/// <summary>
/// Finds the `}` that closes an inline script body (KRY.md §12.3). Braces inside the script
/// language's strings and comments do not count, so `print("}")` or `-- }` stay inside the code.
/// </summary>
public static class ScriptBodyScanner
{
    /// <summary>Index of the closing brace for a body starting at <paramref name="start"/> (just after `{`), or -1 if the file ends first.</summary>
    public static int FindClosingBrace(string text, int start, ScriptLanguage language)
    {
        int depth = 0;
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '{': depth++; i++; continue;
                case '}':
                    if (depth == 0) return i;
                    depth--; i++; continue;
                case '"':
                    if (language == ScriptLanguage.Python && Match(text, i, "\"\"\"")) { i = SkipPast(text, i + 3, "\"\"\""); continue; }
                    i = SkipQuoted(text, i, '"'); continue;
                case '\'' when language is ScriptLanguage.Lua or ScriptLanguage.JavaScript or ScriptLanguage.Python or ScriptLanguage.Unknown:
                    if (language == ScriptLanguage.Python && Match(text, i, "'''")) { i = SkipPast(text, i + 3, "'''"); continue; }
                    i = SkipQuoted(text, i, '\''); continue;
                case '`' when language == ScriptLanguage.JavaScript:
                    i = SkipQuoted(text, i, '`'); continue;
                case '-' when language == ScriptLanguage.Lua && next == '-':
                    if (LongBracketLevel(text, i + 2) is int level and >= 0) { i = SkipLongBracket(text, i + 2, level); continue; }
                    i = SkipLine(text, i); continue;
                case '[' when language == ScriptLanguage.Lua && LongBracketLevel(text, i) is int lvl and >= 0:
                    i = SkipLongBracket(text, i, lvl); continue;
                case '/' when next == '/' && language is ScriptLanguage.JavaScript or ScriptLanguage.Wren or ScriptLanguage.Unknown:
                    i = SkipLine(text, i); continue;
                case '/' when next == '*' && language is ScriptLanguage.JavaScript or ScriptLanguage.Wren or ScriptLanguage.Unknown:
                    i = SkipPast(text, i + 2, "*/"); continue;
                case '#' when language == ScriptLanguage.Python:
                    i = SkipLine(text, i); continue;
                case ';' when language == ScriptLanguage.Lisp:
                    i = SkipLine(text, i); continue;
                default:
                    i++; continue;
            }
        }
        return -1;
    }

    private static bool Match(string text, int at, string s) => string.CompareOrdinal(text, at, s, 0, s.Length) == 0;

    /// <summary>Skips a quoted literal; a newline ends an unclosed one (except in JS template literals).</summary>
    private static int SkipQuoted(string text, int i, char quote)
    {
        i++;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\') { i += 2; continue; }
            if (c == quote) return i + 1;
            if (c == '\n' && quote != '`') return i;
            i++;
        }
        return i;
    }

    private static int SkipLine(string text, int i)
    {
        int nl = text.IndexOf('\n', i);
        return nl < 0 ? text.Length : nl;
    }

    private static int SkipPast(string text, int i, string terminator)
    {
        int at = text.IndexOf(terminator, i, StringComparison.Ordinal);
        return at < 0 ? text.Length : at + terminator.Length;
    }

    /// <summary>Lua long bracket `[[` or `[==[` at <paramref name="i"/>: its level (number of `=`), or -1.</summary>
    private static int LongBracketLevel(string text, int i)
    {
        if (i >= text.Length || text[i] != '[') return -1;
        int j = i + 1, level = 0;
        while (j < text.Length && text[j] == '=') { level++; j++; }
        return j < text.Length && text[j] == '[' ? level : -1;
    }

    private static int SkipLongBracket(string text, int i, int level)
    {
        string close = "]" + new string('=', level) + "]";
        return SkipPast(text, i + level + 2, close);
    }
}

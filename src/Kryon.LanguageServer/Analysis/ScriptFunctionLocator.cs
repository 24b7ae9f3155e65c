using Kryon.Compiler.Binding;
using Kryon.Compiler.Syntax;

namespace Kryon.LanguageServer.Analysis;

/// <summary>
/// Finds where a script defines its entry points. The compiler says which functions a script
/// offers (<see cref="ScriptEntryPoints"/>); this finds the name's position for go-to-definition:
/// the first line on which the compiler's own rules see the definition, else the first mention.
/// </summary>
public static class ScriptFunctionLocator
{
    public static IEnumerable<(string Name, int Offset)> Find(ScriptLanguage language, string code)
    {
        // The compiler looks for entry points in the dedented code (definitions start their line there).
        foreach (var name in ScriptEntryPoints.Find(language, ScriptText.Dedent(code, out _)))
        {
            // Wren's Class.method names are reachable through the plain method name too.
            if (name.Contains('.') && language == ScriptLanguage.Wren) continue;
            int offset = FindDefinition(language, code, name);
            if (offset >= 0) yield return (name, offset);
        }
    }

    private static int FindDefinition(ScriptLanguage language, string code, string name)
    {
        int first = -1;
        for (int at = IndexOfWord(code, name, 0); at >= 0; at = IndexOfWord(code, name, at + name.Length))
        {
            if (first < 0) first = at;
            int lineStart = code.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            if (at == 0) lineStart = 0;
            int lineEnd = code.IndexOf('\n', at);
            var line = code[lineStart..(lineEnd < 0 ? code.Length : lineEnd)].TrimStart();
            if (ScriptEntryPoints.Find(language, line).Contains(name)) return at;
        }
        return first;
    }

    /// <summary>The next occurrence of <paramref name="word"/> not inside a longer identifier.</summary>
    public static int IndexOfWord(string text, string word, int from)
    {
        while (from <= text.Length - word.Length)
        {
            int at = text.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0) return -1;
            bool startOk = at == 0 || !IsIdentifierChar(text[at - 1]);
            bool endOk = at + word.Length == text.Length || !IsIdentifierChar(text[at + word.Length]);
            if (startOk && endOk) return at;
            from = at + 1;
        }
        return -1;
    }

    public static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}

namespace Kryon.Runtime.Editing;

/// <summary>
/// Makes arbitrary text (typed, pasted, bound, or read from a file) fit a single-line Input:
/// line breaks and tabs become one space each (CRLF counts as one break), other control
/// characters are dropped. Format characters such as ZWJ stay: emoji sequences need them.
/// </summary>
internal static class SingleLineText
{
    public static string Sanitize(string text)
    {
        if (!NeedsSanitizing(text)) return text; // the common case allocates nothing

        var result = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { result.Append(' '); i++; }
            else if (IsBreakOrTab(c)) result.Append(' ');
            else if (!char.IsControl(c)) result.Append(c);
        }
        return result.ToString();
    }

    private static bool NeedsSanitizing(string text)
    {
        foreach (char c in text)
            if (char.IsControl(c) || IsBreakOrTab(c)) return true;
        return false;
    }

    private static bool IsBreakOrTab(char c) =>
        c is '\n' or '\r' or '\t' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';
}

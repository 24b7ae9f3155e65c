namespace Kryon.Compiler.Binding;

/// <summary>Prepares inline script code as written between braces (KRY.md §12.3).</summary>
public static class ScriptText
{
    /// <summary>
    /// Drops the blank first and last lines around the code and strips the indentation common to
    /// all non-blank lines. <paramref name="skippedLines"/> is how many leading lines were dropped,
    /// so script line 1 can be mapped back to its .kry line.
    /// </summary>
    public static string Dedent(string raw, out int skippedLines)
    {
        var lines = raw.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        int first = 0, last = lines.Length - 1;
        while (first <= last && string.IsNullOrWhiteSpace(lines[first])) first++;
        while (last >= first && string.IsNullOrWhiteSpace(lines[last])) last--;
        skippedLines = first;
        if (first > last) return "";
        int indent = int.MaxValue;
        for (int i = first; i <= last; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line)) continue;
            int n = 0;
            while (n < line.Length && line[n] is ' ' or '\t') n++;
            indent = Math.Min(indent, n);
        }
        var sb = new System.Text.StringBuilder(raw.Length);
        for (int i = first; i <= last; i++)
        {
            var line = lines[i];
            sb.Append(line.Length >= indent ? line[indent..].TrimEnd() : line.TrimStart());
            if (i < last) sb.Append('\n');
        }
        return sb.ToString();
    }
}

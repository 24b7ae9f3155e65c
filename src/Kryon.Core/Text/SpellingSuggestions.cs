namespace Kryon.Text;

/// <summary>"Did you mean …?": the closest known names to a misspelt one, by edit distance.</summary>
public static class SpellingSuggestions
{
    /// <summary>
    /// The best candidate within a distance that scales with the name's length (a third of it,
    /// at least 1, at most 3), or null when nothing is close enough to be a plausible typo.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        int budget = Math.Clamp(name.Length / 3, 1, 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) > budget) continue;
            int d = Distance(name, candidate, budget);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= budget ? best : null;
    }

    /// <summary>
    /// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), compared
    /// case-insensitively so that `Background_Color` finds `background_color`.
    /// Gives up early and returns budget + 1 once the distance must exceed the budget.
    /// </summary>
    public static int Distance(string a, string b, int budget = int.MaxValue)
    {
        int n = a.Length, m = b.Length;
        if (n == 0) return m;
        if (m == 0) return n;
        Span<int> prev2 = m + 1 <= 128 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> prev = m + 1 <= 128 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> cur = m + 1 <= 128 ? stackalloc int[m + 1] : new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = char.ToLowerInvariant(a[i - 1]);
            for (int j = 1; j <= m; j++)
            {
                char cb = char.ToLowerInvariant(b[j - 1]);
                int cost = ca == cb ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == cb)
                    v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > budget) return budget == int.MaxValue ? rowMin : budget + 1;
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[m];
    }
}

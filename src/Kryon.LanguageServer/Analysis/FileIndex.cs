using Kryon.LanguageServer.Documents;
using Kryon.Text;

namespace Kryon.LanguageServer.Analysis;

/// <summary>The classified occurrences of one file (the open document, a file it includes, or an external script), sorted by position.</summary>
public sealed class FileIndex(string path, string text, IReadOnlyList<Occurrence> occurrences)
{
    private LineIndex? _lines;

    /// <summary>Full path of the file.</summary>
    public string Path { get; } = path;

    public string Text { get; } = text;

    public LineIndex Lines => _lines ??= new LineIndex(Text);

    /// <summary>Sorted by start; a container (a string) comes before what it contains.</summary>
    public IReadOnlyList<Occurrence> Occurrences { get; } = occurrences;

    /// <summary>
    /// The most specific occurrence at a cursor offset. A cursor right after a name still
    /// counts as on it (editors put the cursor after the word just typed or clicked).
    /// </summary>
    public Occurrence? At(int offset)
    {
        Occurrence? best = null;
        // Occurrences are few per line; a binary search finds the first that could contain the offset.
        int lo = 0, hi = Occurrences.Count - 1, first = Occurrences.Count;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Occurrences[mid].Span.Start > offset) { first = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        // Occurrences only nest one level (a name inside a string) and touch at most at their ends,
        // so the few entries starting at or before the offset are the only candidates.
        for (int i = first - 1; i >= 0 && i >= first - 4; i--)
        {
            var o = Occurrences[i];
            if (offset < o.Span.Start || offset > o.Span.End) continue;
            if (best is null || Rank(o) < Rank(best)) best = o;
        }
        return best;
    }

    /// <summary>Prefers symbols and names over the strings and comments around them.</summary>
    private static int Rank(Occurrence o) => (o.Symbol is not null ? 0 : o.Kind is OccurrenceKind.String or OccurrenceKind.Comment ? 2_000_000 : 1_000_000) + o.Span.Length;

    public IEnumerable<Occurrence> OfSymbol(SymbolKey key) => Occurrences.Where(o => o.Symbol == key);

    public Protocol.Range RangeOf(TextSpan span) => Lines.RangeOf(span.Start, span.End);
}

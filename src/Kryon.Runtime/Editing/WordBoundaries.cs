using System.Buffers;
using System.Globalization;
using System.Text;

namespace Kryon.Runtime.Editing;

/// <summary>
/// Word navigation like common desktop editors: a word is a run of clusters that start with a
/// letter, digit, mark or connector punctuation (`_`); whitespace and other punctuation/symbols
/// separate words.
/// </summary>
internal static class WordBoundaries
{
    private enum ClusterKind : byte { Word, Space, Other }

    /// <summary>Ctrl+Left / Ctrl+Backspace: the start of the word before <paramref name="index"/>, skipping separators; 0 if none.</summary>
    public static int PreviousWordStart(string text, int index)
    {
        // One forward pass remembering where the last word run began before the index
        // (see GraphemeText for why we never walk backwards).
        int start = 0;
        bool previousWasWord = false;
        for (int pos = 0; pos < index;)
        {
            int next = GraphemeText.NextBoundary(text, pos);
            bool isWord = Classify(text.AsSpan(pos, next - pos)) == ClusterKind.Word;
            if (isWord && !previousWasWord) start = pos;
            previousWasWord = isWord;
            pos = next;
        }
        return start;
    }

    /// <summary>Ctrl+Right / Ctrl+Delete: the end of the word after <paramref name="index"/>, skipping separators; the text end if none.</summary>
    public static int NextWordEnd(string text, int index)
    {
        int pos = index;
        while (pos < text.Length && KindAt(text, pos, out int next) != ClusterKind.Word) pos = next;
        while (pos < text.Length && KindAt(text, pos, out int next) == ClusterKind.Word) pos = next;
        return pos;
    }

    /// <summary>
    /// Double-click: the run of clusters of the same kind around the cluster at <paramref name="index"/>
    /// (the last cluster when the index is at the end). A punctuation/symbol cluster stands alone.
    /// </summary>
    public static (int Start, int End) WordAt(string text, int index)
    {
        if (text.Length == 0) return (0, 0);
        int target = Math.Min(GraphemeText.SnapDown(text, index), GraphemeText.PreviousBoundary(text, text.Length));

        int runStart = 0;
        ClusterKind? previous = null;
        for (int pos = 0; pos < text.Length;)
        {
            ClusterKind kind = KindAt(text, pos, out int next);
            if (kind != previous || kind == ClusterKind.Other) runStart = pos;
            if (pos == target)
            {
                int end = next;
                if (kind != ClusterKind.Other)
                    while (end < text.Length && KindAt(text, end, out int after) == kind) end = after;
                return (runStart, end);
            }
            previous = kind;
            pos = next;
        }
        return (text.Length, text.Length); // unreachable: target is a cluster start before the end
    }

    private static ClusterKind KindAt(string text, int pos, out int next)
    {
        next = GraphemeText.NextBoundary(text, pos);
        return Classify(text.AsSpan(pos, next - pos));
    }

    /// <summary>A cluster is classified by its first code point (the base character).</summary>
    private static ClusterKind Classify(ReadOnlySpan<char> cluster)
    {
        if (Rune.DecodeFromUtf16(cluster, out Rune rune, out _) != OperationStatus.Done) return ClusterKind.Other;
        if (Rune.IsWhiteSpace(rune)) return ClusterKind.Space;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.ConnectorPunctuation => ClusterKind.Word,
            _ => ClusterKind.Other,
        };
    }
}

using System.Globalization;

namespace Kryon.Runtime.Editing;

/// <summary>
/// Navigation over extended grapheme clusters (what a user sees as one character: "👩‍👩‍👧",
/// "e\u0301", "\r\n"), via <see cref="StringInfo"/>. All indexes are UTF-16 offsets.
/// </summary>
/// <remarks>
/// Segmentation is only well-defined when started at a known boundary, and the only one always
/// known is 0, so every backward question scans forward from the start. That is O(n) but
/// allocation-free, and the text of a single-line Input is short.
/// </remarks>
internal static class GraphemeText
{
    /// <summary>The boundary after the cluster that starts at <paramref name="index"/> (a boundary).</summary>
    public static int NextBoundary(string text, int index) =>
        index >= text.Length ? text.Length : index + StringInfo.GetNextTextElementLength(text.AsSpan(index));

    /// <summary>The start of the cluster that ends at <paramref name="index"/> (a boundary); 0 at the start.</summary>
    public static int PreviousBoundary(string text, int index)
    {
        int pos = 0;
        while (pos < index)
        {
            int next = NextBoundary(text, pos);
            if (next >= index) return pos;
            pos = next;
        }
        return 0;
    }

    /// <summary>The nearest boundary at or before <paramref name="index"/> (clamped to the text).</summary>
    public static int SnapDown(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        int pos = 0;
        while (pos < index)
        {
            int next = NextBoundary(text, pos);
            if (next > index) return pos;
            pos = next;
        }
        return pos;
    }

    /// <summary>The nearest boundary at or after <paramref name="index"/> (clamped to the text).</summary>
    public static int SnapUp(string text, int index)
    {
        int down = SnapDown(text, index);
        return down >= Math.Clamp(index, 0, text.Length) ? down : NextBoundary(text, down);
    }

    /// <summary>The closer of the boundaries around <paramref name="index"/>; ties go to the earlier one.</summary>
    public static int SnapNearest(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        int down = SnapDown(text, index);
        if (down == index) return down;
        int up = NextBoundary(text, down);
        return up - index < index - down ? up : down;
    }

    public static int CountClusters(ReadOnlySpan<char> text)
    {
        int count = 0;
        while (!text.IsEmpty)
        {
            text = text[StringInfo.GetNextTextElementLength(text)..];
            count++;
        }
        return count;
    }

    /// <summary>The UTF-16 length of the first <paramref name="clusters"/> clusters (all of the text if it has fewer).</summary>
    public static int LengthOfFirstClusters(ReadOnlySpan<char> text, int clusters)
    {
        int length = 0;
        for (int i = 0; i < clusters && length < text.Length; i++)
            length += StringInfo.GetNextTextElementLength(text[length..]);
        return length;
    }
}

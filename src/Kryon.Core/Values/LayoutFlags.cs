namespace Kryon.Values;

/// <summary>
/// The KRB layout byte (KRB.md §5.3, KRY.md §6.1): direction in bits 0–1, main-axis alignment in
/// bits 2–3, then wrap, grow and absolute flags. The `layout:` words compile to it.
/// </summary>
public readonly record struct LayoutFlags(byte Value)
{
    public const byte DirectionMask = 0x03, AlignmentMask = 0x0C, WrapBit = 0x10, GrowBit = 0x20, AbsoluteBit = 0x40;

    /// <summary>No `layout` at all: column, start (0x01).</summary>
    public static readonly LayoutFlags Default = new(0x01);

    public LayoutDirection Direction => (LayoutDirection)(Value & DirectionMask);

    public LayoutAlignment Alignment => (LayoutAlignment)((Value & AlignmentMask) >> 2);

    public bool Wrap => (Value & WrapBit) != 0;

    public bool Grow => (Value & GrowBit) != 0;

    public bool Absolute => (Value & AbsoluteBit) != 0;

    /// <summary>Whether children are laid out along a row (row or row-reverse).</summary>
    public bool IsRow => Direction is LayoutDirection.Row or LayoutDirection.RowReverse;

    public static LayoutFlags Create(LayoutDirection direction, LayoutAlignment alignment = LayoutAlignment.Start,
        bool wrap = false, bool grow = false, bool absolute = false) =>
        new((byte)((byte)direction | ((byte)alignment << 2) | (wrap ? WrapBit : 0) | (grow ? GrowBit : 0) | (absolute ? AbsoluteBit : 0)));

    /// <summary>
    /// Compiles layout words (space-separated). Words are matched case-insensitively with `-` and
    /// `_` treated alike. Words that are recognised CSS values but not encodable in the byte come
    /// back in <paramref name="unencodable"/>; anything else in <paramref name="unknown"/>.
    /// Allocates nothing when every word is known.
    /// </summary>
    public static LayoutFlags Parse(string words, out string[] unknown, out string[] unencodable)
    {
        int direction = 1, alignment = 0, flags = 0;
        List<string>? unknownList = null, unencodableList = null;
        foreach (var range in words.AsSpan().Split(' '))
        {
            var word = words.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (word.IsEmpty) continue;
            if (Is(word, "row")) direction = 0;
            else if (Is(word, "column") || Is(word, "col")) direction = 1;
            else if (Is(word, "row_rev") || Is(word, "row_reverse")) direction = 2;
            else if (Is(word, "col_rev") || Is(word, "column_rev") || Is(word, "column_reverse") || Is(word, "col_reverse")) direction = 3;
            else if (Is(word, "start")) alignment = 0;
            else if (Is(word, "center") || Is(word, "centre")) alignment = 1;
            else if (Is(word, "end")) alignment = 2;
            else if (Is(word, "space_between")) alignment = 3;
            else if (Is(word, "wrap")) flags |= WrapBit;
            else if (Is(word, "grow")) flags |= GrowBit;
            else if (Is(word, "absolute")) flags |= AbsoluteBit;
            else if (Is(word, "space_around") || Is(word, "space_evenly") || Is(word, "wrap_reverse")) (unencodableList ??= []).Add(word.ToString());
            else (unknownList ??= []).Add(word.ToString());
        }
        unknown = unknownList?.ToArray() ?? [];
        unencodable = unencodableList?.ToArray() ?? [];
        return new LayoutFlags((byte)(direction | (alignment << 2) | flags));
    }

    /// <summary>Case-insensitive comparison in which `-` matches `_`.</summary>
    private static bool Is(ReadOnlySpan<char> word, string canonical)
    {
        if (word.Length != canonical.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i] == '-' ? '_' : char.ToLowerInvariant(word[i]);
            if (c != canonical[i]) return false;
        }
        return true;
    }

    /// <summary>All words `layout:` accepts, for completion and "did you mean".</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "row", "column", "col", "row_rev", "row-rev", "col_rev", "col-rev", "column-rev",
        "start", "center", "centre", "end", "space_between", "space-between", "wrap", "grow", "absolute",
    ];

    /// <summary>The canonical words for this byte (`row center wrap`).</summary>
    public override string ToString()
    {
        var parts = new List<string>(4)
        {
            Direction switch { LayoutDirection.Row => "row", LayoutDirection.Column => "column", LayoutDirection.RowReverse => "row_rev", _ => "col_rev" },
        };
        if (Alignment != LayoutAlignment.Start)
            parts.Add(Alignment switch { LayoutAlignment.Center => "center", LayoutAlignment.End => "end", _ => "space_between" });
        if (Wrap) parts.Add("wrap");
        if (Grow) parts.Add("grow");
        if (Absolute) parts.Add("absolute");
        return string.Join(' ', parts);
    }
}

public enum LayoutDirection : byte { Row = 0, Column = 1, RowReverse = 2, ColumnReverse = 3 }

public enum LayoutAlignment : byte { Start = 0, Center = 1, End = 2, SpaceBetween = 3 }

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
    /// Compiles layout words. Words are matched case-insensitively with `-` and `_` treated alike.
    /// Words that are recognised CSS values but not encodable in the byte land in
    /// <paramref name="unencodable"/>; anything else in <paramref name="unknown"/>.
    /// </summary>
    public static LayoutFlags Parse(IEnumerable<string> words, List<string> unknown, List<string> unencodable)
    {
        int direction = 1, alignment = 0, flags = 0;
        foreach (var raw in words)
        {
            switch (raw.Replace('-', '_').ToLowerInvariant())
            {
                case "row": direction = 0; break;
                case "column" or "col": direction = 1; break;
                case "row_rev" or "row_reverse": direction = 2; break;
                case "col_rev" or "column_rev" or "column_reverse" or "col_reverse": direction = 3; break;
                case "start": alignment = 0; break;
                case "center" or "centre": alignment = 1; break;
                case "end": alignment = 2; break;
                case "space_between": alignment = 3; break;
                case "wrap": flags |= WrapBit; break;
                case "grow": flags |= GrowBit; break;
                case "absolute": flags |= AbsoluteBit; break;
                case "space_around" or "space_evenly" or "wrap_reverse": unencodable.Add(raw); break;
                default: unknown.Add(raw); break;
            }
        }
        return new LayoutFlags((byte)(direction | (alignment << 2) | flags));
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

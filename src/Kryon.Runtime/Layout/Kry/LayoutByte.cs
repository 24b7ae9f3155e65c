namespace Kryon.Runtime.Layout.Kry;

/// <summary>Main-axis direction of a KRY <c>layout:</c> (bits 0–1 of the layout byte).</summary>
public enum KryDirection : byte { Row = 0, Column = 1, RowReverse = 2, ColumnReverse = 3 }

/// <summary>Alignment of a KRY <c>layout:</c> (bits 2–3 of the layout byte).</summary>
public enum KryAlignment : byte { Start = 0, Center = 1, End = 2, SpaceBetween = 3 }

/// <summary>The KRB layout byte (KRB.md §5.3): direction and alignment describe how the element lays out its
/// children; grow and absolute describe the element itself inside its parent (KRY.md §6.2).</summary>
public readonly record struct LayoutByte(byte Value)
{
    public const byte WrapBit = 0x10;
    public const byte GrowBit = 0x20;
    public const byte AbsoluteBit = 0x40;

    /// <summary>An element without <c>layout:</c> is column/start (0x01).</summary>
    public static LayoutByte Default => new(0x01);

    public static LayoutByte Create(KryDirection direction, KryAlignment alignment = KryAlignment.Start,
        bool wrap = false, bool grow = false, bool absolute = false) =>
        new((byte)((byte)direction | ((byte)alignment << 2) | (wrap ? WrapBit : 0) | (grow ? GrowBit : 0) | (absolute ? AbsoluteBit : 0)));

    public KryDirection Direction => (KryDirection)(Value & 0x03);
    public KryAlignment Alignment => (KryAlignment)((Value >> 2) & 0x03);
    public bool Wrap => (Value & WrapBit) != 0;
    public bool Grow => (Value & GrowBit) != 0;
    public bool Absolute => (Value & AbsoluteBit) != 0;

    public bool IsRow => Direction is KryDirection.Row or KryDirection.RowReverse;

    public override string ToString() => $"0x{Value:X2} ({Direction}, {Alignment}{(Wrap ? ", wrap" : "")}{(Grow ? ", grow" : "")}{(Absolute ? ", absolute" : "")})";
}

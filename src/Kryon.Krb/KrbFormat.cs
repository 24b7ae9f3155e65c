namespace Kryon.Krb;

/// <summary>Fixed numbers of the KRB v0.5 layout (KRB.md §1–§5) and of the wide extension.</summary>
public static class KrbFormat
{
    /// <summary>`KRB1`.</summary>
    public static ReadOnlySpan<byte> Magic => "KRB1"u8;

    public const int HeaderSize = 54;

    /// <summary>The version bytes this project writes (05 00); readers also accept the legacy order 00 05 (KRB.md §3.2).</summary>
    public const byte VersionByte0 = 0x05, VersionByte1 = 0x00;

    public const int ElementHeaderSize = 18;

    /// <summary>Element header in wide mode: ID, Style ID and Child Count grow to 16 bits.</summary>
    public const int WideElementHeaderSize = 21;

    /// <summary>Deepest nesting of a v0.5 file (the root is depth 1).</summary>
    public const int MaxDepth = 32;

    /// <summary>Deepest nesting of a wide file.</summary>
    public const int MaxWideDepth = 255;

    /// <summary>Longest string (1-byte length prefix).</summary>
    public const int MaxStringBytes = 255;

    /// <summary>Largest property value (1-byte size).</summary>
    public const int MaxValueBytes = 255;

    // Header field offsets.
    public const int VersionOffset = 4, FlagsOffset = 6, CountsOffset = 8, OffsetsOffset = 22, TotalSizeOffset = 50;

    public static int ElementHeaderSizeFor(bool wide) => wide ? WideElementHeaderSize : ElementHeaderSize;

    public static int IndexSize(bool wide) => wide ? 2 : 1;

    public static int MaxDepthFor(bool wide) => wide ? MaxWideDepth : MaxDepth;
}

/// <summary>The seven sections, in the order the header lists their counts and offsets (KRB.md §3).</summary>
public enum KrbSection
{
    Elements = 0,
    Styles = 1,
    Components = 2,
    Animations = 3,
    Scripts = 4,
    Strings = 5,
    Resources = 6,
}

/// <summary>Resource entry types (KRB.md §14).</summary>
public enum KrbResourceType : byte
{
    Image = 0x01,
    Font = 0x02,
    Sound = 0x03,
    Video = 0x04,
    Script = 0x05,
    Custom = 0x06,
}

/// <summary>Script storage (KRB.md §13).</summary>
public enum KrbScriptStorage : byte
{
    Inline = 0x00,
    External = 0x01,
}

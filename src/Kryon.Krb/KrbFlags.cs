namespace Kryon.Krb;

/// <summary>Header flags (KRB.md §3.1, plus <see cref="Wide"/> from docs/KRB-extensions.md).</summary>
[Flags]
public enum KrbFlags : ushort
{
    None = 0,
    HasStyles = 0x0001,
    HasComponentDefs = 0x0002,
    HasAnimations = 0x0004,
    HasResources = 0x0008,
    /// <summary>Never written; a reader rejects it (2002): v0.5 specifies no compression.</summary>
    Compressed = 0x0010,
    FixedPoint = 0x0020,
    ExtendedColor = 0x0040,
    HasApp = 0x0080,
    HasScripts = 0x0100,
    HasStateProperties = 0x0200,
    /// <summary>Project extension: 16-bit string/style/resource indices and child counts, 32-bit child offsets, nesting up to 255.</summary>
    Wide = 0x0400,
}

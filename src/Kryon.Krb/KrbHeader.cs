namespace Kryon.Krb;

/// <summary>The 54-byte file header (KRB.md §3): version bytes, flags, seven section counts and offsets, total size.</summary>
public sealed record KrbHeader(
    byte VersionMajorByte,
    byte VersionMinorByte,
    KrbFlags Flags,
    ushort ElementCount,
    ushort StyleCount,
    ushort ComponentCount,
    ushort AnimationCount,
    ushort ScriptCount,
    ushort StringCount,
    ushort ResourceCount,
    uint ElementOffset,
    uint StyleOffset,
    uint ComponentOffset,
    uint AnimationOffset,
    uint ScriptOffset,
    uint StringOffset,
    uint ResourceOffset,
    uint TotalSize)
{
    public bool IsWide => (Flags & KrbFlags.Wide) != 0;

    /// <summary>True when the version bytes are in the legacy order 00 05 written by the Go and Rust compilers.</summary>
    public bool LegacyVersionOrder => VersionMajorByte == 0x00;

    public ushort Count(KrbSection section) => section switch
    {
        KrbSection.Elements => ElementCount,
        KrbSection.Styles => StyleCount,
        KrbSection.Components => ComponentCount,
        KrbSection.Animations => AnimationCount,
        KrbSection.Scripts => ScriptCount,
        KrbSection.Strings => StringCount,
        _ => ResourceCount,
    };

    public uint Offset(KrbSection section) => section switch
    {
        KrbSection.Elements => ElementOffset,
        KrbSection.Styles => StyleOffset,
        KrbSection.Components => ComponentOffset,
        KrbSection.Animations => AnimationOffset,
        KrbSection.Scripts => ScriptOffset,
        KrbSection.Strings => StringOffset,
        _ => ResourceOffset,
    };
}

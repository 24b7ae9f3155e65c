namespace Kryon.Registry;

/// <summary>What the language knows about one built-in element type (KRY.md §4).</summary>
public sealed record ElementInfo(
    string Name,
    ElementKind Kind,
    ElementSet Bit,
    bool AcceptsChildren,
    bool Reserved,
    string Description)
{
    public byte KrbId => (byte)Kind;
}

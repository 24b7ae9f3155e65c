namespace Kryon.Registry;

/// <summary>Interaction state bits (KRY.md §9); the same bits are a KRB state property set's flags (KRB.md §8).</summary>
[Flags]
public enum InteractionState : byte
{
    None = 0,
    Hover = 0x01,
    Active = 0x02,
    Focus = 0x04,
    Disabled = 0x08,
    Checked = 0x10,
}

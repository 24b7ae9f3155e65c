namespace Kryon.Runtime.Events;

/// <summary>The modifier keys held during a key or pointer event.</summary>
[Flags]
public enum KeyModifiers : byte
{
    None = 0,
    Shift = 1,
    Control = 2,
    Alt = 4,
    /// <summary>The Command key on macOS, the Windows/Super key elsewhere.</summary>
    Meta = 8,
}

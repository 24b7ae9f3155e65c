using Kryon.Backends.Sdl.Native;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Sdl.Input;

/// <summary>
/// SDL keycodes to the web's KeyboardEvent.key names the runtime understands ("Enter", "Tab",
/// "ArrowLeft", "a"), and SDL modifier bits to <see cref="KeyModifiers"/>.
/// <para>
/// A printable key's SDL keycode is its unshifted character in the current layout; the name is
/// that character, upper-cased for letters when Shift (or Caps Lock, not both) is on, as the web
/// does. Shifted symbols ("!" for Shift+1) depend on the layout, which the keycode does not carry:
/// they keep the unshifted character. Typed text never depends on this — it arrives whole through
/// SDL's text events (<see cref="TextInputEvent"/>).
/// </para>
/// </summary>
internal static class KeyNames
{
    /// <summary>SDLK_SCANCODE_MASK: keycodes of keys without a character are the scancode with this bit.</summary>
    private const int ScancodeMask = 1 << 30;

    /// <summary>The key name, or null for a key the runtime has no name for (it is not sent).</summary>
    public static string? Of(int keycode, SdlKeymod mod)
    {
        if ((keycode & ScancodeMask) != 0) return OfScancode(keycode & ~ScancodeMask);
        switch (keycode)
        {
            case 0: return null;
            case 8: return "Backspace";
            case 9: return "Tab";
            case 13: return "Enter";
            case 27: return "Escape";
            case 127: return "Delete";
            case 32: return " ";
        }
        if (keycode < 32 || keycode > 0x10FFFF || (keycode >= 0xD800 && keycode <= 0xDFFF)) return null;
        string text = char.ConvertFromUtf32(keycode);
        bool shift = (mod & (SdlKeymod.LShift | SdlKeymod.RShift)) != 0;
        bool caps = (mod & SdlKeymod.Caps) != 0;
        if (shift != caps && text.Length == 1 && char.IsLetter(text[0])) text = text.ToUpperInvariant();
        return text;
    }

    private static string? OfScancode(int scancode) => scancode switch
    {
        57 => "CapsLock",
        >= 58 and <= 69 => "F" + (scancode - 57),
        70 => "PrintScreen",
        71 => "ScrollLock",
        72 => "Pause",
        73 => "Insert",
        74 => "Home",
        75 => "PageUp",
        77 => "End",
        78 => "PageDown",
        79 => "ArrowRight",
        80 => "ArrowLeft",
        81 => "ArrowDown",
        82 => "ArrowUp",
        83 => "NumLock",
        84 => "/",
        85 => "*",
        86 => "-",
        87 => "+",
        88 => "Enter",
        >= 89 and <= 97 => ((char)('1' + scancode - 89)).ToString(),
        98 => "0",
        99 => ".",
        101 => "ContextMenu",
        >= 104 and <= 115 => "F" + (scancode - 104 + 13),
        224 or 228 => "Control",
        225 or 229 => "Shift",
        226 or 230 => "Alt",
        227 or 231 => "Meta",
        _ => null,
    };

    /// <summary>The modifier keys held, from SDL's mod bits (Num/Caps Lock are not modifiers here).</summary>
    public static KeyModifiers Modifiers(SdlKeymod mod)
    {
        var m = KeyModifiers.None;
        if ((mod & (SdlKeymod.LShift | SdlKeymod.RShift)) != 0) m |= KeyModifiers.Shift;
        if ((mod & (SdlKeymod.LCtrl | SdlKeymod.RCtrl)) != 0) m |= KeyModifiers.Control;
        if ((mod & (SdlKeymod.LAlt | SdlKeymod.RAlt)) != 0) m |= KeyModifiers.Alt;
        if ((mod & (SdlKeymod.LGui | SdlKeymod.RGui)) != 0) m |= KeyModifiers.Meta;
        return m;
    }
}

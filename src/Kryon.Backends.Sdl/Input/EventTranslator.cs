using System.Runtime.InteropServices;
using Kryon.Backends.Sdl.Native;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Sdl.Input;

/// <summary>
/// Turns SDL events into the runtime's input records: mouse in window coordinates (the layout's
/// units, also on HiDPI screens), keys with web names, modifiers and the repeat flag, typed text as
/// SDL delivers it (whole, after the keyboard layout and IME), an input method's composition, the pointer leaving, and a new window
/// size. Events the runtime has no record for (expose, close, focus) give null; the event loop
/// handles those itself. Remembers where the pointer is, since SDL's wheel events do not say.
/// </summary>
internal sealed class EventTranslator
{
    /// <summary>Pixels scrolled per wheel notch (a desktop browser scrolls about this much per line).</summary>
    public const float WheelStepPx = 40;

    public float PointerX { get; private set; }

    public float PointerY { get; private set; }

    /// <param name="e">The SDL event.</param>
    /// <param name="heldModifiers">SDL_GetModState() now: mouse button events do not carry the modifiers.</param>
    public InputEvent? Translate(in SdlEvent e, SdlKeymod heldModifiers)
    {
        switch (e.Kind)
        {
            case SdlEventType.MouseMotion:
                (PointerX, PointerY) = (e.MotionX, e.MotionY);
                return new PointerMoveEvent(PointerX, PointerY);
            case SdlEventType.MouseButtonDown:
                (PointerX, PointerY) = (e.ButtonX, e.ButtonY);
                return ButtonOf(e.Button) is { } down ? new PointerDownEvent(PointerX, PointerY, down, KeyNames.Modifiers(heldModifiers)) : null;
            case SdlEventType.MouseButtonUp:
                (PointerX, PointerY) = (e.ButtonX, e.ButtonY);
                return ButtonOf(e.Button) is { } up ? new PointerUpEvent(PointerX, PointerY, up) : null;
            case SdlEventType.MouseWheel:
                return Wheel(e);
            case SdlEventType.KeyDown:
                return KeyNames.Of(e.KeySym, (SdlKeymod)e.KeyMod) is { } down2
                    ? new KeyDownEvent(down2, KeyNames.Modifiers((SdlKeymod)e.KeyMod), e.KeyRepeat != 0) : null;
            case SdlEventType.KeyUp:
                return KeyNames.Of(e.KeySym, (SdlKeymod)e.KeyMod) is { } up2 ? new KeyUpEvent(up2, KeyNames.Modifiers((SdlKeymod)e.KeyMod)) : null;
            case SdlEventType.TextInput:
                return e.TextString() is { Length: > 0 } text ? new TextInputEvent(text) : null;
            case SdlEventType.TextEditing:
                // The input method's composition so far (empty: it ended); SDL counts the cursor in characters.
                string composed = e.TextString();
                return new CompositionEvent(composed, Utf16Index(composed, e.EditStart));
            case SdlEventType.TextEditingExt:
                // The event loop frees the text after this (SDL_free); here it is only read.
                string whole = e.EditExtText == 0 ? "" : Marshal.PtrToStringUTF8(e.EditExtText) ?? "";
                return new CompositionEvent(whole, Utf16Index(whole, e.EditExtStart));
            case SdlEventType.WindowEvent:
                return (SdlWindowEventId)e.WindowEvent switch
                {
                    SdlWindowEventId.Leave => new PointerLeaveEvent(),
                    SdlWindowEventId.SizeChanged when e.WindowData1 > 0 && e.WindowData2 > 0 => new ResizeEvent(e.WindowData1, e.WindowData2),
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>The UTF-16 index of the <paramref name="characters"/>-th character (Unicode scalar) of the text, clamped to its length.</summary>
    internal static int Utf16Index(string text, int characters)
    {
        int index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (characters-- <= 0) break;
            index += rune.Utf16SequenceLength;
        }
        return index;
    }

    private static PointerButton? ButtonOf(byte sdlButton) => sdlButton switch
    {
        1 => PointerButton.Primary,
        2 => PointerButton.Middle,
        3 => PointerButton.Secondary,
        _ => null,
    };

    /// <summary>SDL: +y is away from the user (scroll up); the runtime: +DeltaY shows what is below.</summary>
    private WheelEvent? Wheel(in SdlEvent e)
    {
        float x = e.WheelPreciseX, y = e.WheelPreciseY;
        if (x == 0 && y == 0) (x, y) = (e.WheelX, e.WheelY);
        if (e.WheelDirection == 1) (x, y) = (-x, -y); // SDL_MOUSEWHEEL_FLIPPED ("natural" scrolling)
        if (x == 0 && y == 0) return null;
        return new WheelEvent(PointerX, PointerY, x * WheelStepPx, -y * WheelStepPx);
    }
}

using System.Runtime.InteropServices;
using System.Text;

namespace Kryon.Backends.Sdl.Native;

/// <summary>
/// SDL2's SDL_Event union (56 bytes), read by field offset: only the members the platform needs,
/// at their offsets in SDL 2.26's SDL_events.h (the layout is part of SDL2's stable ABI).
/// Tests build events with the setters to check the translation without a display.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 56)]
internal unsafe struct SdlEvent
{
    [FieldOffset(0)] public uint Type;
    [FieldOffset(4)] public uint Timestamp;
    [FieldOffset(8)] public uint WindowId;

    // SDL_WindowEvent: event id, then data1/data2 (the new size for RESIZED/SIZE_CHANGED).
    [FieldOffset(12)] public byte WindowEvent;
    [FieldOffset(16)] public int WindowData1;
    [FieldOffset(20)] public int WindowData2;

    // SDL_KeyboardEvent: state, repeat, then the SDL_Keysym (scancode, sym, mod).
    [FieldOffset(12)] public byte KeyState;
    [FieldOffset(13)] public byte KeyRepeat;
    [FieldOffset(16)] public int KeyScancode;
    [FieldOffset(20)] public int KeySym;
    [FieldOffset(24)] public ushort KeyMod;

    // SDL_TextInputEvent: char text[32], UTF-8, NUL-terminated. SDL_TextEditingEvent: the same text
    // (the composition), then the input method's cursor in it (in characters) and its selection length.
    [FieldOffset(12)] public fixed byte Text[32];
    [FieldOffset(44)] public int EditStart;
    [FieldOffset(48)] public int EditLength;

    // SDL_TextEditingExtEvent: a pointer to the whole composition (UTF-8, SDL_malloc'ed), then the cursor in characters.
    [FieldOffset(16)] public nint EditExtText;
    [FieldOffset(24)] public int EditExtStart;

    // SDL_MouseMotionEvent: which, state, x, y.
    [FieldOffset(16)] public uint MotionState;
    [FieldOffset(20)] public int MotionX;
    [FieldOffset(24)] public int MotionY;

    // SDL_MouseButtonEvent: which, button, state, clicks, padding, x, y.
    [FieldOffset(16)] public byte Button;
    [FieldOffset(18)] public byte Clicks;
    [FieldOffset(20)] public int ButtonX;
    [FieldOffset(24)] public int ButtonY;

    // SDL_MouseWheelEvent: which, x, y, direction, preciseX, preciseY (2.0.18+).
    [FieldOffset(16)] public int WheelX;
    [FieldOffset(20)] public int WheelY;
    [FieldOffset(24)] public uint WheelDirection;
    [FieldOffset(28)] public float WheelPreciseX;
    [FieldOffset(32)] public float WheelPreciseY;

    public readonly SdlEventType Kind => (SdlEventType)Type;

    /// <summary>The text of an SDL_TEXTINPUT event, decoded from UTF-8.</summary>
    public readonly string TextString()
    {
        fixed (byte* p = Text)
        {
            int n = 0;
            while (n < 32 && p[n] != 0) n++;
            return Encoding.UTF8.GetString(p, n);
        }
    }

    /// <summary>Sets the text of a test event (at most 31 UTF-8 bytes, as SDL splits longer text).</summary>
    public void SetText(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length > 31) throw new ArgumentException("SDL text events hold at most 31 bytes", nameof(text));
        fixed (byte* p = Text)
        {
            for (int i = 0; i < 32; i++) p[i] = i < bytes.Length ? bytes[i] : (byte)0;
        }
    }
}

using System.Runtime.InteropServices;
using Kryon.Backends.Sdl.Input;
using Kryon.Backends.Sdl.Native;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Sdl.Tests;

public class EventTranslatorTests
{
    private readonly EventTranslator _translator = new();

    private InputEvent? Translate(SdlEvent e, SdlKeymod held = SdlKeymod.None) => _translator.Translate(e, held);

    [Fact]
    public void Mouse_motion_and_buttons_are_pointer_events_in_window_coordinates()
    {
        Assert.Equal(new PointerMoveEvent(10, 20), Translate(new SdlEvent { Type = (uint)SdlEventType.MouseMotion, MotionX = 10, MotionY = 20 }));
        Assert.Equal(new PointerDownEvent(5, 6, PointerButton.Primary, KeyModifiers.Shift),
            Translate(new SdlEvent { Type = (uint)SdlEventType.MouseButtonDown, Button = 1, ButtonX = 5, ButtonY = 6 }, SdlKeymod.LShift));
        Assert.Equal(new PointerUpEvent(5, 6, PointerButton.Secondary), Translate(new SdlEvent { Type = (uint)SdlEventType.MouseButtonUp, Button = 3, ButtonX = 5, ButtonY = 6 }));
        Assert.Equal(new PointerDownEvent(1, 1, PointerButton.Middle), Translate(new SdlEvent { Type = (uint)SdlEventType.MouseButtonDown, Button = 2, ButtonX = 1, ButtonY = 1 }));
        Assert.Null(Translate(new SdlEvent { Type = (uint)SdlEventType.MouseButtonDown, Button = 4 })); // X1: the runtime has no such button
    }

    [Fact]
    public void Wheel_scrolls_at_the_pointer_and_down_is_positive()
    {
        Translate(new SdlEvent { Type = (uint)SdlEventType.MouseMotion, MotionX = 30, MotionY = 40 });
        var down = Assert.IsType<WheelEvent>(Translate(new SdlEvent { Type = (uint)SdlEventType.MouseWheel, WheelY = -1, WheelPreciseY = -1 }));
        Assert.Equal(new WheelEvent(30, 40, 0, EventTranslator.WheelStepPx), down);
        var flipped = Assert.IsType<WheelEvent>(Translate(new SdlEvent { Type = (uint)SdlEventType.MouseWheel, WheelY = -1, WheelPreciseY = -1, WheelDirection = 1 }));
        Assert.Equal(-EventTranslator.WheelStepPx, flipped.DeltaY);
        var half = Assert.IsType<WheelEvent>(Translate(new SdlEvent { Type = (uint)SdlEventType.MouseWheel, WheelPreciseX = 0.5f }));
        Assert.Equal(EventTranslator.WheelStepPx / 2, half.DeltaX);
    }

    [Fact]
    public void Keys_carry_web_names_modifiers_and_repeat()
    {
        Assert.Equal(new KeyDownEvent("Tab", KeyModifiers.Shift, false),
            Translate(new SdlEvent { Type = (uint)SdlEventType.KeyDown, KeySym = 9, KeyMod = (ushort)SdlKeymod.LShift }));
        Assert.Equal(new KeyDownEvent("ArrowLeft", KeyModifiers.None, true),
            Translate(new SdlEvent { Type = (uint)SdlEventType.KeyDown, KeySym = (1 << 30) | 80, KeyRepeat = 1 }));
        Assert.Equal(new KeyUpEvent("a", KeyModifiers.Control), Translate(new SdlEvent { Type = (uint)SdlEventType.KeyUp, KeySym = 'a', KeyMod = (ushort)SdlKeymod.LCtrl }));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("é")]
    [InlineData("漢字")]
    [InlineData("👍🏽")]
    public void Text_arrives_whole(string text)
    {
        var e = new SdlEvent { Type = (uint)SdlEventType.TextInput };
        e.SetText(text);
        Assert.Equal(new TextInputEvent(text), Translate(e));
    }

    [Theory]
    [InlineData("かん", 1, 1)]
    [InlineData("👍a", 1, 2)]   // one character, two UTF-16 units
    [InlineData("ab", 9, 2)]    // past the end: clamped
    [InlineData("", 0, 0)]      // the composition ended
    public void A_composition_carries_its_text_and_the_cursor_as_a_UTF16_index(string text, int sdlCursor, int expected)
    {
        var e = new SdlEvent { Type = (uint)SdlEventType.TextEditing, EditStart = sdlCursor };
        e.SetText(text);
        Assert.Equal(new CompositionEvent(text, expected), Translate(e));
    }

    [Fact]
    public void A_long_composition_comes_whole_from_the_extended_event()
    {
        string text = "にほんごのにゅうりょくをためしています"; // 19 characters, 57 UTF-8 bytes: too long for TextEditing
        nint utf8 = Marshal.StringToCoTaskMemUTF8(text);
        try
        {
            var e = new SdlEvent { Type = (uint)SdlEventType.TextEditingExt, EditExtText = utf8, EditExtStart = 5 };
            Assert.Equal(new CompositionEvent(text, 5), Translate(e));
        }
        finally
        {
            Marshal.FreeCoTaskMem(utf8);
        }
    }

    [Fact]
    public void Window_events_become_resize_and_leave()
    {
        Assert.Equal(new ResizeEvent(640, 480), Translate(new SdlEvent { Type = (uint)SdlEventType.WindowEvent, WindowEvent = (byte)SdlWindowEventId.SizeChanged, WindowData1 = 640, WindowData2 = 480 }));
        Assert.IsType<PointerLeaveEvent>(Translate(new SdlEvent { Type = (uint)SdlEventType.WindowEvent, WindowEvent = (byte)SdlWindowEventId.Leave }));
        Assert.Null(Translate(new SdlEvent { Type = (uint)SdlEventType.WindowEvent, WindowEvent = (byte)SdlWindowEventId.Exposed }));
        Assert.Null(Translate(new SdlEvent { Type = (uint)SdlEventType.Quit }));
    }

    [Fact]
    public unsafe void The_event_struct_has_SDL2s_size() => Assert.Equal(56, sizeof(SdlEvent));
}

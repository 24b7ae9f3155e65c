using Kryon.Backends.Sdl.Input;
using Kryon.Backends.Sdl.Native;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Sdl.Tests;

public class KeyNamesTests
{
    private const int Mask = 1 << 30;

    [Theory]
    [InlineData(13, "Enter")]
    [InlineData(9, "Tab")]
    [InlineData(8, "Backspace")]
    [InlineData(27, "Escape")]
    [InlineData(127, "Delete")]
    [InlineData(32, " ")]
    [InlineData('a', "a")]
    [InlineData('7', "7")]
    [InlineData('/', "/")]
    [InlineData(0xE9, "é")]
    [InlineData(Mask | 80, "ArrowLeft")]
    [InlineData(Mask | 79, "ArrowRight")]
    [InlineData(Mask | 82, "ArrowUp")]
    [InlineData(Mask | 81, "ArrowDown")]
    [InlineData(Mask | 74, "Home")]
    [InlineData(Mask | 77, "End")]
    [InlineData(Mask | 75, "PageUp")]
    [InlineData(Mask | 78, "PageDown")]
    [InlineData(Mask | 58, "F1")]
    [InlineData(Mask | 69, "F12")]
    [InlineData(Mask | 88, "Enter")]
    [InlineData(Mask | 224, "Control")]
    [InlineData(Mask | 229, "Shift")]
    [InlineData(Mask | 226, "Alt")]
    [InlineData(Mask | 231, "Meta")]
    public void Names_keys_as_the_web_does(int keycode, string expected) => Assert.Equal(expected, KeyNames.Of(keycode, SdlKeymod.None));

    [Fact]
    public void Letters_follow_shift_and_caps_lock()
    {
        Assert.Equal("A", KeyNames.Of('a', SdlKeymod.LShift));
        Assert.Equal("A", KeyNames.Of('a', SdlKeymod.Caps));
        Assert.Equal("a", KeyNames.Of('a', SdlKeymod.RShift | SdlKeymod.Caps));
        Assert.Equal("1", KeyNames.Of('1', SdlKeymod.LShift)); // the layout's "!" is not in the keycode
    }

    [Fact]
    public void Unknown_keys_have_no_name()
    {
        Assert.Null(KeyNames.Of(0, SdlKeymod.None));
        Assert.Null(KeyNames.Of(Mask | 300, SdlKeymod.None));
        Assert.Null(KeyNames.Of(0xD800, SdlKeymod.None));
    }

    [Fact]
    public void Modifiers_merge_left_and_right_and_ignore_locks()
    {
        Assert.Equal(KeyModifiers.None, KeyNames.Modifiers(SdlKeymod.Num | SdlKeymod.Caps));
        Assert.Equal(KeyModifiers.Shift, KeyNames.Modifiers(SdlKeymod.RShift));
        Assert.Equal(KeyModifiers.Control | KeyModifiers.Alt, KeyNames.Modifiers(SdlKeymod.LCtrl | SdlKeymod.RAlt));
        Assert.Equal(KeyModifiers.Meta | KeyModifiers.Shift, KeyNames.Modifiers(SdlKeymod.LGui | SdlKeymod.LShift));
    }
}

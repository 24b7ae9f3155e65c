using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kryon.Backends.Terminal.Input;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Terminal.Tests;

public class InputParserTests
{
    private static List<TerminalInput> Parse(params string[] reads)
    {
        var parser = new InputParser();
        var output = new List<TerminalInput>();
        foreach (var read in reads) parser.Feed(Encoding.UTF8.GetBytes(read), output);
        parser.Flush(output);
        return output;
    }

    private static List<TerminalInput> ParseBytes(IEnumerable<byte[]> reads)
    {
        var parser = new InputParser();
        var output = new List<TerminalInput>();
        foreach (var read in reads) parser.Feed(read, output);
        parser.Flush(output);
        return output;
    }

    [Theory]
    [InlineData("a", "a", KeyModifiers.None)]
    [InlineData("\r", "Enter", KeyModifiers.None)]
    [InlineData("\t", "Tab", KeyModifiers.None)]
    [InlineData("\x7f", "Backspace", KeyModifiers.None)]
    [InlineData("\e[A", "ArrowUp", KeyModifiers.None)]
    [InlineData("\e[D", "ArrowLeft", KeyModifiers.None)]
    [InlineData("\eOB", "ArrowDown", KeyModifiers.None)]
    [InlineData("\e[1;5C", "ArrowRight", KeyModifiers.Control)]
    [InlineData("\e[1;2H", "Home", KeyModifiers.Shift)]
    [InlineData("\e[3~", "Delete", KeyModifiers.None)]
    [InlineData("\e[5~", "PageUp", KeyModifiers.None)]
    [InlineData("\e[Z", "Tab", KeyModifiers.Shift)]
    [InlineData("\eOP", "F1", KeyModifiers.None)]
    [InlineData("\e[15~", "F5", KeyModifiers.None)]
    [InlineData("\x11", "q", KeyModifiers.Control)]
    [InlineData("\x03", "c", KeyModifiers.Control)]
    [InlineData("\ex", "x", KeyModifiers.Alt)]
    [InlineData("\e", "Escape", KeyModifiers.None)]
    [InlineData(" ", " ", KeyModifiers.None)]
    public void Keys(string bytes, string key, KeyModifiers modifiers)
    {
        var input = Assert.IsType<KeyInput>(Assert.Single(Parse(bytes)));
        Assert.Equal(key, input.Key);
        Assert.Equal(modifiers, input.Modifiers);
    }

    [Fact]
    public void Printable_keys_type_themselves_and_control_keys_type_nothing()
    {
        Assert.Equal("a", ((KeyInput)Parse("a")[0]).Text);
        Assert.Null(((KeyInput)Parse("\x11")[0]).Text);
        Assert.Null(((KeyInput)Parse("\e[A")[0]).Text);
        Assert.Null(((KeyInput)Parse("\ex")[0]).Text);
    }

    [Fact]
    public void A_lone_escape_waits_for_the_rest_of_a_sequence()
    {
        var parser = new InputParser();
        var output = new List<TerminalInput>();
        parser.Feed("\e"u8, output);
        Assert.Empty(output);
        Assert.True(parser.HasPending);
        parser.Feed("[B"u8, output);
        Assert.Equal(new KeyInput("ArrowDown"), Assert.Single(output));
        output.Clear();
        parser.Feed("\e"u8, output);
        parser.Flush(output);
        Assert.Equal(new KeyInput("Escape"), Assert.Single(output));
        Assert.False(parser.HasPending);
    }

    [Fact]
    public void Sgr_mouse_press_release_drag_motion_and_wheel()
    {
        var inputs = Parse("\e[<0;10;5M", "\e[<32;11;5M", "\e[<0;12;6m", "\e[<35;3;4M", "\e[<64;1;1M", "\e[<65;1;1M", "\e[<2;7;8M", "\e[<16;2;2M");
        Assert.Equal(
        [
            new MouseInput(MouseAction.Press, PointerButton.Primary, 9, 4),
            new MouseInput(MouseAction.Move, PointerButton.Primary, 10, 4),
            new MouseInput(MouseAction.Release, PointerButton.Primary, 11, 5),
            new MouseInput(MouseAction.Move, null, 2, 3),
            new MouseInput(MouseAction.WheelUp, null, 0, 0),
            new MouseInput(MouseAction.WheelDown, null, 0, 0),
            new MouseInput(MouseAction.Press, PointerButton.Secondary, 6, 7),
            new MouseInput(MouseAction.Press, PointerButton.Primary, 1, 1, KeyModifiers.Control),
        ], inputs);
    }

    [Fact]
    public void Bracketed_paste_is_one_input_with_escapes_and_line_breaks_kept_as_text()
    {
        var inputs = Parse("x\e[200~hello\r\nwor", "ld \e[A é\e[201~y");
        Assert.Equal(
        [
            new KeyInput("x", KeyModifiers.None, "x"),
            new PasteInput("hello\nworld \e[A é"),
            new KeyInput("y", KeyModifiers.None, "y"),
        ], inputs);
    }

    [Fact]
    public void Utf8_split_across_reads_is_one_character()
    {
        var bytes = Encoding.UTF8.GetBytes("é漢😀");
        var inputs = ParseBytes(bytes.Select(b => new[] { b }));
        Assert.Equal(["é", "漢", "😀"], inputs.Cast<KeyInput>().Select(k => k.Text));
    }

    /// <summary>A stream with one of every kind of input, to split everywhere.</summary>
    private const string Everything = "ab\e[A\e[1;5C\e[<0;10;5M\e[<0;10;5m\e[200~pa\e[ste\e[201~é漢😀\e[3~\eOP\ex\t\r\x11\e[<65;2;3M";

    [Fact]
    public void A_stream_split_at_every_byte_position_parses_the_same_as_whole()
    {
        var bytes = Encoding.UTF8.GetBytes(Everything);
        var whole = ParseBytes([bytes]);
        Assert.Equal(17, whole.Count);
        for (int split = 1; split < bytes.Length; split++)
            Assert.Equal(whole, ParseBytes([bytes[..split], bytes[split..]]));
    }

    [Fact]
    public void Any_split_of_a_stream_of_inputs_parses_the_same_as_whole()
    {
        string[] pieces = ["a", "Z", " ", "\r", "\t", "\x7f", "\e[A", "\e[1;3D", "\e[6~", "\e[Z", "\eOQ", "\ez", "\x01",
            "\e[<0;1;1M", "\e[<0;80;24m", "\e[<35;40;12M", "\e[<64;5;5M", "\e[200~p\r\e[x\e[201~", "é", "漢", "🎉"];
        var gen =
            from parts in Gen.ArrayOf(Gen.Elements(pieces))
            from cuts in Gen.ArrayOf(Gen.Choose(0, 200))
            select (parts, cuts);
        var property = Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var bytes = Encoding.UTF8.GetBytes(string.Concat(t.parts));
            var points = t.cuts.Select(c => bytes.Length == 0 ? 0 : c % (bytes.Length + 1)).Append(0).Append(bytes.Length).Distinct().Order().ToArray();
            var reads = points.Zip(points.Skip(1), (a, b) => bytes[a..b]).ToList();
            var expected = ParseBytes([bytes]);
            Assert.Equal(expected, ParseBytes(reads));
            Assert.Equal(t.parts.Length, expected.Count);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}

using System.Text;
using Kryon.Backends.Terminal.Text;
using Kryon.Runtime.Layout;

namespace Kryon.Backends.Terminal.Tests;

public class CellWidthTests
{
    [Theory]
    [InlineData("a", 1)]
    [InlineData("é", 1)]
    [InlineData("\u0301", 0)] // combining acute accent
    [InlineData("\u200D", 0)] // zero-width joiner
    [InlineData("\uFE0F", 0)] // variation selector
    [InlineData("\u200B", 0)] // zero-width space
    [InlineData("\x01", 0)]
    [InlineData("漢", 2)]
    [InlineData("한", 2)]
    [InlineData("ｱ", 1)] // halfwidth katakana
    [InlineData("Ａ", 2)] // fullwidth Latin
    [InlineData("😀", 2)]
    [InlineData("🎉", 2)]
    [InlineData("─", 1)]
    [InlineData("→", 1)]
    public void Columns_of_a_character(string text, int columns) => Assert.Equal(columns, CellWidth.Of(Rune.GetRuneAt(text, 0)));

    [Fact]
    public void Columns_of_a_string_add_up() => Assert.Equal(1 + 1 + 2 + 2 + 0, CellWidth.Of("ae\u0301漢😀\u200D"));

    [Fact]
    public void The_measurer_counts_cells_of_8_by_16_px()
    {
        var m = new CellTextMeasurer();
        var node = new LayoutNode();
        Assert.Equal(64, m.MaxContentWidth(node, "Count: 0"));
        Assert.Equal(48, m.MinContentWidth(node, "Count: 0"));
        Assert.Equal(6 * 8, m.MaxContentWidth(node, "漢字ab"));
        Assert.Equal(16, m.HeightForWidth(node, "Count: 0", 64));
        // "Count:" and "0" on two lines when only 6 columns fit.
        Assert.Equal(32, m.HeightForWidth(node, "Count: 0", 48));
        Assert.Equal(48, m.HeightForWidth(node, "one\ntwo\nthree", 800));
        Assert.Equal(40, m.MaxContentWidth(node, "one\ntwo\nthree"));
    }

    [Fact]
    public void Lines_break_at_spaces_and_keep_long_words_whole()
    {
        var lines = new List<string>();
        const string text = "the quick brown fox jumps";
        var breaker = new CellLineBreaker(text, 10);
        while (breaker.Next(out var line)) lines.Add(text.Substring(line.Start, line.Length));
        Assert.Equal(["the quick", "brown fox", "jumps"], lines);
        Assert.Equal((2, 16), CellLineBreaker.Measure("a verylongwordhere", 5));
    }
}

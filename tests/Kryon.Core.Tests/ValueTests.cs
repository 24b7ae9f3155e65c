using Kryon.Text;
using Kryon.Values;

namespace Kryon.Core.Tests;

public class ColorTests
{
    [Theory]
    [InlineData("#123", 0x11, 0x22, 0x33, 0xFF)]
    [InlineData("#abc", 0xAA, 0xBB, 0xCC, 0xFF)]
    [InlineData("#1234", 0x11, 0x22, 0x33, 0x44)]
    [InlineData("#FF8000", 0xFF, 0x80, 0x00, 0xFF)]
    [InlineData("#ff800080", 0xFF, 0x80, 0x00, 0x80)]
    [InlineData("#00000000", 0, 0, 0, 0)]
    public void Hex_forms_expand(string text, int r, int g, int b, int a)
    {
        Assert.True(Color.TryParseHex(text, out var c));
        Assert.Equal(new Color((byte)r, (byte)g, (byte)b, (byte)a), c);
    }

    [Theory]
    [InlineData("#")]
    [InlineData("#1")]
    [InlineData("#12")]
    [InlineData("#12345")]
    [InlineData("#1234567")]
    [InlineData("#123456789")]
    [InlineData("#GGG")]
    [InlineData("123456")]
    [InlineData("")]
    public void Bad_hex_is_rejected(string text)
    {
        Assert.False(Color.TryParseHex(text, out _));
        Assert.False(Color.TryParse(text, out _));
    }

    [Theory]
    [InlineData("transparent", "#00000000")]
    [InlineData("white", "#FFFFFFFF")]
    [InlineData("Red", "#FF0000FF")]
    [InlineData("grey", "#808080FF")]
    [InlineData("#0f0", "#00FF00FF")]
    public void TryParse_accepts_names_and_hex(string text, string canonical)
    {
        Assert.True(Color.TryParse(text, out var c));
        Assert.Equal(canonical, c.ToString());
    }

    [Fact]
    public void Canonical_spelling_is_rrggbbaa()
    {
        Assert.Equal("#0A0B0CFF", new Color(10, 11, 12, 255).ToString());
        Assert.Equal(Color.Transparent, new Color(0, 0, 0, 0));
    }
}

public class LayoutFlagsTests
{
    private static (byte Value, List<string> Unknown, List<string> Unencodable) Parse(string words)
    {
        var flags = LayoutFlags.Parse(words, out var unknown, out var unencodable);
        return (flags.Value, [.. unknown], [.. unencodable]);
    }

    [Theory]
    [InlineData("", 0x01)]
    [InlineData("center", 0x05)]
    [InlineData("grow", 0x21)]
    [InlineData("row center", 0x04)]
    [InlineData("grow center", 0x25)]
    [InlineData("row", 0x00)]
    [InlineData("col", 0x01)]
    [InlineData("row_rev", 0x02)]
    [InlineData("row-reverse", 0x02)]
    [InlineData("col_rev", 0x03)]
    [InlineData("column-rev", 0x03)]
    [InlineData("end", 0x09)]
    [InlineData("row space-between", 0x0C)]
    [InlineData("Space_Between", 0x0D)]
    [InlineData("centre", 0x05)]
    [InlineData("wrap", 0x11)]
    [InlineData("absolute", 0x41)]
    [InlineData("row end wrap grow absolute", 0x78)]
    [InlineData("center row", 0x04)]
    [InlineData("row column", 0x01)]
    public void Words_to_byte(string words, int expected)
    {
        var (value, unknown, unencodable) = Parse(words);
        Assert.Equal(expected, value);
        Assert.Empty(unknown);
        Assert.Empty(unencodable);
    }

    [Fact]
    public void Unknown_and_unencodable_words_are_listed_and_ignored()
    {
        var (value, unknown, unencodable) = Parse("row sideways space_around space-evenly wrap_reverse");
        Assert.Equal(0x00, value);
        Assert.Equal(["sideways"], unknown);
        Assert.Equal(["space_around", "space-evenly", "wrap_reverse"], unencodable);
    }

    [Fact]
    public void Decoded_fields_and_canonical_words()
    {
        var f = new LayoutFlags(0x7A);
        Assert.Equal(LayoutDirection.RowReverse, f.Direction);
        Assert.Equal(LayoutAlignment.End, f.Alignment);
        Assert.True(f.Wrap);
        Assert.True(f.Grow);
        Assert.True(f.Absolute);
        Assert.Equal("row_rev end wrap grow absolute", f.ToString());
        Assert.Equal("column", LayoutFlags.Default.ToString());
        Assert.Equal(0x01, LayoutFlags.Default.Value);
    }

    [Fact]
    public void Every_byte_round_trips_through_its_words()
    {
        for (int b = 0; b < 0x80; b++)
        {
            var words = new LayoutFlags((byte)b).ToString();
            Assert.Equal(b, Parse(words).Value);
        }
    }
}

public class EdgeInsetsTests
{
    [Theory]
    [InlineData(new double[] { 5 }, 5, 5, 5, 5)]
    [InlineData(new double[] { 1, 2 }, 1, 2, 1, 2)]
    [InlineData(new double[] { 1, 2, 3 }, 1, 2, 3, 2)]
    [InlineData(new double[] { 1, 2, 3, 4 }, 1, 2, 3, 4)]
    public void Css_shorthand(double[] values, double top, double right, double bottom, double left)
    {
        Assert.Equal(new EdgeInsets(top, right, bottom, left), EdgeInsets.FromShorthand(values));
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new double[] { 1, 2, 3, 4, 5 })]
    public void Wrong_count_throws(double[] values)
    {
        Assert.Throws<ArgumentException>(() => EdgeInsets.FromShorthand(values));
    }

    [Fact]
    public void Printing()
    {
        Assert.Equal("3", EdgeInsets.All(3).ToString());
        Assert.Equal("1 2 3 4", new EdgeInsets(1, 2, 3, 4).ToString());
    }
}

public class SpellingSuggestionsTests
{
    [Theory]
    [InlineData("backgrond_color", "background_color")]
    [InlineData("Contaner", "Container")]
    [InlineData("hovr", "hover")]
    [InlineData("widht", "width")]
    [InlineData("Background_Color", "background_color")]
    [InlineData("colr", "color")]
    public void Closest_finds_typos(string typo, string expected)
    {
        string[] candidates = ["background_color", "Container", "hover", "width", "color", "height", "border_color"];
        Assert.Equal(expected, SpellingSuggestions.Closest(typo, candidates));
    }

    [Theory]
    [InlineData("zzzz")]
    [InlineData("completely_different")]
    [InlineData("")]
    public void Closest_is_null_when_nothing_is_close(string name)
    {
        Assert.Null(SpellingSuggestions.Closest(name, ["width", "height", "hover"]));
    }

    [Fact]
    public void Ties_break_alphabetically()
    {
        Assert.Equal("bat", SpellingSuggestions.Closest("cat", ["rat", "bat"]));
    }

    [Fact]
    public void Budget_scales_with_length()
    {
        // 2 letters: budget 1.
        Assert.Null(SpellingSuggestions.Closest("ab", ["xy"]));
        Assert.Equal("ax", SpellingSuggestions.Closest("ab", ["ax"]));
        // 12 letters: budget 3 (capped).
        Assert.Equal("abcdefghijkl", SpellingSuggestions.Closest("abcXefYhiZkl", ["abcdefghijkl"]));
        Assert.Null(SpellingSuggestions.Closest("abXXefYhiZkl", ["abcdefghijkl"]));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("ABC", "abc", 0)]
    [InlineData("flaw", "lawn", 2)]
    public void Distance(string a, string b, int expected)
    {
        Assert.Equal(expected, SpellingSuggestions.Distance(a, b));
        Assert.Equal(expected, SpellingSuggestions.Distance(b, a));
    }

    [Fact]
    public void Distance_gives_up_past_the_budget()
    {
        Assert.Equal(2, SpellingSuggestions.Distance("aaaaaaaa", "bbbbbbbb", budget: 1));
    }
}

public class SourceFileTests
{
    [Fact]
    public void Lines_and_columns_for_every_line_terminator()
    {
        var f = new SourceFile("f.kry", "ab\ncd\r\nef\rgh");
        Assert.Equal(new SourceLocation(1, 1), f.GetLocation(0));
        Assert.Equal(new SourceLocation(2, 2), f.GetLocation(4));
        Assert.Equal(new SourceLocation(3, 1), f.GetLocation(7));
        Assert.Equal(new SourceLocation(4, 2), f.GetLocation(11));
        Assert.Equal("cd", f.GetLineText(2));
        Assert.Equal("ef", f.GetLineText(3));
        Assert.Equal("", f.GetLineText(9));
    }

    [Fact]
    public void Bom_is_dropped()
    {
        Assert.Equal("App", new SourceFile("f", "\uFEFFApp").Text);
    }
}

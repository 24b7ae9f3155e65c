using Kryon.Runtime.Layout;

namespace Kryon.Runtime.Tests.Layout;

public class TestFontMeasurerTests
{
    private readonly TestFontMeasurer _font = new();
    private readonly LayoutNode _node = new();

    [Theory]
    [InlineData("HH\u200BHHHH\u200BH", 40, 70)]
    [InlineData("HHH", 30, 30)]
    [InlineData("", 0, 0)]
    public void MinAndMaxContentWidths(string text, float min, float max)
    {
        Assert.Equal(min, _font.MinContentWidth(_node, text));
        Assert.Equal(max, _font.MaxContentWidth(_node, text));
    }

    [Theory]
    [InlineData("HH\u200BHH", 40, 10)]
    [InlineData("HH\u200BHH", 39, 20)]
    [InlineData("HH\u200BHH\u200BHH", 40, 20)]
    [InlineData("HHHHH", 20, 10)] // one word never breaks
    [InlineData("", 100, 10)]
    public void WordsArePackedGreedily(string text, float width, float height)
    {
        Assert.Equal(height, _font.HeightForWidth(_node, text, width));
    }
}

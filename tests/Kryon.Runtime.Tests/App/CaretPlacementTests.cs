using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// Where the display list puts an Input's caret: on the line the backend draws single-line text on
/// (<see cref="TextPlacement.SingleLineTop"/>, centred vertically in the content box) and at the
/// aligned line's glyph edge (<see cref="TextPlacement.CaretX"/>), exact when the measurer can say.
/// </summary>
public class CaretPlacementTests
{
    private static DisplayCommand Caret(KryonRuntime rt) => Assert.Single(rt.DisplayList.Commands.ToArray(), c => c.Kind == DisplayCommandKind.Caret);

    private static KryonRuntime FocusedAtEnd(string input, ITextMeasurer? measurer = null)
    {
        var rt = AppTestKit.Start("App { layout: column; " + input + " }", configure: measurer is null ? null : o => o with { Measurer = measurer });
        rt.SetFocus(rt.ById("f"));
        rt.Key("End");
        return rt;
    }

    [Fact]
    public void The_caret_is_one_line_high_and_centred_vertically_in_the_content_box_like_the_text()
    {
        // Content box y 4..44 (40 high); one line is 10 × 1.2 = 12 high, so it starts 14 below the content top.
        var rt = FocusedAtEnd("""Input { id: "f"; width: 200; height: 48; padding: "4 0"; font_size: 10; value: "hello" }""");
        Assert.Equal(new LayoutBox(50, 18, 1, 12), Caret(rt).Bounds); // the test font: 10 px a character
        Assert.Equal(18, 4 + TextPlacement.SingleLineTop(40, 12));
    }

    [Fact]
    public void A_content_box_lower_than_the_line_keeps_the_caret_at_its_top()
    {
        var rt = FocusedAtEnd("""Input { id: "f"; width: 200; height: 8; padding: 0; font_size: 10; value: "hi" }""");
        Assert.Equal(new LayoutBox(20, 0, 1, 12), Caret(rt).Bounds);
    }

    [Fact]
    public void The_caret_follows_the_text_alignment_and_an_empty_input_puts_it_where_typing_starts()
    {
        var centred = FocusedAtEnd("""Input { id: "f"; width: 200; height: 12; padding: 0; font_size: 10; value: "hello"; text_alignment: center }""");
        Assert.Equal(75 + 50, Caret(centred).Bounds.X);
        var end = FocusedAtEnd("""Input { id: "f"; width: 200; height: 12; padding: 0; font_size: 10; value: "hello"; text_alignment: end }""");
        Assert.Equal(200, Caret(end).Bounds.X);
        var empty = FocusedAtEnd("""Input { id: "f"; width: 200; height: 12; padding: 0; font_size: 10; placeholder: "type here"; text_alignment: center }""");
        Assert.Equal(100, Caret(empty).Bounds.X);
    }

    [Fact]
    public void A_caret_measurer_places_the_caret_at_the_exact_glyph_edge_not_at_a_rounded_up_width()
    {
        var rt = FocusedAtEnd("""Input { id: "f"; width: 200; height: 12; padding: 0; font_size: 10; value: "abc" }""", new FractionalMeasurer());
        Assert.Equal(3 * FractionalMeasurer.Advance, Caret(rt).Bounds.X, 3);
        rt.Key("ArrowLeft");
        Assert.Equal(2 * FractionalMeasurer.Advance, Caret(rt).Bounds.X, 3); // 14.6, where the rounded width would say 15
    }

    /// <summary>7.3 px a character: widths for layout are rounded up, caret positions are exact.</summary>
    private sealed class FractionalMeasurer : ITextMeasurer, ICaretMeasurer
    {
        public const float Advance = 7.3f;

        public float MinContentWidth(LayoutNode node, string text) => MathF.Ceiling(text.Length * Advance);

        public float MaxContentWidth(LayoutNode node, string text) => MathF.Ceiling(text.Length * Advance);

        public float HeightForWidth(LayoutNode node, string text, float width) => 12;

        public (float LineWidth, float CaretX) Caret(LayoutNode node, string text, int index) => (text.Length * Advance, index * Advance);
    }
}

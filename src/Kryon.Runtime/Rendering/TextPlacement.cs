using Kryon.Runtime.Elements;
using Kryon.Runtime.Layout;
using Kryon.Values;

namespace Kryon.Runtime.Rendering;

/// <summary>
/// Where text sits in its content box: the rules a backend's text painter and the runtime's caret
/// (<see cref="DisplayListBuilder"/> draws it, pointer input maps a press back to an index) share,
/// so that the caret stands on the line the painter drew, at the glyph edge it drew.
/// </summary>
public static class TextPlacement
{
    /// <summary>
    /// The top of single-line text (Input, Button; a TextRun without Wrap) from the top of its box:
    /// centred vertically, as browsers draw form controls, but never above the box's top (a box lower
    /// than the text keeps it at the top and lets it overflow downwards). Wrapping text starts at 0.
    /// </summary>
    /// <param name="boxHeight">The content box's height.</param>
    /// <param name="textHeight">The text's logical height (one line: font size × line height).</param>
    public static float SingleLineTop(float boxHeight, float textHeight) => Math.Max(0, (boxHeight - textHeight) / 2);

    /// <summary>
    /// Where a line <paramref name="lineWidth"/> wide starts from the left of a box <paramref name="boxWidth"/>
    /// wide. Alignment is logical: start is the left in left-to-right text and the right in
    /// right-to-left text, end the other way; a single justified line is not stretched (start).
    /// </summary>
    public static float LineStart(float boxWidth, float lineWidth, TextAlign align, bool rightToLeft)
    {
        float free = boxWidth - lineWidth;
        return align switch
        {
            TextAlign.Center => free / 2,
            TextAlign.End => rightToLeft ? 0 : free,
            _ => rightToLeft ? free : 0,
        };
    }

    /// <summary>
    /// The caret's x from the left of an Input's content box, for the caret before UTF-16 index
    /// <paramref name="caret"/> of <paramref name="editorText"/>: the line's aligned start plus the
    /// caret's offset in the line as drawn (masked for a password, transformed by text_transform).
    /// Exact (unrounded) when the measurer is an <see cref="ICaretMeasurer"/>; otherwise the measured
    /// width of the text before the caret.
    /// </summary>
    public static float CaretX(ITextMeasurer? measurer, Element input, float boxWidth, string editorText, int caret)
    {
        caret = Math.Clamp(caret, 0, editorText.Length);
        var node = input.LayoutNode;
        bool rightToLeft = input.Get(Props.Direction) is EnumValue { Member: "rtl" };
        // An empty Input shows its placeholder, but the caret stands where typed text would start.
        string line = editorText.Length > 0 ? ElementText.Displayed(input, editorText) ?? "" : "";
        int index = caret > 0 ? Math.Min(line.Length, ElementText.Displayed(input, editorText[..caret])?.Length ?? 0) : 0;

        if (measurer is null) return 0;
        float lineWidth = 0, x = 0;
        if (line.Length > 0 && measurer is ICaretMeasurer exact) (lineWidth, x) = exact.Caret(node, line, index);
        else if (line.Length > 0)
        {
            lineWidth = measurer.MaxContentWidth(node, line);
            float before = index == 0 ? 0 : measurer.MaxContentWidth(node, line[..index]);
            x = rightToLeft ? lineWidth - before : before;
        }
        return LineStart(boxWidth, Math.Min(lineWidth, boxWidth), AlignmentOf(input), rightToLeft) + x;
    }

    /// <summary>An element's `text_alignment` as a <see cref="TextAlign"/> (start when unset).</summary>
    public static TextAlign AlignmentOf(Element e) => (e.Get(Props.TextAlignment) as EnumValue)?.Member switch
    {
        "center" => TextAlign.Center,
        "end" => TextAlign.End,
        "justify" => TextAlign.Justify,
        _ => TextAlign.Start,
    };
}

/// <summary>
/// An <see cref="ITextMeasurer"/> that can also place a caret exactly. The layout's widths are
/// rounded up to whole pixels; a caret placed by those would drift right of the glyph edge it
/// belongs to by up to a pixel per measurement, so a backend that shapes text itself says where the
/// caret goes in the shaped line.
/// </summary>
public interface ICaretMeasurer
{
    /// <summary>
    /// For one unwrapped line of <paramref name="text"/> in the node's text style: its exact logical
    /// width, and the x of the caret before UTF-16 index <paramref name="index"/> from the line's left
    /// edge (in right-to-left text index 0 is at the right).
    /// </summary>
    (float LineWidth, float CaretX) Caret(LayoutNode node, string text, int index);
}

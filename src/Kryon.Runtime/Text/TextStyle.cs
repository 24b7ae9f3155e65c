using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Rendering;
using Kryon.Values;

namespace Kryon.Runtime.Text;

/// <summary>
/// How an element's text is shaped: font, line height, letter spacing, wrapping and direction.
/// Derived in one place (<see cref="Of"/>) so that the layout measures text with exactly the
/// values the display list draws it with; a backend's measurer and its painter then agree.
/// </summary>
public readonly record struct TextStyle(
    string FontFamily,
    float FontSize,
    int FontWeight,
    bool Italic,
    float LineHeight,
    float LetterSpacing,
    bool Wrap,
    bool RightToLeft)
{
    /// <summary>What text has when nothing sets its style (KRY.md §5.3 defaults).</summary>
    public static TextStyle Default { get; } = new("sans-serif", 16, 400, false, 1.2f, 0, Wrap: true, RightToLeft: false);

    /// <summary>The style of an element's text. Input and Button hold one line (they ellipsize, never wrap).</summary>
    public static TextStyle Of(Element? e)
    {
        if (e is null) return Default;
        bool singleLine = e.Is(ElementKind.Input) || e.Is(ElementKind.Button);
        return new TextStyle(
            (e.Get(Props.FontFamily) as StringValue)?.Value ?? Default.FontFamily,
            e.Get(Props.FontSize) is IntValue size ? size.Value : Default.FontSize,
            DisplayListBuilder.WeightOf(e.Get(Props.FontWeight)),
            Italic: false,
            e.Get(Props.LineHeight) is FloatValue lh ? (float)lh.Value : Default.LineHeight,
            e.Get(Props.LetterSpacing) is FloatValue ls ? (float)ls.Value : 0,
            Wrap: !singleLine,
            RightToLeft: e.Get(Props.Direction) is EnumValue { Member: "rtl" });
    }

    /// <summary>The style a display-list text run was built with (the same fields, read back).</summary>
    public static TextStyle Of(TextRun run)
        => new(run.FontFamily, run.FontSize, run.FontWeight, run.Italic, run.LineHeight, run.LetterSpacing, run.Wrap, run.RightToLeft);
}

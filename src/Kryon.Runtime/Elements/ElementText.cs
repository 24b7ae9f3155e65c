using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Runtime.Elements;

/// <summary>
/// What text an element shows and is measured by: the same string for layout and for drawing, so
/// the two always agree.
/// </summary>
public static class ElementText
{
    /// <summary>The text of a text-bearing leaf, or null. An Input shows its value, else its placeholder.</summary>
    public static string? Displayed(Element e, string? editorText = null)
    {
        if (e.Info is null || (e.Info.Bit & ElementSet.TextBearing) == 0) return null;
        string? text;
        if (e.Is(ElementKind.Input))
        {
            string value = editorText ?? (e.Get(Props.Value) as StringValue)?.Value ?? "";
            if (value.Length > 0 && e.Get(Props.InputType) is EnumValue { Member: "password" }) value = new string('•', new System.Globalization.StringInfo(value).LengthInTextElements);
            text = value.Length > 0 ? value : (e.Get(Props.Placeholder) as StringValue)?.Value ?? "";
        }
        else
        {
            text = (e.Get(Props.Text) as StringValue)?.Value ?? "";
            if (e.Is(ElementKind.Checkbox)) text = (e.State.HasFlag(InteractionState.Checked) ? "☑ " : "☐ ") + text;
            else if (e.Is(ElementKind.Radio)) text = (e.State.HasFlag(InteractionState.Checked) ? "◉ " : "○ ") + text;
        }
        return (e.Get(Props.TextTransform) as EnumValue)?.Member switch
        {
            "uppercase" => text.ToUpperInvariant(),
            "lowercase" => text.ToLowerInvariant(),
            "capitalize" => Capitalize(text),
            _ => text,
        };
    }

    /// <summary>True when an Input shows its placeholder (drawn dimmed).</summary>
    public static bool ShowsPlaceholder(Element e, string? editorText = null)
        => e.Is(ElementKind.Input) && (editorText ?? (e.Get(Props.Value) as StringValue)?.Value ?? "").Length == 0;

    private static string Capitalize(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            if (char.IsLetter(chars[i]) && (i == 0 || char.IsWhiteSpace(chars[i - 1]))) chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }
}

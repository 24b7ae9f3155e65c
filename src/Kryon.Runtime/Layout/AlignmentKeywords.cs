namespace Kryon.Runtime.Layout;

/// <summary>
/// CSS alignment keywords (`justify-content`, `align-content`, `align-items`, `align-self`) to the
/// engine's enums, with the optional `safe`/`unsafe` overflow prefix. Shared by everything that
/// reads CSS-named values: KRY's extension properties and the conformance cases.
/// </summary>
public static class AlignmentKeywords
{
    public static bool TryParseContent(string value, out ContentAlignment alignment, out bool safe)
    {
        (string keyword, safe) = SplitSafety(value);
        ContentAlignment? a = keyword switch
        {
            "normal" => ContentAlignment.Normal,
            "flex-start" => ContentAlignment.FlexStart,
            "flex-end" => ContentAlignment.FlexEnd,
            "start" or "left" => ContentAlignment.Start,
            "end" or "right" => ContentAlignment.End,
            "center" => ContentAlignment.Center,
            "space-between" => ContentAlignment.SpaceBetween,
            "space-around" => ContentAlignment.SpaceAround,
            "space-evenly" => ContentAlignment.SpaceEvenly,
            "stretch" => ContentAlignment.Stretch,
            _ => null,
        };
        alignment = a ?? ContentAlignment.Normal;
        return a is not null;
    }

    public static bool TryParseItem(string value, out ItemAlignment alignment, out bool safe)
    {
        (string keyword, safe) = SplitSafety(value);
        ItemAlignment? a = keyword switch
        {
            "auto" => ItemAlignment.Auto,
            "normal" => ItemAlignment.Normal,
            "stretch" => ItemAlignment.Stretch,
            "flex-start" => ItemAlignment.FlexStart,
            "flex-end" => ItemAlignment.FlexEnd,
            "start" => ItemAlignment.Start,
            "end" => ItemAlignment.End,
            "self-start" => ItemAlignment.SelfStart,
            "self-end" => ItemAlignment.SelfEnd,
            "center" => ItemAlignment.Center,
            "baseline" or "first baseline" => ItemAlignment.Baseline,
            _ => null,
        };
        alignment = a ?? ItemAlignment.Normal;
        return a is not null;
    }

    private static (string Keyword, bool Safe) SplitSafety(string value)
    {
        if (value.StartsWith("safe ", StringComparison.Ordinal)) return (value[5..].Trim(), true);
        if (value.StartsWith("unsafe ", StringComparison.Ordinal)) return (value[7..].Trim(), false);
        return (value, false);
    }
}

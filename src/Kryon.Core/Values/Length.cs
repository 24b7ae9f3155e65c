namespace Kryon.Values;

public enum LengthUnit : byte
{
    Px,
    Percent,
    Auto,
    MinContent,
    MaxContent,
    FitContent,
    Stretch,
    /// <summary>`flex-basis: content`.</summary>
    Content,
}

/// <summary>A CSS-like length: pixels, a percentage of the containing block, or a sizing keyword.</summary>
public readonly record struct Length(LengthUnit Unit, double Value)
{
    public static readonly Length Auto = new(LengthUnit.Auto, 0);

    public static Length Px(double value) => new(LengthUnit.Px, value);

    public static Length Percent(double value) => new(LengthUnit.Percent, value);

    public bool IsKeyword => Unit is not (LengthUnit.Px or LengthUnit.Percent);

    public override string ToString() => Unit switch
    {
        LengthUnit.Px => $"{Number.Format(Value)}px",
        LengthUnit.Percent => $"{Number.Format(Value)}%",
        LengthUnit.Auto => "auto",
        LengthUnit.MinContent => "min-content",
        LengthUnit.MaxContent => "max-content",
        LengthUnit.FitContent => "fit-content",
        LengthUnit.Stretch => "stretch",
        LengthUnit.Content => "content",
        _ => Unit.ToString(),
    };

    /// <summary>The keyword lengths, as KRY spells them (both `-` and `_` separators are accepted on input).</summary>
    public static bool TryParseKeyword(string word, out Length length)
    {
        length = default;
        switch (word.Replace('_', '-').ToLowerInvariant())
        {
            case "auto": length = Auto; return true;
            case "min-content": length = new(LengthUnit.MinContent, 0); return true;
            case "max-content": length = new(LengthUnit.MaxContent, 0); return true;
            case "fit-content": length = new(LengthUnit.FitContent, 0); return true;
            case "stretch": length = new(LengthUnit.Stretch, 0); return true;
            case "content": length = new(LengthUnit.Content, 0); return true;
            default: return false;
        }
    }
}

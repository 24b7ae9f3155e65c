namespace Kryon.Backends.Terminal.Output;

/// <summary>How many colours the terminal shows: 24-bit, the xterm 256-colour palette, or the 16 ANSI colours.</summary>
public enum ColorMode : byte
{
    TrueColor,
    Palette256,
    Palette16,
}

public static class ColorModes
{
    /// <summary>24-bit when COLORTERM says truecolor/24bit, else 256 when TERM has "256color", else 16.</summary>
    public static ColorMode FromEnvironment(string? colorTerm, string? term)
    {
        if (colorTerm is { } c && (c.Equals("truecolor", StringComparison.OrdinalIgnoreCase) || c.Equals("24bit", StringComparison.OrdinalIgnoreCase))) return ColorMode.TrueColor;
        if (term is { } t && t.Contains("256color", StringComparison.OrdinalIgnoreCase)) return ColorMode.Palette256;
        return ColorMode.Palette16;
    }

    public static ColorMode FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable("COLORTERM"), Environment.GetEnvironmentVariable("TERM"));
}

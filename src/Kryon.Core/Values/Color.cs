using System.Diagnostics.CodeAnalysis;

namespace Kryon.Values;

/// <summary>An sRGB colour with straight (non-premultiplied) alpha, as KRB stores it (R, G, B, A bytes).</summary>
public readonly record struct Color(byte R, byte G, byte B, byte A)
{
    public static readonly Color Transparent = new(0, 0, 0, 0);

    /// <summary>Parses `#RGB`, `#RGBA`, `#RRGGBB` or `#RRGGBBAA` (KRY.md §1.6); the `#` is required.</summary>
    public static bool TryParseHex(ReadOnlySpan<char> text, out Color color)
    {
        color = default;
        if (text.Length < 2 || text[0] != '#') return false;
        var hex = text[1..];
        foreach (char c in hex)
            if (!char.IsAsciiHexDigit(c)) return false;
        switch (hex.Length)
        {
            case 3:
            case 4:
                byte r = Nibble(hex[0]), g = Nibble(hex[1]), b = Nibble(hex[2]);
                byte a = hex.Length == 4 ? Nibble(hex[3]) : (byte)0xF;
                color = new Color((byte)(r * 17), (byte)(g * 17), (byte)(b * 17), (byte)(a * 17));
                return true;
            case 6:
            case 8:
                color = new Color(Byte(hex, 0), Byte(hex, 2), Byte(hex, 4), hex.Length == 8 ? Byte(hex, 6) : (byte)0xFF);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A hex colour, or one of the named colours KRY accepts (case-insensitive).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Color? color)
    {
        color = null;
        if (TryParseHex(text, out var c))
        {
            color = c;
            return true;
        }
        if (NamedColors.TryGet(text, out c))
        {
            color = c;
            return true;
        }
        return false;
    }

    /// <summary>`#RRGGBBAA`, the canonical spelling.</summary>
    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}{A:X2}";

    private static byte Nibble(char c) => (byte)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);

    private static byte Byte(ReadOnlySpan<char> hex, int at) => (byte)(Nibble(hex[at]) * 16 + Nibble(hex[at + 1]));
}

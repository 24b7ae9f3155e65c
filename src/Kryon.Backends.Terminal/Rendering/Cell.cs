namespace Kryon.Backends.Terminal.Rendering;

[Flags]
public enum CellStyle : byte { None = 0, Bold = 1, Italic = 2, Underline = 4, Strikethrough = 8, Dim = 16 }

/// <summary>
/// One terminal cell: a character (a Unicode scalar; <see cref="WideTail"/> for the right half of a
/// two-column character, which the terminal draws from the cell on its left), its colours as
/// 0xRRGGBB with <see cref="DefaultColor"/> for the terminal's own, and its style. A plain value so
/// the grid is an array of structs and comparing frames is a memory compare.
/// </summary>
public readonly record struct Cell(int Rune, uint Foreground, uint Background, CellStyle Style)
{
    /// <summary>The terminal's default colour (SGR 39/49): an app with no background keeps the person's theme.</summary>
    public const uint DefaultColor = 0xFF000000;

    /// <summary>The right half of a wide character.</summary>
    public const int WideTail = -1;

    public static readonly Cell Blank = new(' ', DefaultColor, DefaultColor, CellStyle.None);
}

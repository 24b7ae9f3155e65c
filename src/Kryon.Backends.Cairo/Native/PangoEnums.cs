namespace Kryon.Backends.Cairo.Native;

// The numeric values are Pango's ABI (pango-types.h, pango-layout.h, pango-attributes.h).

internal enum PangoDirection
{
    Ltr = 0,
    Rtl = 1,
}

internal enum PangoWrapMode
{
    Word = 0,
    Char = 1,
    WordChar = 2,
}

internal enum PangoEllipsizeMode
{
    None = 0,
    End = 3,
}

internal enum PangoAlignment
{
    Left = 0,
    Center = 1,
    Right = 2,
}

internal enum PangoStyle
{
    Normal = 0,
    Italic = 2,
}

internal enum PangoUnderline
{
    Single = 1,
}

internal enum PangoOverline
{
    Single = 1,
}

/// <summary>A rectangle in Pango units (1/1024 px), as pango_layout_get_extents fills it.</summary>
internal struct PangoRectangle
{
    public int X;
    public int Y;
    public int Width;
    public int Height;
}

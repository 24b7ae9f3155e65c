using Kryon.Values;

namespace Kryon.Runtime.Rendering;

public enum TextAlign : byte { Start, Center, End, Justify }

/// <summary>
/// Text to draw and how: the font, colour, alignment, wrapping and what to do on overflow. The
/// backend shapes and breaks it (Pango) with the same settings the layout measured it with.
/// </summary>
public sealed record TextRun(
    string Text,
    string FontFamily,
    float FontSize,
    int FontWeight,
    bool Italic,
    Color Color,
    TextAlign Align,
    float LineHeight,
    bool Wrap,
    bool Ellipsis,
    bool RightToLeft = false,
    string? Decoration = null,
    float LetterSpacing = 0);

/// <summary>An image to draw: where it comes from and how it fits the box (`fit`: contain, cover, fill, none, scale-down).</summary>
public sealed record ImageRun(string Source, string Fit);

using System.Globalization;
using System.Text;
using Kryon.Backends.Web.Assets;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Values;

namespace Kryon.Backends.Web.Protocol;

/// <summary>
/// One display-list command as a compact JSON array (README.md "Wire format"): the kind first, then
/// the bounds and the kind's fields. Coordinates are rounded to 1/100 px and colours are one
/// 0xRRGGBBAA number, so an unchanged command always gives the same text and frames can be diffed
/// by comparing strings. Fonts and images are sent as numbers of served files.
/// </summary>
internal sealed class CommandWriter(FontCatalog fonts, ImageCatalog images)
{
    private readonly StringBuilder _text = new(128);

    public string Write(in DisplayCommand command)
    {
        var sb = _text.Clear();
        sb.Append('[').Append((int)command.Kind);
        switch (command.Kind)
        {
            case DisplayCommandKind.FillRect:
                Box(command.Bounds).Number(ColorOf(command.Color)).Number(command.Radius);
                break;
            case DisplayCommandKind.Border:
                Box(command.Bounds).Number(ColorOf(command.Color)).Number(command.Radius)
                    .Number(command.Sides.Top).Number(command.Sides.Right).Number(command.Sides.Bottom).Number(command.Sides.Left);
                break;
            case DisplayCommandKind.Text when command.Text is { } run:
                Box(command.Bounds).String(run.Text).Number(fonts.FaceFor(run.FontFamily, run.FontWeight, run.Italic)?.Id ?? -1)
                    .String(GenericOf(run.FontFamily)).Number(run.FontSize).Number(ColorOf(run.Color)).Number((int)run.Align)
                    .Number(run.LineHeight).Number((run.Wrap ? 1 : 0) | (run.Ellipsis ? 2 : 0) | (run.RightToLeft ? 4 : 0) | (run.Italic ? 8 : 0))
                    .String(run.Decoration ?? "").Number(run.LetterSpacing).Number(run.FontWeight);
                break;
            case DisplayCommandKind.Image when command.Image is { } image:
                Box(command.Bounds).Number(images.IdFor(image.Source)).String(image.Fit);
                break;
            case DisplayCommandKind.PushClip:
                Box(command.Bounds).Number(command.Radius);
                break;
            case DisplayCommandKind.PushOpacity:
                Number(Math.Clamp(command.Opacity, 0, 1));
                break;
            case DisplayCommandKind.Caret:
                Box(command.Bounds).Number(ColorOf(command.Color));
                break;
            // PopClip, PopOpacity, and a text or image command without its run: the kind alone.
        }
        return sb.Append(']').ToString();
    }

    /// <summary>A colour as one number, 0xRRGGBBAA.</summary>
    public static uint ColorOf(Color c) => (uint)c.R << 24 | (uint)c.G << 16 | (uint)c.B << 8 | c.A;

    /// <summary>The CSS generic family the browser falls back to for characters the served face lacks.</summary>
    private static string GenericOf(string family)
    {
        string f = family.ToLowerInvariant();
        return f.Contains("mono") ? "monospace" : f.Contains("serif") && !f.Contains("sans") ? "serif" : "sans-serif";
    }

    private CommandWriter Box(LayoutBox b) => Number(b.X).Number(b.Y).Number(b.Width).Number(b.Height);

    private CommandWriter Number(float value)
    {
        double rounded = float.IsFinite(value) ? Math.Round((double)value, 2) : 0;
        _text.Append(',').Append(rounded.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    private CommandWriter Number(long value)
    {
        _text.Append(',').Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    private CommandWriter String(string value)
    {
        _text.Append(',').Append(JsonString.Quote(value));
        return this;
    }
}

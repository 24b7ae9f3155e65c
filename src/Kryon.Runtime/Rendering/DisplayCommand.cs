using Kryon.Runtime.Layout;
using Kryon.Values;

namespace Kryon.Runtime.Rendering;

public enum DisplayCommandKind : byte
{
    /// <summary>Fill <see cref="DisplayCommand.Bounds"/> with <see cref="DisplayCommand.Color"/>, corners rounded by <see cref="DisplayCommand.Radius"/>.</summary>
    FillRect,
    /// <summary>Fill a border of <see cref="DisplayCommand.Sides"/> inside the bounds, outer corners rounded by <see cref="DisplayCommand.Radius"/>.</summary>
    Border,
    /// <summary>Draw <see cref="DisplayCommand.Text"/> inside the bounds (the element's content box).</summary>
    Text,
    /// <summary>Draw the image at <see cref="DisplayCommand.Image"/> into the bounds.</summary>
    Image,
    /// <summary>Intersect the clip with the bounds (rounded by Radius) until the matching <see cref="PopClip"/>.</summary>
    PushClip,
    PopClip,
    /// <summary>Draw what follows into a group composited with <see cref="DisplayCommand.Opacity"/> at the matching <see cref="PopOpacity"/>.</summary>
    PushOpacity,
    PopOpacity,
    /// <summary>A text caret (an Input with focus): a thin filled rectangle.</summary>
    Caret,
}

/// <summary>
/// One draw command. A flat value, so building a list copies structs and allocates nothing; the
/// only references are the text run and the image path, which are cached per element.
/// Coordinates are window pixels (layout units × nothing: the backend applies the HiDPI scale).
/// </summary>
public readonly record struct DisplayCommand(
    DisplayCommandKind Kind,
    LayoutBox Bounds,
    Color Color = default,
    float Radius = 0,
    BorderWidths Sides = default,
    float Opacity = 1,
    TextRun? Text = null,
    ImageRun? Image = null,
    int Element = 0);

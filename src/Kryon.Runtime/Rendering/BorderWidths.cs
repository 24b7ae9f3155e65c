using Kryon.Runtime.Layout;

namespace Kryon.Runtime.Rendering;

/// <summary>
/// The widths of a border's four sides in pixels: `border_width` for all of them, each replaced by
/// its `border_{side}_width` when that is set (the widths layout insets the content by).
/// </summary>
public readonly record struct BorderWidths(float Top, float Right, float Bottom, float Left)
{
    public static BorderWidths Uniform(float width) => new(width, width, width, width);

    /// <summary>Some side has a width, so there is something to draw.</summary>
    public bool Any => Top > 0 || Right > 0 || Bottom > 0 || Left > 0;

    public bool IsUniform => Top == Right && Right == Bottom && Bottom == Left;

    public float Max => Math.Max(Math.Max(Top, Right), Math.Max(Bottom, Left));

    /// <summary>The box inside the border (the padding box) of a border box at <paramref name="box"/>; never negative.</summary>
    public LayoutBox Inset(LayoutBox box) =>
        new(box.X + Left, box.Y + Top, Math.Max(0, box.Width - Left - Right), Math.Max(0, box.Height - Top - Bottom));
}

using Kryon.Runtime.Layout;

namespace Kryon.Backends.Cairo.Drawing;

/// <summary>
/// Where an image of a natural size lands in its box for each `fit` (CSS object-fit, centred like
/// the default object-position). The result may be larger than the box (cover, none): the painter
/// clips it to the box.
/// </summary>
public static class ImageFit
{
    public static LayoutBox Place(string? fit, float imageWidth, float imageHeight, LayoutBox box)
    {
        if (imageWidth <= 0 || imageHeight <= 0 || box.Width <= 0 || box.Height <= 0) return new LayoutBox(box.X, box.Y, 0, 0);
        float contain = Math.Min(box.Width / imageWidth, box.Height / imageHeight);
        float scale;
        switch (fit)
        {
            case "fill":
                return box;
            case "cover":
                scale = Math.Max(box.Width / imageWidth, box.Height / imageHeight);
                break;
            case "none":
                scale = 1;
                break;
            case "scale_down" or "scale-down":
                scale = Math.Min(1, contain);
                break;
            default: // "contain", and anything unknown: show the whole image
                scale = contain;
                break;
        }
        float w = imageWidth * scale, h = imageHeight * scale;
        return new LayoutBox(box.X + (box.Width - w) / 2, box.Y + (box.Height - h) / 2, w, h);
    }
}

using Kryon.Diagnostics;
using Kryon.Values;

namespace Kryon.Backends.Cairo.Output;

/// <summary>
/// A frame rendered to memory: cairo's ARGB32 pixels, premultiplied alpha, one 32-bit value per
/// pixel (alpha in the high byte), rows top to bottom with no padding. That is SDL's
/// ARGB8888 layout, ready to upload as a texture; tests read pixels back with <see cref="GetPixel"/>.
/// </summary>
public sealed class RenderedImage(int width, int height, uint[] pixels, IReadOnlyList<Diagnostic> diagnostics)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>Premultiplied ARGB32, <see cref="Width"/> × <see cref="Height"/>, row-major.</summary>
    public uint[] Pixels { get; } = pixels;

    /// <summary>What the render reported (2503 for images that could not be shown).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The colour at a pixel, alpha un-premultiplied.</summary>
    public Color GetPixel(int x, int y)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height) throw new ArgumentOutOfRangeException(x < 0 || x >= Width ? nameof(x) : nameof(y));
        uint p = Pixels[y * Width + x];
        byte a = (byte)(p >> 24);
        if (a == 0) return Color.Transparent;
        return new Color(Unpremultiply(p >> 16, a), Unpremultiply(p >> 8, a), Unpremultiply(p, a), a);
    }

    private static byte Unpremultiply(uint channel, byte alpha) => (byte)Math.Min(255, ((channel & 0xFF) * 255 + alpha / 2) / alpha);
}

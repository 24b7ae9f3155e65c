namespace Kryon.Backends.Sdl.Tests.EndToEnd;

/// <summary>8-bit RGB pixels (what `import … rgb:-` and `convert … rgb:-` write), with crop and a tolerant compare.</summary>
public sealed class RgbImage(int width, int height, byte[] rgb)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Rgb { get; } = rgb.Length == width * height * 3 ? rgb : throw new ArgumentException($"{rgb.Length} bytes is not {width}×{height} RGB");

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            int i = (y * Width + x) * 3;
            return (Rgb[i], Rgb[i + 1], Rgb[i + 2]);
        }
    }

    public string Hex(int x, int y)
    {
        var (r, g, b) = this[x, y];
        return $"#{r:X2}{g:X2}{b:X2}";
    }

    public RgbImage Crop(int x, int y, int width, int height)
    {
        var rgb = new byte[width * height * 3];
        for (int row = 0; row < height; row++)
            Array.Copy(Rgb, ((y + row) * Width + x) * 3, rgb, row * width * 3, width * 3);
        return new RgbImage(width, height, rgb);
    }

    /// <summary>The share of pixels (0..1) where some channel differs by more than <paramref name="channelTolerance"/>.</summary>
    public double DifferenceFrom(RgbImage other, int channelTolerance = 24)
    {
        if (other.Width != Width || other.Height != Height) return 1;
        int differing = 0;
        for (int i = 0; i < Rgb.Length; i += 3)
            if (Math.Abs(Rgb[i] - other.Rgb[i]) > channelTolerance || Math.Abs(Rgb[i + 1] - other.Rgb[i + 1]) > channelTolerance || Math.Abs(Rgb[i + 2] - other.Rgb[i + 2]) > channelTolerance)
                differing++;
        return (double)differing / (Width * Height);
    }

    public void SavePpm(string path)
    {
        using var f = File.Create(path);
        f.Write(System.Text.Encoding.ASCII.GetBytes($"P6\n{Width} {Height}\n255\n"));
        f.Write(Rgb);
    }
}

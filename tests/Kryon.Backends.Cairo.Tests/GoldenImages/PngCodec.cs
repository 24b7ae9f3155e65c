using System.Buffers.Binary;
using System.IO.Compression;

namespace Kryon.Backends.Cairo.Tests.GoldenImages;

/// <summary>
/// An image as 8-bit RGBA, straight (not premultiplied) alpha, rows top to bottom: what a PNG holds
/// and what the golden comparison works on.
/// </summary>
public sealed class RgbaImage(int width, int height, byte[] rgba)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>4 bytes per pixel (R, G, B, A), <see cref="Width"/> × <see cref="Height"/>, row-major.</summary>
    public byte[] Rgba { get; } = rgba;

    public static RgbaImage Of(Kryon.Backends.Cairo.Output.RenderedImage image)
    {
        var rgba = new byte[image.Width * image.Height * 4];
        for (int p = 0; p < image.Pixels.Length; p++)
        {
            uint argb = image.Pixels[p];
            int i = p * 4;
            if (argb >> 24 == 255)
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = ((byte)(argb >> 16), (byte)(argb >> 8), (byte)argb, 255);
            else
            {
                var c = image.GetPixel(p % image.Width, p / image.Width); // un-premultiplies
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = (c.R, c.G, c.B, c.A);
            }
        }
        return new RgbaImage(image.Width, image.Height, rgba);
    }
}

/// <summary>
/// A small PNG reader and writer for the golden images, so that comparing them needs no native code:
/// it writes 8-bit RGB (every pixel opaque) or RGBA, non-interlaced, each row with the filter that
/// compresses best (the usual minimum-sum-of-absolute-differences choice), deflated at the smallest
/// size; it reads those and any other 8-bit RGB/RGBA non-interlaced PNG (cairo's own output).
/// </summary>
public static class PngCodec
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Write(string path, RgbaImage image)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, Encode(image));
    }

    public static byte[] Encode(RgbaImage image)
    {
        bool opaque = true;
        for (int i = 3; i < image.Rgba.Length; i += 4) if (image.Rgba[i] != 255) { opaque = false; break; }
        int channels = opaque ? 3 : 4;
        int stride = image.Width * channels;

        var raw = new byte[image.Height * stride];
        for (int p = 0, o = 0; p < image.Rgba.Length; p += 4)
        {
            raw[o++] = image.Rgba[p];
            raw[o++] = image.Rgba[p + 1];
            raw[o++] = image.Rgba[p + 2];
            if (!opaque) raw[o++] = image.Rgba[p + 3];
        }

        using var deflated = new MemoryStream();
        using (var z = new ZLibStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var best = new byte[stride];
            var candidate = new byte[stride];
            for (int y = 0; y < image.Height; y++)
            {
                var row = raw.AsSpan(y * stride, stride);
                var above = y == 0 ? default : raw.AsSpan((y - 1) * stride, stride);
                byte bestFilter = 0;
                long bestScore = long.MaxValue;
                for (byte filter = 0; filter <= 4; filter++)
                {
                    Filter(filter, row, above, channels, candidate);
                    long score = 0;
                    foreach (byte b in candidate) score += b < 128 ? b : 256 - b;
                    if (score < bestScore)
                    {
                        (bestScore, bestFilter) = (score, filter);
                        candidate.CopyTo(best, 0);
                    }
                }
                z.WriteByte(bestFilter);
                z.Write(best);
            }
        }

        using var png = new MemoryStream();
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8;                          // bit depth
        header[9] = (byte)(opaque ? 2 : 6);     // colour type: RGB or RGBA
        WriteChunk(png, "IHDR", header);        // compression, filter method, interlace: 0
        WriteChunk(png, "IDAT", deflated.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    public static RgbaImage Read(string path) => Decode(File.ReadAllBytes(path));

    public static RgbaImage Decode(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            throw new InvalidDataException("not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        int at = Signature.Length;
        while (at + 12 <= png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (length < 0 || at + 12 + length > png.Length) throw new InvalidDataException($"PNG chunk {type} runs past the end of the file");
            var data = png.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    if (data[8] != 8 || data[12] != 0 || data[9] is not (2 or 6))
                        throw new InvalidDataException($"only 8-bit non-interlaced RGB/RGBA PNGs are read here (bit depth {data[8]}, colour type {data[9]}, interlace {data[12]})");
                    channels = data[9] == 2 ? 3 : 4;
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }
            at += 12 + length;
            if (type == "IEND") break;
        }
        if (channels == 0) throw new InvalidDataException("the PNG has no IHDR chunk");

        int stride = width * channels;
        var raw = new byte[height * stride];
        idat.Position = 0;
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            var row = new byte[stride];
            for (int y = 0; y < height; y++)
            {
                int filter = z.ReadByte();
                if (filter < 0) throw new InvalidDataException("the PNG's image data is cut short");
                z.ReadExactly(row);
                Unfilter(filter, row, y == 0 ? default : raw.AsSpan((y - 1) * stride, stride), channels);
                row.CopyTo(raw, y * stride);
            }
        }

        var rgba = new byte[width * height * 4];
        for (int p = 0, o = 0; o < rgba.Length; o += 4)
        {
            rgba[o] = raw[p++];
            rgba[o + 1] = raw[p++];
            rgba[o + 2] = raw[p++];
            rgba[o + 3] = channels == 4 ? raw[p++] : (byte)255;
        }
        return new RgbaImage(width, height, rgba);
    }

    private static void Filter(byte filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, int bpp, Span<byte> output)
    {
        for (int i = 0; i < row.Length; i++)
        {
            int a = i >= bpp ? row[i - bpp] : 0, b = above.IsEmpty ? 0 : above[i], c = i >= bpp && !above.IsEmpty ? above[i - bpp] : 0;
            output[i] = (byte)(row[i] - Predict(filter, a, b, c));
        }
    }

    private static void Unfilter(int filter, Span<byte> row, ReadOnlySpan<byte> above, int bpp)
    {
        if (filter > 4) throw new InvalidDataException($"unknown PNG row filter {filter}");
        for (int i = 0; i < row.Length; i++)
        {
            int a = i >= bpp ? row[i - bpp] : 0, b = above.IsEmpty ? 0 : above[i], c = i >= bpp && !above.IsEmpty ? above[i - bpp] : 0;
            row[i] = (byte)(row[i] + Predict(filter, a, b, c));
        }
    }

    private static int Predict(int filter, int a, int b, int c) => filter switch
    {
        0 => 0,
        1 => a,
        2 => b,
        3 => (a + b) / 2,
        _ => Paeth(a, b, c),
    };

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        uint crc = Crc32(Crc32(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        png.Write(word);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>The PNG chunk CRC (ISO 3309), continued over <paramref name="bytes"/>.</summary>
    private static uint Crc32(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }
}

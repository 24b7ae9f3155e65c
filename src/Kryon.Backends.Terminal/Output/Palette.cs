namespace Kryon.Backends.Terminal.Output;

/// <summary>Nearest palette colours for terminals without 24-bit colour.</summary>
public static class Palette
{
    private static readonly byte[] CubeLevels = [0, 95, 135, 175, 215, 255];

    // xterm's default 16 colours.
    private static readonly uint[] Ansi16 =
    [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ];

    /// <summary>The xterm 256-colour index nearest to 0xRRGGBB: the 6×6×6 cube (16–231) or the grey ramp (232–255).</summary>
    public static int To256(uint rgb)
    {
        int r = (int)(rgb >> 16) & 0xFF, g = (int)(rgb >> 8) & 0xFF, b = (int)rgb & 0xFF;
        int ri = CubeIndex(r), gi = CubeIndex(g), bi = CubeIndex(b);
        int cube = 16 + 36 * ri + 6 * gi + bi;
        int cubeDistance = Distance(r, g, b, CubeLevels[ri], CubeLevels[gi], CubeLevels[bi]);
        int average = (r + g + b) / 3;
        int grey = Math.Clamp((average - 8 + 5) / 10, 0, 23);
        int level = 8 + 10 * grey;
        return Distance(r, g, b, level, level, level) < cubeDistance ? 232 + grey : cube;
    }

    /// <summary>The index (0–15) of the ANSI colour nearest to 0xRRGGBB.</summary>
    public static int To16(uint rgb)
    {
        int r = (int)(rgb >> 16) & 0xFF, g = (int)(rgb >> 8) & 0xFF, b = (int)rgb & 0xFF;
        int best = 0, bestDistance = int.MaxValue;
        for (int i = 0; i < Ansi16.Length; i++)
        {
            uint c = Ansi16[i];
            int d = Distance(r, g, b, (int)(c >> 16) & 0xFF, (int)(c >> 8) & 0xFF, (int)c & 0xFF);
            if (d < bestDistance) (best, bestDistance) = (i, d);
        }
        return best;
    }

    private static int CubeIndex(int v) => v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;

    private static int Distance(int r1, int g1, int b1, int r2, int g2, int b2)
    {
        // Weighted for the eye (green counts most).
        int dr = r1 - r2, dg = g1 - g2, db = b1 - b2;
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
    }
}

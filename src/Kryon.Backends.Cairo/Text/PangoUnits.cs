using Kryon.Backends.Cairo.Native;

namespace Kryon.Backends.Cairo.Text;

/// <summary>Pixels ↔ Pango units (1/1024 px), the fixed-point unit every Pango size is given in.</summary>
internal static class PangoUnits
{
    public static int FromPixels(float px)
    {
        double units = Math.Round((double)px * PangoNative.Scale);
        return units >= int.MaxValue ? int.MaxValue : units <= int.MinValue ? int.MinValue : (int)units;
    }

    public static float ToPixels(int units) => units / (float)PangoNative.Scale;
}

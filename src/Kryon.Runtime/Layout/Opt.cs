namespace Kryon.Runtime.Layout;

/// <summary>Arithmetic on optional lengths, where NaN means "none" (not definite).
/// A none left-hand side stays none; a none right-hand side leaves the left-hand side unchanged.
/// (Plain MathF.Min/Max would turn NaN into a result, which is exactly what these avoid.)</summary>
internal static class Opt
{
    public const float None = float.NaN;

    public static bool IsSome(float v) => !float.IsNaN(v);

    /// <summary><paramref name="a"/> if it is some, else <paramref name="b"/>.</summary>
    public static float Or(float a, float b) => float.IsNaN(a) ? b : a;

    public static float MaybeMin(float a, float b) => float.IsNaN(b) ? a : float.IsNaN(a) ? a : MathF.Min(a, b);

    public static float MaybeMax(float a, float b) => float.IsNaN(b) ? a : float.IsNaN(a) ? a : MathF.Max(a, b);

    public static float MaybeAdd(float a, float b) => float.IsNaN(b) ? a : a + b;

    public static float MaybeSub(float a, float b) => float.IsNaN(b) ? a : a - b;

    /// <summary>Clamps with the minimum winning over the maximum, as CSS requires.</summary>
    public static float MaybeClamp(float v, float min, float max)
    {
        if (float.IsNaN(v)) return v;
        if (!float.IsNaN(max) && v > max) v = max;
        if (!float.IsNaN(min) && v < min) v = min;
        return v;
    }

    /// <summary>Equality where none equals none (cache keys).</summary>
    public static bool Same(float a, float b) => a == b || (float.IsNaN(a) && float.IsNaN(b));
}

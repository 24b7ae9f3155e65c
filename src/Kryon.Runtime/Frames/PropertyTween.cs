using Kryon.Values;

namespace Kryon.Runtime.Frames;

/// <summary>
/// Values between two property values, for animations: numbers, pixel and percent lengths, and
/// colours (each RGBA channel). Anything else (text, keywords, mixed units) has no in-between.
/// </summary>
public static class PropertyTween
{
    /// <summary>Whether <paramref name="from"/> and <paramref name="to"/> can be tweened; <paramref name="why"/> says why not.</summary>
    public static bool CanTween(PropertyValue from, PropertyValue to, out string why)
    {
        why = "";
        switch (from, to)
        {
            case (IntValue or FloatValue, IntValue or FloatValue):
            case (ColorValue, ColorValue):
                return true;
            case (LengthValue a, LengthValue b) when a.Value.Unit == b.Value.Unit && a.Value.Unit is LengthUnit.Px or LengthUnit.Percent:
                return true;
            case (LengthValue a, LengthValue b):
                why = $"cannot animate from {a.ToKry()} to {b.ToKry()}: both ends need the same unit (px or %)";
                return false;
            default:
                why = $"only numbers, lengths and colours can be animated, not {from.ToKry()} → {to.ToKry()}";
                return false;
        }
    }

    /// <summary>The value at progress <paramref name="t"/> (0 = from, 1 = to; eased values may overshoot).</summary>
    public static PropertyValue At(PropertyValue from, PropertyValue to, double t)
    {
        if (t >= 1) return to;
        return (from, to) switch
        {
            (IntValue a, IntValue b) => new IntValue((int)Math.Round(Lerp(a.Value, b.Value, t))),
            (IntValue or FloatValue, IntValue or FloatValue) when to is IntValue b => new IntValue((int)Math.Round(Lerp(Number(from), b.Value, t))),
            (IntValue or FloatValue, IntValue or FloatValue) => new FloatValue(Lerp(Number(from), Number(to), t)),
            (LengthValue a, LengthValue b) => new LengthValue(new Length(b.Value.Unit, Lerp(a.Value.Value, b.Value.Value, t))),
            (ColorValue a, ColorValue b) => new ColorValue(new Color(Channel(a.Value.R, b.Value.R, t), Channel(a.Value.G, b.Value.G, t), Channel(a.Value.B, b.Value.B, t), Channel(a.Value.A, b.Value.A, t))),
            _ => t < 0.5 ? from : to,
        };
    }

    private static double Number(PropertyValue v) => v is IntValue i ? i.Value : ((FloatValue)v).Value;

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;

    private static byte Channel(byte a, byte b, double t) => (byte)Math.Clamp(Math.Round(Lerp(a, b, t)), 0, 255);
}

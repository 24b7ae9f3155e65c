using System.Globalization;

namespace Kryon.Values;

/// <summary>Number formatting shared by every place that prints a KRY number (shortest round-trip form, invariant culture).</summary>
public static class Number
{
    public static string Format(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15) return ((long)value).ToString(CultureInfo.InvariantCulture);
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    public static bool TryParse(ReadOnlySpan<char> text, out double value)
        => double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
           && double.IsFinite(value);
}

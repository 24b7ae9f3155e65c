namespace Kryon.Values;

/// <summary>Four side widths in CSS order (top, right, bottom, left), as padding and margin use them.</summary>
public readonly record struct EdgeInsets(double Top, double Right, double Bottom, double Left)
{
    public static EdgeInsets All(double v) => new(v, v, v, v);

    /// <summary>CSS shorthand expansion: 1 value = all, 2 = vertical horizontal, 3 = top horizontal bottom, 4 = T R B L.</summary>
    public static EdgeInsets FromShorthand(ReadOnlySpan<double> v) => v.Length switch
    {
        1 => All(v[0]),
        2 => new(v[0], v[1], v[0], v[1]),
        3 => new(v[0], v[1], v[2], v[1]),
        4 => new(v[0], v[1], v[2], v[3]),
        _ => throw new ArgumentException("edge insets take 1 to 4 values", nameof(v)),
    };

    public override string ToString() => Top == Right && Right == Bottom && Bottom == Left
        ? Number.Format(Top)
        : $"{Number.Format(Top)} {Number.Format(Right)} {Number.Format(Bottom)} {Number.Format(Left)}";
}

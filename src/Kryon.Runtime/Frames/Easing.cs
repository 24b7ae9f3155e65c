namespace Kryon.Runtime.Frames;

/// <summary>
/// Timing functions for animations, by their CSS names (css-easing-1): <c>linear</c> and the four
/// cubic Bézier keywords. A name may be written kebab-, snake- or camelCase (<c>ease-in-out</c>,
/// <c>ease_in_out</c>, <c>easeInOut</c>).
/// </summary>
public readonly record struct Easing(string Name, double X1, double Y1, double X2, double Y2)
{
    public static readonly Easing Linear = new("linear", 0, 0, 1, 1);
    public static readonly Easing Ease = new("ease", 0.25, 0.1, 0.25, 1);
    public static readonly Easing EaseIn = new("ease-in", 0.42, 0, 1, 1);
    public static readonly Easing EaseOut = new("ease-out", 0, 0, 0.58, 1);
    public static readonly Easing EaseInOut = new("ease-in-out", 0.42, 0, 0.58, 1);

    public static IReadOnlyList<Easing> All { get; } = [Linear, Ease, EaseIn, EaseOut, EaseInOut];

    public static bool TryParse(string? text, out Easing easing)
    {
        string key = (text ?? "").Replace("_", "").Replace("-", "").ToLowerInvariant();
        foreach (var e in All)
            if (e.Name.Replace("-", "") == key) { easing = e; return true; }
        easing = Linear;
        return false;
    }

    /// <summary>The eased progress for linear progress <paramref name="t"/> in [0, 1].</summary>
    public double Apply(double t)
    {
        if (t <= 0) return 0;
        if (t >= 1) return 1;
        if (X1 == Y1 && X2 == Y2) return t;
        return SampleY(SolveX(t));
    }

    // The curve runs from (0,0) to (1,1) through control points (X1,Y1), (X2,Y2): find the curve
    // parameter whose x is the time, then read its y (Newton steps, bisection when they stall).
    private double SampleX(double s) => ((Ax * s + Bx) * s + Cx) * s;
    private double SampleY(double s) => ((Ay * s + By) * s + Cy) * s;
    private double SlopeX(double s) => (3 * Ax * s + 2 * Bx) * s + Cx;

    private double Cx => 3 * X1;
    private double Bx => 3 * (X2 - X1) - Cx;
    private double Ax => 1 - Cx - Bx;
    private double Cy => 3 * Y1;
    private double By => 3 * (Y2 - Y1) - Cy;
    private double Ay => 1 - Cy - By;

    private double SolveX(double x)
    {
        double s = x;
        for (int i = 0; i < 8; i++)
        {
            double error = SampleX(s) - x;
            if (Math.Abs(error) < 1e-7) return s;
            double slope = SlopeX(s);
            if (Math.Abs(slope) < 1e-6) break;
            s -= error / slope;
        }
        double lo = 0, hi = 1;
        s = x;
        for (int i = 0; i < 40 && hi - lo > 1e-7; i++)
        {
            if (SampleX(s) < x) lo = s; else hi = s;
            s = (lo + hi) / 2;
        }
        return s;
    }
}

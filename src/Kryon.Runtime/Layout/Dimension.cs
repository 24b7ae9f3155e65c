namespace Kryon.Runtime.Layout;

/// <summary>The unit of a <see cref="Dimension"/>.</summary>
public enum DimensionUnit : byte
{
    /// <summary>Size decided by the algorithm (CSS <c>auto</c>).</summary>
    Auto,
    /// <summary>An absolute length in pixels.</summary>
    Points,
    /// <summary>A fraction of the containing block (stored as 0..1, so 50% is 0.5).</summary>
    Percent,
    /// <summary>CSS <c>min-content</c>.</summary>
    MinContent,
    /// <summary>CSS <c>max-content</c>.</summary>
    MaxContent,
    /// <summary>CSS <c>fit-content</c> (stretch-fit clamped between min- and max-content).</summary>
    FitContent,
    /// <summary>CSS <c>stretch</c> (fill the containing block, margins included).</summary>
    Stretch,
    /// <summary>CSS <c>flex-basis: content</c>.</summary>
    Content,
}

/// <summary>A CSS length value: auto, px, percentage or a sizing keyword.</summary>
public readonly record struct Dimension(DimensionUnit Unit, float Value)
{
    public static readonly Dimension Auto = new(DimensionUnit.Auto, 0);
    public static readonly Dimension Zero = new(DimensionUnit.Points, 0);

    public static Dimension Points(float px) => new(DimensionUnit.Points, px);

    /// <summary>A percentage given as a fraction: <c>Percent(0.5f)</c> is 50%.</summary>
    public static Dimension Percent(float fraction) => new(DimensionUnit.Percent, fraction);

    public static Dimension Keyword(DimensionUnit unit) => new(unit, 0);

    public bool IsAuto => Unit == DimensionUnit.Auto;

    /// <summary>True for min-content, max-content, fit-content, stretch and content.</summary>
    public bool IsIntrinsicKeyword => Unit >= DimensionUnit.MinContent;

    /// <summary>Resolves px and % (against <paramref name="basis"/>, NaN when unknown); everything else is NaN ("none").</summary>
    public float Resolve(float basis) => Unit switch
    {
        DimensionUnit.Points => Value,
        DimensionUnit.Percent => basis * Value, // NaN basis propagates to NaN
        _ => float.NaN,
    };

    /// <summary>Like <see cref="Resolve"/> but auto/unresolvable values become 0 (margins, padding, border, gaps).</summary>
    public float ResolveOrZero(float basis)
    {
        float v = Resolve(basis);
        return float.IsNaN(v) ? 0f : v;
    }

    public override string ToString() => Unit switch
    {
        DimensionUnit.Points => $"{Value}px",
        DimensionUnit.Percent => $"{Value * 100}%",
        _ => Unit.ToString(),
    };
}

namespace Kryon.Runtime.Layout;

/// <summary>The space a node is laid out into along one axis: a definite number of pixels, or a
/// min-content / max-content sizing constraint. Encoded in one float so it stays cheap to copy and compare:
/// +∞ is max-content, −∞ is min-content, anything finite is definite.</summary>
public readonly struct AvailableSpace : IEquatable<AvailableSpace>
{
    private readonly float _value;

    private AvailableSpace(float value) => _value = value;

    public static AvailableSpace MaxContent => new(float.PositiveInfinity);
    public static AvailableSpace MinContent => new(float.NegativeInfinity);

    /// <summary>A definite amount of space; NaN ("unknown") becomes max-content.</summary>
    public static AvailableSpace Definite(float px) => new(float.IsNaN(px) ? float.PositiveInfinity : px);

    public bool IsDefinite => float.IsFinite(_value);
    public bool IsMaxContent => _value == float.PositiveInfinity;
    public bool IsMinContent => _value == float.NegativeInfinity;

    /// <summary>The definite value, or NaN for a sizing constraint.</summary>
    public float AsOptional => float.IsFinite(_value) ? _value : float.NaN;

    /// <summary>Subtracts an optional amount from a definite value.</summary>
    public AvailableSpace MaybeSub(float rhs) => IsDefinite && !float.IsNaN(rhs) ? new(_value - rhs) : this;

    /// <summary>Replaces the value with a definite one when <paramref name="value"/> is not NaN.</summary>
    public AvailableSpace MaybeSet(float value) => float.IsNaN(value) ? this : new(value);

    public AvailableSpace MaybeClamp(float min, float max) => IsDefinite ? new(Opt.MaybeClamp(_value, min, max)) : this;

    public AvailableSpace MaybeMax(float rhs) => IsDefinite && !float.IsNaN(rhs) ? new(MathF.Max(_value, rhs)) : this;

    public bool Equals(AvailableSpace other) => _value.Equals(other._value);
    public override bool Equals(object? obj) => obj is AvailableSpace other && Equals(other);
    public override int GetHashCode() => _value.GetHashCode();
    public static bool operator ==(AvailableSpace a, AvailableSpace b) => a.Equals(b);
    public static bool operator !=(AvailableSpace a, AvailableSpace b) => !a.Equals(b);

    public override string ToString() => IsMaxContent ? "max-content" : IsMinContent ? "min-content" : $"{_value}px";
}

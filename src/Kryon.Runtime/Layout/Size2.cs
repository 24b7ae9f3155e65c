namespace Kryon.Runtime.Layout;

/// <summary>A width/height pair (NaN components mean "none" where the value is optional), with
/// flex-relative accessors: main = width for rows, height for columns.</summary>
internal struct Size2
{
    public float Width;
    public float Height;

    public Size2(float width, float height)
    {
        Width = width;
        Height = height;
    }

    public static Size2 None => new(float.NaN, float.NaN);
    public static Size2 Zero => new(0, 0);

    public readonly float Main(bool isRow) => isRow ? Width : Height;
    public readonly float Cross(bool isRow) => isRow ? Height : Width;

    public void SetMain(bool isRow, float v)
    {
        if (isRow) Width = v; else Height = v;
    }

    public void SetCross(bool isRow, float v)
    {
        if (isRow) Height = v; else Width = v;
    }

    public readonly Size2 WithMain(bool isRow, float v) => isRow ? new(v, Height) : new(Width, v);
    public readonly Size2 WithCross(bool isRow, float v) => isRow ? new(Width, v) : new(v, Height);

    /// <summary>Component-wise: this value where some, else <paramref name="other"/>.</summary>
    public readonly Size2 Or(Size2 other) => new(Opt.Or(Width, other.Width), Opt.Or(Height, other.Height));

    public readonly Size2 MaybeAdd(Size2 o) => new(Opt.MaybeAdd(Width, o.Width), Opt.MaybeAdd(Height, o.Height));
    public readonly Size2 MaybeSub(Size2 o) => new(Opt.MaybeSub(Width, o.Width), Opt.MaybeSub(Height, o.Height));
    public readonly Size2 MaybeMax(Size2 o) => new(Opt.MaybeMax(Width, o.Width), Opt.MaybeMax(Height, o.Height));

    public readonly Size2 MaybeClamp(Size2 min, Size2 max) =>
        new(Opt.MaybeClamp(Width, min.Width, max.Width), Opt.MaybeClamp(Height, min.Height, max.Height));

    /// <summary>Fills in a missing component from the other one through an aspect ratio (width / height).</summary>
    public readonly Size2 MaybeApplyAspectRatio(float ratio)
    {
        if (float.IsNaN(ratio)) return this;
        if (Opt.IsSome(Width) && float.IsNaN(Height)) return new(Width, Width / ratio);
        if (float.IsNaN(Width) && Opt.IsSome(Height)) return new(Height * ratio, Height);
        return this;
    }

    public override readonly string ToString() => $"{Width} x {Height}";
}

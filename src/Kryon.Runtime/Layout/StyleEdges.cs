namespace Kryon.Runtime.Layout;

/// <summary>Four style lengths (margin, padding, border widths or insets) before resolution.</summary>
public struct StyleEdges
{
    public Dimension Left;
    public Dimension Right;
    public Dimension Top;
    public Dimension Bottom;

    public StyleEdges(Dimension all)
    {
        Left = Right = Top = Bottom = all;
    }

    public StyleEdges(Dimension left, Dimension right, Dimension top, Dimension bottom)
    {
        Left = left;
        Right = right;
        Top = top;
        Bottom = bottom;
    }

    public static StyleEdges Zero => new(Dimension.Zero);
    public static StyleEdges Auto => new(Dimension.Auto);

    /// <summary>Resolves all four sides against one basis (CSS resolves even vertical padding/margin
    /// percentages against the containing block's width); auto and unresolvable become 0.</summary>
    internal readonly Edges ResolveOrZero(float basis) =>
        new(Left.ResolveOrZero(basis), Right.ResolveOrZero(basis), Top.ResolveOrZero(basis), Bottom.ResolveOrZero(basis));

    internal readonly AutoEdges AutoFlags => new()
    {
        Left = Left.IsAuto, Right = Right.IsAuto, Top = Top.IsAuto, Bottom = Bottom.IsAuto,
    };
}

using Kryon.Values;

namespace Kryon.Runtime.Layout.Kry;

/// <summary>Padding or margin as KRY writes it (KRY.md §5.6): pixels per side.</summary>
public readonly record struct KryInsets(float Top, float Right, float Bottom, float Left)
{
    public static KryInsets Zero => default;
    public static KryInsets All(float px) => new(px, px, px, px);

    internal StyleEdges ToStyleEdges() =>
        new(Dimension.Points(Left), Dimension.Points(Right), Dimension.Points(Top), Dimension.Points(Bottom));
}

/// <summary>The layout-relevant properties of one KRY element, with KRY's defaults (KRY.md §5.2, §6):
/// column/start layout, sizes auto (a pixel size of 0 also means auto, as in the KRB header), no gap.</summary>
public sealed record KryLayoutProperties
{
    public LayoutFlags Layout { get; init; } = LayoutFlags.Default;
    public float Gap { get; init; }
    public float PosX { get; init; }
    public float PosY { get; init; }
    /// <summary>Pixels or a percentage of the parent's content box; <see cref="Dimension.Auto"/> or 0 px = auto.</summary>
    public Dimension Width { get; init; } = Dimension.Auto;
    public Dimension Height { get; init; } = Dimension.Auto;
    public Dimension MinWidth { get; init; } = Dimension.Auto;
    public Dimension MinHeight { get; init; } = Dimension.Auto;
    public Dimension MaxWidth { get; init; } = Dimension.Auto;
    public Dimension MaxHeight { get; init; } = Dimension.Auto;
    public KryInsets Padding { get; init; }
    public KryInsets Margin { get; init; }
    public float BorderWidth { get; init; }
    public bool Visible { get; init; } = true;
    public Overflow Overflow { get; init; }
    /// <summary>width / height, NaN for none.</summary>
    public float AspectRatio { get; init; } = float.NaN;
}

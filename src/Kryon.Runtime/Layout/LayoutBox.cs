namespace Kryon.Runtime.Layout;

/// <summary>A node's border box, relative to its parent's border box.</summary>
public readonly record struct LayoutBox(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;
    public float Bottom => Y + Height;
}

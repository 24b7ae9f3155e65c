using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;

namespace Kryon.Runtime.Elements;

public sealed partial class Element
{
    /// <summary>The border box in window coordinates, as last painted (scroll offsets of ancestors applied).</summary>
    public LayoutBox ScreenBox { get; internal set; }

    /// <summary>The visible part of the window this element may draw into (its ancestors' clips); empty when not painted.</summary>
    public LayoutBox ScreenClip { get; internal set; }

    /// <summary>Whether the element was painted in the last frame (visible, inside a visible parent).</summary>
    public bool IsPainted { get; internal set; }

    /// <summary>How far the content of an `overflow: scroll` element is scrolled.</summary>
    public float ScrollX { get; internal set; }

    public float ScrollY { get; internal set; }

    /// <summary>The extent of the children's boxes relative to the padding box, for clamping scroll offsets.</summary>
    public float ContentWidth { get; internal set; }

    public float ContentHeight { get; internal set; }

    /// <summary>The text run this element drew last frame, reused while its paint inputs are unchanged.</summary>
    internal TextRun? CachedTextRun { get; set; }

    internal ImageRun? CachedImageRun { get; set; }
}

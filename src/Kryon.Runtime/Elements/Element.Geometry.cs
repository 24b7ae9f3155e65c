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
    public float ScrollX
    {
        get;
        internal set
        {
            if (field == value) return;
            field = value;
            RequestRepaint(); // the children move; nothing the property system sees changed
        }
    }

    public float ScrollY
    {
        get;
        internal set
        {
            if (field == value) return;
            field = value;
            RequestRepaint();
        }
    }

    /// <summary>
    /// The border's side widths as layout inset the content by them (`border_width`, each side replaced
    /// by its `border_{side}_width`): painting, scrolling and caret placement use the same ones.
    /// </summary>
    public BorderWidths BorderSides
    {
        get
        {
            float basis = Parent?.LayoutNode.Layout.Width ?? ScreenBox.Width;
            var border = LayoutNode.Style.Border.ResolveOrZero(basis);
            return new BorderWidths(border.Top, border.Right, border.Bottom, border.Left);
        }
    }

    /// <summary>The extent of the children's boxes relative to the padding box, for clamping scroll offsets.</summary>
    public float ContentWidth { get; internal set; }

    public float ContentHeight { get; internal set; }

    /// <summary>
    /// The element must be painted again although none of its properties changed (scrolled, the
    /// caret moved, focus came or went): the display list builder will not reuse its last commands.
    /// Cleared by the builder.
    /// </summary>
    internal bool NeedsRepaint { get; set; }

    /// <summary>
    /// Some descendant changed (properties, structure, <see cref="NeedsRepaint"/>) since the display
    /// list was last built: the builder must look inside this subtree. Cleared by the builder. When
    /// set, it is set on every ancestor too.
    /// </summary>
    internal bool DescendantNeedsRepaint { get; set; }

    /// <summary>Marks the element for repainting (see <see cref="NeedsRepaint"/>); the next frame builds a display list.</summary>
    internal void RequestRepaint()
    {
        NeedsRepaint = true;
        if (!IsAttached) return;
        MarkAncestorsForRepaint();
        Tree.NoteRepaintRequested();
    }

    /// <summary>Tells every ancestor that something under it changed.</summary>
    internal void MarkAncestorsForRepaint()
    {
        // Stops at an ancestor already marked: its own ancestors were marked with it.
        for (var p = Parent; p is not null && !p.DescendantNeedsRepaint; p = p.Parent) p.DescendantNeedsRepaint = true;
    }

    /// <summary>The text run this element drew last frame, reused while its paint inputs are unchanged.</summary>
    internal TextRun? CachedTextRun { get; set; }

    internal ImageRun? CachedImageRun { get; set; }
}

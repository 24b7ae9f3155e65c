namespace Kryon.Runtime.Layout;

/// <summary>One box in the layout tree: a style, children, optional text, and the last layout result.
/// Changing the style, the text or the children marks the node and its ancestors dirty so the next
/// <see cref="LayoutEngine.Compute"/> recomputes only what can have changed.</summary>
public sealed class LayoutNode
{
    private readonly List<LayoutNode> _children = new();
    private LayoutStyle _style;
    private string? _text;

    internal readonly LayoutCache Cache = new();
    /// <summary>Position set by the parent and size from the node's own layout, before rounding.</summary>
    internal LayoutBox Unrounded;
    /// <summary>Absolute (root-relative) unrounded origin used when this node was last rounded.</summary>
    internal float RoundedOriginX = float.NaN, RoundedOriginY = float.NaN;
    /// <summary>True when <see cref="Unrounded"/> changed since the last rounding.</summary>
    internal bool NeedsRounding = true;
    /// <summary>Whether <see cref="Layout"/> holds a rounded box (false: the unrounded one).</summary>
    internal bool WasRounded;
    /// <summary>Some descendant's unrounded box changed since the last rounding.</summary>
    internal bool DescendantNeedsRounding;
    /// <summary>
    /// <see cref="Layout"/> changed value since a consumer last cleared this (the display list
    /// builder: a box that moved or resized must be painted again). Set by the rounding pass.
    /// </summary>
    internal bool BoxChanged;
    /// <summary>Some descendant's <see cref="BoxChanged"/> was set since a consumer last cleared this.</summary>
    internal bool DescendantBoxChanged;

    public LayoutNode(LayoutStyle? style = null, string? text = null)
    {
        _style = style ?? new LayoutStyle();
        _text = text;
    }

    public LayoutNode? Parent { get; private set; }

    public IReadOnlyList<LayoutNode> Children => _children;

    internal List<LayoutNode> ChildList => _children;

    /// <summary>Host data (for example the element this box belongs to); the engine never reads it.</summary>
    public object? Context { get; set; }

    public LayoutStyle Style
    {
        get => _style;
        set
        {
            _style = value;
            MarkDirty();
        }
    }

    /// <summary>Text content measured through the engine's <see cref="ITextMeasurer"/> (leaves only).</summary>
    public string? Text
    {
        get => _text;
        set
        {
            if (_text == value) return;
            _text = value;
            MarkDirty();
        }
    }

    /// <summary>
    /// The content size of a leaf that shows no text but draws something of its own (a Slider's
    /// track): what the box measures when nothing sizes it, like a replaced element's natural size.
    /// </summary>
    public (float Width, float Height)? IntrinsicSize
    {
        get => _intrinsicSize;
        set
        {
            if (_intrinsicSize == value) return;
            _intrinsicSize = value;
            MarkDirty();
        }
    }

    private (float Width, float Height)? _intrinsicSize;

    /// <summary>The final box (rounded to whole pixels when the pass asked for rounding).</summary>
    public LayoutBox Layout { get; internal set; }

    /// <summary>The final box before pixel rounding.</summary>
    public LayoutBox UnroundedLayout => Unrounded;

    public LayoutNode AddChild(LayoutNode child)
    {
        InsertChild(_children.Count, child);
        return child;
    }

    public void InsertChild(int index, LayoutNode child)
    {
        if (child.Parent is not null) throw new InvalidOperationException("The node already has a parent.");
        _children.Insert(index, child);
        child.Parent = this;
        MarkDirty();
    }

    public void RemoveChild(LayoutNode child)
    {
        if (!_children.Remove(child)) return;
        child.Parent = null;
        MarkDirty();
    }

    /// <summary>Invalidates the cached results of this node and its ancestors (whose layout can depend on it).
    /// Call after editing <see cref="Style"/> in place.</summary>
    public void MarkDirty()
    {
        // Walk to the root every time: a hidden ancestor has an empty cache while its own ancestors
        // may still hold results, so an empty cache is no proof that the rest of the path is clean.
        for (LayoutNode? n = this; n is not null; n = n.Parent) n.Cache.Clear();
    }

    /// <summary>Drops every cached result in this subtree (and the ancestors' results), forcing the next pass
    /// to recompute and re-round all of it — for example after the text measurer's fonts changed.</summary>
    public void InvalidateSubtree()
    {
        MarkDirty();
        InvalidateDescendants(this);
    }

    private static void InvalidateDescendants(LayoutNode node)
    {
        node.Cache.Clear();
        node.NeedsRounding = true;
        List<LayoutNode> children = node._children;
        for (int i = 0; i < children.Count; i++) InvalidateDescendants(children[i]);
    }

    /// <summary>Records that <see cref="Layout"/> changed, here and (as a descendant's change) on every ancestor.</summary>
    internal void NoteBoxChanged()
    {
        BoxChanged = true;
        // Stops at an ancestor already marked: its own ancestors were marked with it.
        for (LayoutNode? p = Parent; p is not null && !p.DescendantBoxChanged; p = p.Parent) p.DescendantBoxChanged = true;
    }

    internal void SetUnrounded(in LayoutBox box)
    {
        if (Unrounded == box) return;
        Unrounded = box;
        NeedsRounding = true;
        // Let the rounding pass find this node without walking unchanged subtrees.
        for (LayoutNode? p = Parent; p is not null && !p.DescendantNeedsRounding; p = p.Parent) p.DescendantNeedsRounding = true;
    }
}

using Kryon.Registry;

namespace Kryon.Runtime.Elements;

/// <summary>
/// The element tree of a running app (seed 000's ElementManager): creation, parent/child links,
/// lookup by id and by handle, the app's styles, and the record of what changed since the last
/// frame so that the frame loop only redoes what it must.
/// </summary>
public sealed class ElementTree
{
    private readonly List<Element?> _byHandle = [null]; // handle 0 is "no element"
    private readonly Dictionary<string, Element> _byId = new(StringComparer.Ordinal);
    private readonly List<Element> _layoutChanged = [];
    private readonly List<Element> _changed = [];
    private readonly Dictionary<string, RuntimeStyle> _stylesByName = new(StringComparer.Ordinal);

    public Element? Root { get; private set; }

    public IReadOnlyList<RuntimeStyle> Styles { get; private set; } = [];

    /// <summary>Elements whose layout style must be rebuilt before the next layout pass.</summary>
    public IReadOnlyList<Element> LayoutChanged => _layoutChanged;

    /// <summary>Elements with any change since the display list was last built (the frame's onUpdate candidates).</summary>
    public IReadOnlyList<Element> Changed => _changed;

    /// <summary>True when something visible changed since the display list was last built.</summary>
    public bool NeedsPaint { get; private set; }

    /// <summary>True when the tree's shape changed (elements added, removed, moved).</summary>
    public bool StructureChanged { get; private set; }

    /// <summary>How many elements are attached (live) in the tree.</summary>
    public int Count { get; private set; }

    /// <summary>One more than the largest handle given out: per-element tables indexed by handle have this many slots.</summary>
    internal int HandleLimit => _byHandle.Count;

    public Element Create(byte typeCode, string? id = null)
    {
        var element = new Element(this, _byHandle.Count, typeCode) { Id = id };
        _byHandle.Add(element);
        return element;
    }

    public Element Create(ElementKind kind, string? id = null) => Create((byte)kind, id);

    public void SetRoot(Element root)
    {
        if (Root is not null) throw new InvalidOperationException("the tree already has a root");
        Root = root;
        Attach(root);
    }

    public void AppendChild(Element parent, Element child) => InsertChild(parent, parent.Children.Count, child);

    public void InsertChild(Element parent, int index, Element child)
    {
        if (child.Parent is not null || child == Root) throw new InvalidOperationException($"{child} already has a parent");
        if (parent == child || parent.IsDescendantOf(child)) throw new InvalidOperationException($"{child} cannot become a descendant of itself");
        parent.InsertChild(Math.Clamp(index, 0, parent.Children.Count), child);
        if (parent.IsAttached) Attach(child);
    }

    /// <summary>Detaches an element and its subtree; returns the detached elements in pre-order.</summary>
    public IReadOnlyList<Element> Remove(Element element)
    {
        if (element.Parent is not { } parent) throw new InvalidOperationException($"{element} is not in the tree or is the root");
        parent.RemoveChild(element);
        var removed = element.DescendantsAndSelf().ToList();
        foreach (var e in removed)
        {
            e.IsAttached = false;
            Count--;
            if (e.Id is { } id && _byId.TryGetValue(id, out var holder) && holder == e)
            {
                _byId.Remove(id);
                var next = Root?.DescendantsAndSelf().FirstOrDefault(x => x.Id == id);
                if (next is not null) _byId[id] = next;
            }
        }
        return removed;
    }

    private void Attach(Element subtree)
    {
        foreach (var e in subtree.DescendantsAndSelf())
        {
            e.IsAttached = true;
            Count++;
            if (e.Id is { } id) _byId.TryAdd(id, e);
            // On the element too, not only queued: what it cached for painting (text runs) may
            // predate changes made while it was detached, or just before it was removed.
            e.Changes |= ElementChanges.Layout | ElementChanges.Paint;
            NoteChanged(e, ElementChanges.Layout | ElementChanges.Paint);
        }
    }

    /// <summary>The first attached element with this id in tree order (`getElementById`).</summary>
    public Element? GetElementById(string id) => _byId.GetValueOrDefault(id);

    public Element? GetByHandle(int handle) => handle > 0 && handle < _byHandle.Count ? _byHandle[handle] : null;

    public IEnumerable<Element> Elements => Root?.DescendantsAndSelf() ?? [];

    // ---- styles ----------------------------------------------------------------------------------

    internal void SetStyles(IReadOnlyList<RuntimeStyle> styles)
    {
        Styles = styles;
        foreach (var s in styles) _stylesByName[s.Name] = s;
    }

    public RuntimeStyle? FindStyle(string name) => _stylesByName.GetValueOrDefault(name);

    public RuntimeStyle? GetStyle(int id) => id >= 1 && id <= Styles.Count ? Styles[id - 1] : null;

    // ---- change tracking -------------------------------------------------------------------------

    internal void NoteChanged(Element element, ElementChanges changes)
    {
        if (!element.IsAttached) return;
        if (!element.QueuedAsChanged)
        {
            element.QueuedAsChanged = true;
            _changed.Add(element);
        }
        if ((changes & ElementChanges.Layout) != 0 && !element.QueuedForLayout)
        {
            element.QueuedForLayout = true;
            _layoutChanged.Add(element);
        }
        if ((changes & (ElementChanges.Paint | ElementChanges.Layout)) != 0) NeedsPaint = true;
        if ((changes & ElementChanges.Structure) != 0) StructureChanged = true;
        // The display list builder finds changed elements by walking down marked ancestors.
        if ((changes & (ElementChanges.Paint | ElementChanges.Layout | ElementChanges.Structure)) != 0) element.MarkAncestorsForRepaint();
    }

    /// <summary>An element asked to be painted again without a property change (<see cref="Element.RequestRepaint"/>).</summary>
    internal void NoteRepaintRequested() => NeedsPaint = true;

    /// <summary>Called by the frame loop once it has rebuilt layout styles.</summary>
    internal void ClearLayoutChanges()
    {
        foreach (var e in _layoutChanged)
        {
            e.Changes &= ~ElementChanges.Layout;
            e.QueuedForLayout = false;
        }
        _layoutChanged.Clear();
        StructureChanged = false;
    }

    /// <summary>Called by the frame loop once the display list reflects the tree.</summary>
    internal void ClearPaintChanges()
    {
        foreach (var e in _changed)
        {
            e.Changes &= ~(ElementChanges.Paint | ElementChanges.Structure);
            e.QueuedAsChanged = false;
        }
        _changed.Clear();
        NeedsPaint = false;
    }
}

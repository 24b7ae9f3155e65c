using Kryon.Registry;
using Kryon.Runtime.Layout;
using Kryon.Values;

namespace Kryon.Runtime.Elements;

/// <summary>
/// One element of the running app. Its properties come in layers that are resolved in KRY.md
/// §6.3's order: registry defaults → style → the element's own properties (including values
/// bindings recompute) → active state sets → script changes → contextual defaults → inheritance.
/// Resolved values are cached per element and invalidated when a layer or the state changes.
/// </summary>
public sealed partial class Element : Styling.IPropertySource
{
    private readonly List<Element> _children = [];
    private readonly List<StateSet> _stateSets = [];
    private readonly List<EventHandlerEntry> _handlers = [];
    private RuntimeStyle? _style;
    private InteractionState _state;

    internal Element(ElementTree tree, int handle, byte typeCode)
    {
        Tree = tree;
        Handle = handle;
        TypeCode = typeCode;
        Info = ElementRegistry.TryGet(typeCode, out var info) ? info : null;
        _computed = NewComputedCache();
        LayoutNode = new LayoutNode { Context = this };
    }

    public ElementTree Tree { get; }

    /// <summary>Unique for the lifetime of the runtime; scripts hold elements by handle.</summary>
    public int Handle { get; }

    public byte TypeCode { get; }

    /// <summary>The registry entry of a standard element type; null for custom types (0x31–0xFF).</summary>
    public ElementInfo? Info { get; }

    public string TypeName => Info?.Name ?? $"Custom(0x{TypeCode:X2})";

    public bool Is(ElementKind kind) => TypeCode == (byte)kind;

    public string? Id { get; internal set; }

    public Element? Parent { get; private set; }

    public IReadOnlyList<Element> Children => _children;

    /// <summary>False once removed from the tree (a script may still hold its handle).</summary>
    public bool IsAttached { get; internal set; }

    /// <summary>The component this element is the instance root of (KRY.md §10.5 step 6), or null.</summary>
    public string? ComponentName { get; internal set; }

    /// <summary>The element's own properties (KRY.md §6.3 step 3); bindings write here.</summary>
    internal PropertyMap Own { get; } = new();

    /// <summary>Values set by scripts (step 5); they win over everything but contextual defaults and inheritance of unset values.</summary>
    internal PropertyMap ScriptValues { get; } = new();

    /// <summary>Custom properties the runtime does not interpret (KRB.md §7), by key, as literals.</summary>
    public Dictionary<string, Literal> Custom { get; } = new(StringComparer.Ordinal);

    private LayoutFlags _layoutByte;

    /// <summary>The header's layout byte (KRY `layout:` words, KRB.md §5.1).</summary>
    public LayoutFlags LayoutByte
    {
        get => _layoutByte;
        internal set
        {
            if (_layoutByte == value) return;
            _layoutByte = value;
            Invalidate(ElementChanges.Layout | ElementChanges.Paint);
        }
    }

    LayoutFlags Styling.IPropertySource.Layout => LayoutByte;

    PropertyValue? Styling.IPropertySource.Get(string propertyName) =>
        PropertyRegistry.TryGet(propertyName, out var p) ? GetWithoutDefault(p) : null;

    public LayoutNode LayoutNode { get; }

    /// <summary>What must be redone for this element before the next frame (see <see cref="ElementChanges"/>).</summary>
    public ElementChanges Changes { get; internal set; }

    internal bool QueuedForLayout { get; set; }

    internal bool QueuedAsChanged { get; set; }

    public RuntimeStyle? Style => _style;

    public IReadOnlyList<StateSet> StateSets => _stateSets;

    public IReadOnlyList<EventHandlerEntry> Handlers => _handlers;

    public InteractionState State => _state;

    public override string ToString() => Id is null ? $"{TypeName}@{Handle}" : $"{TypeName}#{Id}";

    // ---- structure --------------------------------------------------------------------------

    internal void InsertChild(int index, Element child)
    {
        child.Parent = this;
        _children.Insert(index, child);
        LayoutNode.InsertChild(index, child.LayoutNode);
        Invalidate(ElementChanges.Structure | ElementChanges.Layout | ElementChanges.Paint);
    }

    internal void RemoveChild(Element child)
    {
        _children.Remove(child);
        LayoutNode.RemoveChild(child.LayoutNode);
        child.Parent = null;
        Invalidate(ElementChanges.Structure | ElementChanges.Layout | ElementChanges.Paint);
    }

    /// <summary>Pre-order walk of this element and its descendants.</summary>
    public IEnumerable<Element> DescendantsAndSelf()
    {
        var stack = new Stack<Element>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            for (int i = e._children.Count - 1; i >= 0; i--) stack.Push(e._children[i]);
        }
    }

    public bool IsDescendantOf(Element ancestor)
    {
        for (var e = Parent; e is not null; e = e.Parent)
            if (e == ancestor) return true;
        return false;
    }

    // ---- layers -------------------------------------------------------------------------------

    internal void SetStyle(RuntimeStyle? style)
    {
        if (ReferenceEquals(_style, style)) return;
        _style = style;
        InvalidateProperties(layoutToo: true, inheritedToo: true);
    }

    internal void AddStateSet(StateSet set) => _stateSets.Add(set);

    internal void AddHandler(EventHandlerEntry handler) => _handlers.Add(handler);

    public EventHandlerEntry? FindHandler(string eventName)
    {
        foreach (var h in _handlers)
            if (h.EventName == eventName) return h;
        return null;
    }

    /// <summary>Sets one of the element's own properties (load, bindings). Returns whether anything changed.</summary>
    internal bool SetOwn(PropertyInfo property, PropertyValue value)
    {
        if (!Own.Set(property, value)) return false;
        PropertyChanged(property);
        return true;
    }

    /// <summary>Removes one of the element's own properties (a snapshot restore undoing an input change).</summary>
    internal bool ClearOwn(PropertyInfo property)
    {
        if (!Own.Remove(property)) return false;
        PropertyChanged(property);
        return true;
    }

    internal bool SetScriptValue(PropertyInfo property, PropertyValue value)
    {
        if (!ScriptValues.Set(property, value)) return false;
        PropertyChanged(property);
        return true;
    }

    internal bool ClearScriptValue(PropertyInfo property)
    {
        if (!ScriptValues.Remove(property)) return false;
        PropertyChanged(property);
        return true;
    }

    /// <summary>Turns interaction-state bits on or off; the state sets that apply change with them.</summary>
    internal bool SetState(InteractionState bits, bool on)
    {
        var next = on ? _state | bits : _state & ~bits;
        if (next == _state) return false;
        var before = _state;
        _state = next;
        if ((bits & InteractionState.Checked) != 0 && (Is(ElementKind.Checkbox) || Is(ElementKind.Radio))) Invalidate(ElementChanges.Layout | ElementChanges.Paint);
        // Only sets whose applicability changed alter the resolved values.
        foreach (var set in _stateSets)
        {
            if (set.AppliesIn(before) == set.AppliesIn(next)) continue;
            bool layout = false, inherited = false;
            for (int i = 0; i < set.Properties.Count; i++)
            {
                var p = set.Properties.KeyAt(i);
                layout |= p.AffectsLayout;
                inherited |= p.Inherited;
            }
            InvalidateProperties(layout, inherited);
        }
        return true;
    }

    /// <summary>Restores the state bits exactly (snapshots).</summary>
    internal void RestoreState(InteractionState state)
    {
        if (state == _state) return;
        _state = state;
        InvalidateProperties(layoutToo: true, inheritedToo: true);
    }

    private void PropertyChanged(PropertyInfo property)
    {
        InvalidateProperties(property.AffectsLayout || property.Name is "text" or "value" or "placeholder", property.Inherited);
        if (property.Name == "disabled") SyncDisabledState();
        if (property.Name == "checked") SyncCheckedState();
    }

    /// <summary>The `disabled` property drives the Disabled state bit (KRY.md §9).</summary>
    internal void SyncDisabledState() => SetState(InteractionState.Disabled, Get(Props.Disabled) is BoolValue { Value: true });

    internal void SyncCheckedState() => SetState(InteractionState.Checked, Get(Props.Checked) is BoolValue { Value: true });

    internal void Invalidate(ElementChanges changes)
    {
        if ((Changes & changes) == changes) return;
        Changes |= changes;
        Tree.NoteChanged(this, changes);
    }

    private void InvalidateProperties(bool layoutToo, bool inheritedToo)
    {
        ResetComputed();
        if (inheritedToo)
            foreach (var d in DescendantsAndSelf())
            {
                d.ResetComputed();
                d.Invalidate(layoutToo ? ElementChanges.Layout | ElementChanges.Paint : ElementChanges.Paint);
            }
        else
            Invalidate(layoutToo ? ElementChanges.Layout | ElementChanges.Paint : ElementChanges.Paint);
    }
}

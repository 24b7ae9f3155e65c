using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Layout;
using Kryon.Values;

namespace Kryon.Runtime.Rendering;

/// <summary>
/// The incremental part of the builder: per-element records of where each element's commands went
/// in the last list, the double-buffered command arrays, the reuse test, and the damage record.
///
/// <para>Records. An element's commands (its own, then its children's, wrapped in its opacity
/// group) are one contiguous run of the list. Each element keeps, indexed by handle, the run's
/// offset from its parent's run, its length, and what the run was painted for: the window box,
/// the clip, and the padding basis (the parent's width, which percentage padding resolves
/// against). Offsets are relative to the parent, so a run copied to a new place keeps every
/// record inside it valid without touching them. Build numbers say which records are current: a
/// record was placed by the build that last painted its parent's children
/// (<see cref="PaintRecord.ParentBuild"/> equals the parent's <see cref="PaintRecord.ContentBuild"/>);
/// any other record is stale (the element was not painted under that parent in the last list).</para>
///
/// <para>What forces a repaint. Property changes (<see cref="Element.Changes"/>), repaint requests
/// (<see cref="Element.NeedsRepaint"/>: scroll, caret, focus) and boxes the layout moved
/// (<see cref="LayoutNode.BoxChanged"/>) are each marked on every ancestor too, so the builder
/// descends only into subtrees with something inside and copies every other one whole. The
/// builder clears the marks of what it paints (and of the subtrees of hidden and transparent
/// elements, which it does not paint), so after a build no attached element is marked.</para>
///
/// <para>Damage. An element whose own inputs changed (a property, a repaint request, its box, its
/// clip or basis, or no usable record) is a damage source: the bounds of its old run (from the
/// previous list) and of its new run, each clipped to the clip it was drawn in, are added to
/// the list's damage. Its descendants are inside those runs, so they add nothing more. A new
/// size, a new background or the first build damage the whole window.</para>
/// </summary>
public sealed partial class DisplayListBuilder
{
    private const ElementChanges Dirty = ElementChanges.Paint | ElementChanges.Layout | ElementChanges.Structure;

    private PaintRecord[] _records = [];
    private DisplayCommand[] _previous = [];
    private DisplayCommand[] _spare = [];
    private int _previousCount;
    private DisplayList? _list;
    private int _listVersion = -1;
    private int _build;
    private Element? _lastFocused;

    /// <summary>
    /// Whether builds may copy unchanged subtrees from the previous list (on by default). Off, every
    /// build writes every command again (records are still kept, so turning it back on works at once).
    /// </summary>
    public bool Incremental { get; set; } = true;

    /// <summary>
    /// A reference build (tests): nothing is copied and every text and image run is made anew,
    /// ignoring the per-element caches. Run it after the runtime's own build of the frame.
    /// </summary>
    internal bool FromScratch { get; set; }

    /// <summary>What the last build did (how much it copied and how much it wrote).</summary>
    public DisplayListStats Stats { get; } = new();

    /// <summary>Where an element's commands went in the last list, and what they were painted for.</summary>
    private struct PaintRecord
    {
        /// <summary>Start of the run, relative to the start of the parent's run (the root's: to 0).</summary>
        public int Offset;
        public int Count;
        /// <summary>The build that last painted this element itself (and placed its children).</summary>
        public int ContentBuild;
        /// <summary>The build that placed this run in its parent's run.</summary>
        public int ParentBuild;
        public int ParentHandle;
        public LayoutBox Box;
        public LayoutBox Clip;
        public float Basis;
    }

    /// <summary>The parent's run, as its children see it while being painted.</summary>
    private readonly record struct PaintParent(int Handle, int NewStart, int OldStart, int OldContentBuild, bool Damaged, bool DamageSource);

    private PaintParent BeginBuild(ElementTree tree, DisplayList list, float width, float height, Color background)
    {
        bool reuse = Incremental && !FromScratch && ReferenceEquals(list, _list) && list.Version == _listVersion;
        bool fullDamage = !reuse || width != list.Width || height != list.Height || background != list.Background;
        _previous = list.BeginBuild(_spare, out _previousCount);
        _build++;
        Stats.Begin(reuse);
        if (_records.Length < tree.HandleLimit) Array.Resize(ref _records, Math.Max(tree.HandleLimit, _records.Length * 2));
        // Set Width/Height before the damage, which is clipped to the window.
        list.Width = width;
        list.Height = height;
        if (fullDamage) list.SetFullDamage();
        MarkFocusForRepaint();
        // The root's virtual parent: the whole previous list, placed by the previous build.
        return new PaintParent(0, 0, reuse ? 0 : -1, _build - 1, Damaged: list.DamageIsFull, DamageSource: false);
    }

    private void EndBuild(DisplayList list)
    {
        Stats.End(list.Count);
        _spare = _previous; // the previous frame's buffer receives the next frame
        _previous = [];
        _previousCount = 0;
        list.Publish();
        _list = list;
        _listVersion = list.Version;
    }

    /// <summary>
    /// The caret is drawn from the editor and the focus, which no property records: the focused
    /// Input is painted every build, and an element that gains or loses focus once.
    /// </summary>
    private void MarkFocusForRepaint()
    {
        if (!ReferenceEquals(Focused, _lastFocused))
        {
            MarkForRepaint(_lastFocused);
            _lastFocused = Focused;
            MarkForRepaint(Focused);
        }
        else if (Focused is { } focused && focused.Is(ElementKind.Input)) MarkForRepaint(focused);
    }

    /// <summary>Marks an element for this build only (the tree's NeedsPaint stays as it is: the build is already running).</summary>
    private static void MarkForRepaint(Element? e)
    {
        if (e is not { IsAttached: true }) return;
        e.NeedsRepaint = true;
        e.MarkAncestorsForRepaint();
    }

    /// <summary>
    /// Copies the element's run from the previous list when nothing in its subtree changed and it is
    /// painted where it was (same box, clip and padding basis). Otherwise records the new run's
    /// start, adds the old run's bounds to the damage when the element itself changed, clears the
    /// element's change marks, and returns what its children need to find their own old runs.
    /// </summary>
    private bool TryReuse(Element e, DisplayList list, LayoutBox box, LayoutBox clip, in PaintParent parent, out PaintParent self)
    {
        ref var record = ref _records[e.Handle];
        var node = e.LayoutNode;
        int start = list.Count;
        float basis = e.Parent?.LayoutNode.Layout.Width ?? box.Width;
        int oldStart = -1;
        if (parent.OldStart >= 0 && record.ParentBuild == parent.OldContentBuild && record.ParentHandle == parent.Handle)
        {
            int at = parent.OldStart + record.Offset;
            if (at >= 0 && record.Count >= 0 && at + record.Count <= _previousCount) oldStart = at;
        }
        bool changed = oldStart < 0 || (e.Changes & Dirty) != 0 || e.NeedsRepaint || node.BoxChanged
            || box != record.Box || clip != record.Clip || basis != record.Basis;
        if (!changed && !e.DescendantNeedsRepaint && !node.DescendantBoxChanged)
        {
            list.AddRange(_previous.AsSpan(oldStart, record.Count));
            record.Offset = start - parent.NewStart;
            record.ParentBuild = _build;
            Stats.SubtreesReused++;
            Stats.CommandsCopied += record.Count;
            self = default;
            return true;
        }

        bool source = changed && !parent.Damaged;
        if (source && oldStart >= 0) AddDamage(list, _previous.AsSpan(oldStart, record.Count), record.Clip);
        self = new PaintParent(e.Handle, start, oldStart, oldStart >= 0 ? record.ContentBuild : -1, parent.Damaged || source, source);
        record = new PaintRecord
        {
            Offset = start - parent.NewStart,
            ContentBuild = _build,
            ParentBuild = _build,
            ParentHandle = parent.Handle,
            Box = box,
            Clip = clip,
            Basis = basis,
        };
        e.NeedsRepaint = false;
        e.DescendantNeedsRepaint = false;
        node.BoxChanged = false;
        node.DescendantBoxChanged = false;
        Stats.ElementsPainted++;
        return false;
    }

    /// <summary>Closes the element's run: its length, and its new bounds as damage when it is a damage source.</summary>
    private void EndElement(Element e, DisplayList list, LayoutBox clip, in PaintParent self)
    {
        _records[e.Handle].Count = list.Count - self.NewStart;
        if (self.DamageSource) AddDamage(list, list.Commands[self.NewStart..], clip);
    }

    /// <summary>
    /// The subtree under a hidden or fully transparent element is not painted: its change marks are
    /// cleared here (so that later changes mark the ancestors again), and a text or image run
    /// cached before a change it did not see is dropped (so it is made anew when shown again).
    /// </summary>
    private static void ForgetChildren(Element e, bool unpaint)
    {
        var children = e.Children;
        for (int i = 0; i < children.Count; i++)
        {
            var d = children[i];
            if (unpaint) d.IsPainted = false;
            if ((d.Changes & (ElementChanges.Paint | ElementChanges.Layout)) != 0)
            {
                d.CachedTextRun = null;
                d.CachedImageRun = null;
            }
            d.Changes &= ~(ElementChanges.Paint | ElementChanges.Structure);
            d.NeedsRepaint = false;
            d.DescendantNeedsRepaint = false;
            d.LayoutNode.BoxChanged = false;
            d.LayoutNode.DescendantBoxChanged = false;
            ForgetChildren(d, unpaint);
        }
    }

    /// <summary>
    /// Adds the bounds of what <paramref name="commands"/> (one element's balanced run) draw to the
    /// list's damage: each command's bounds inside the clip in force where it is drawn (the run's
    /// <paramref name="clip"/>, narrowed by the run's own clips: scrolled content outside its
    /// scroller is not damage).
    /// </summary>
    private static void AddDamage(DisplayList list, ReadOnlySpan<DisplayCommand> commands, LayoutBox clip)
    {
        const int MaxDepth = 16;
        Span<LayoutBox> outer = stackalloc LayoutBox[MaxDepth];
        int depth = 0;
        var current = clip;
        float x0 = float.PositiveInfinity, y0 = float.PositiveInfinity, x1 = float.NegativeInfinity, y1 = float.NegativeInfinity;
        foreach (ref readonly var c in commands)
        {
            var b = c.Bounds;
            switch (c.Kind)
            {
                case DisplayCommandKind.PushClip:
                    // Deeper than the stack holds: keep the outer clip (more damage, never less).
                    if (depth < MaxDepth) (outer[depth], current) = (current, Intersect(current, b, includeOverflow: false, current));
                    depth++;
                    continue;
                case DisplayCommandKind.PopClip:
                    if (depth > 0 && --depth < MaxDepth) current = outer[depth];
                    continue;
                case DisplayCommandKind.PushOpacity or DisplayCommandKind.PopOpacity:
                    continue; // they draw nothing themselves
                case DisplayCommandKind.Text:
                    // Text is drawn even in a box without height (it overflows): give it a pixel so it counts.
                    if (b.Width <= 0) continue;
                    b = b with { Height = Math.Max(1, b.Height) };
                    break;
                default:
                    if (!(b.Width > 0 && b.Height > 0)) continue;
                    break;
            }
            float left = Math.Max(b.X, current.X), top = Math.Max(b.Y, current.Y);
            float right = Math.Min(b.Right, current.Right), bottom = Math.Min(b.Bottom, current.Bottom);
            if (!(right > left && bottom > top)) continue;
            x0 = Math.Min(x0, left);
            y0 = Math.Min(y0, top);
            x1 = Math.Max(x1, right);
            y1 = Math.Max(y1, bottom);
        }
        if (x1 > x0 && y1 > y0) list.AddDamage(new LayoutBox(x0, y0, x1 - x0, y1 - y0));
    }
}

/// <summary>What the last <see cref="DisplayListBuilder.Build"/> did: how much it copied from the previous list and how much it wrote.</summary>
public sealed class DisplayListStats
{
    /// <summary>Builds so far.</summary>
    public long Builds { get; private set; }

    /// <summary>Whether the last build could copy from the previous list (false for the first build, or when <see cref="DisplayListBuilder.Incremental"/> is off).</summary>
    public bool Incremental { get; private set; }

    /// <summary>Elements whose own commands the last build wrote.</summary>
    public int ElementsPainted { get; internal set; }

    /// <summary>Subtrees the last build copied whole from the previous list.</summary>
    public int SubtreesReused { get; internal set; }

    /// <summary>Commands the last build copied from the previous list.</summary>
    public int CommandsCopied { get; internal set; }

    /// <summary>Commands the last build wrote anew.</summary>
    public int CommandsBuilt { get; private set; }

    internal void Begin(bool incremental)
    {
        Builds++;
        Incremental = incremental;
        ElementsPainted = 0;
        SubtreesReused = 0;
        CommandsCopied = 0;
        CommandsBuilt = 0;
    }

    internal void End(int total) => CommandsBuilt = total - CommandsCopied;

    public override string ToString() =>
        $"{(Incremental ? "incremental" : "full")} build: {ElementsPainted} elements painted, {SubtreesReused} subtrees reused, {CommandsCopied} commands copied, {CommandsBuilt} built";
}

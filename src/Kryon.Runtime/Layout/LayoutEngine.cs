namespace Kryon.Runtime.Layout;

/// <summary>Lays out a <see cref="LayoutNode"/> tree: flexbox containers, absolutely positioned boxes and
/// measured leaves, with per-node caching so that a pass after a small change only recomputes the nodes
/// whose inputs changed. Not thread-safe: one engine lays out one tree at a time. Cached results live in
/// the nodes and depend on the measurer, so after switching measurers (or fonts) call
/// <see cref="LayoutNode.InvalidateSubtree"/> on the root.</summary>
public sealed class LayoutEngine
{
    private readonly ITextMeasurer _measurer;
    private readonly FlexLayout _flex;

    public LayoutEngine(ITextMeasurer measurer)
    {
        _measurer = measurer;
        _flex = new FlexLayout(this);
    }

    /// <summary>Counters for the most recent <see cref="Compute"/> call.</summary>
    public LayoutStats Stats { get; } = new();

    /// <summary>Lays out <paramref name="root"/> in the given space and stores every node's box in
    /// <see cref="LayoutNode.Layout"/> (rounded to whole pixels when <paramref name="round"/> is set).</summary>
    public void Compute(LayoutNode root, AvailableSpace width, AvailableSpace height, bool round = true)
    {
        Stats.Reset();
        Size2 parentSize = new(width.AsOptional, height.AsOptional);
        Size2 known = _flex.ResolveRootSizingKeywords(root, width, height);
        LayoutOutput output = ComputeChild(root, known, parentSize, width, height, SizingMode.InherentSize, RunMode.PerformLayout);
        root.SetUnrounded(new LayoutBox(0, 0, output.Size.Width, output.Size.Height));
        PixelRounding.Apply(root, round, Stats);
    }

    /// <summary>Lays out in a definite viewport.</summary>
    public void Compute(LayoutNode root, float width, float height, bool round = true) =>
        Compute(root, AvailableSpace.Definite(width), AvailableSpace.Definite(height), round);

    internal float MeasureChildSize(LayoutNode node, Size2 known, Size2 parentSize, AvailableSpace availW, AvailableSpace availH,
        SizingMode sizingMode, bool widthAxis)
    {
        RequestedAxis axis = widthAxis ? RequestedAxis.Width : RequestedAxis.Height;
        Size2 size = ComputeChild(node, known, parentSize, availW, availH, sizingMode, RunMode.ComputeSize, axis).Size;
        return widthAxis ? size.Width : size.Height;
    }

    internal LayoutOutput PerformChildLayout(LayoutNode node, Size2 known, Size2 parentSize, AvailableSpace availW, AvailableSpace availH,
        SizingMode sizingMode) =>
        ComputeChild(node, known, parentSize, availW, availH, sizingMode, RunMode.PerformLayout);

    /// <summary>Answers from the node's cache when the same constraints were seen, else dispatches on the
    /// node's kind (hidden, flex container, leaf) and caches the result.</summary>
    internal LayoutOutput ComputeChild(LayoutNode node, Size2 known, Size2 parentSize, AvailableSpace availW, AvailableSpace availH,
        SizingMode sizingMode, RunMode runMode, RequestedAxis axis = RequestedAxis.Both)
    {
        List<LayoutNode> children = node.ChildList;
        if (children.Count == 0 && node.Text is null && node.IntrinsicSize is null && node.Style.Display == Display.Flex)
        {
            // An empty box is cheaper to size than to look up: skip the cache for it.
            Stats.NodesComputed++;
            if (runMode == RunMode.PerformLayout) Stats.NodesLaidOut++;
            return LeafLayout.ComputeEmptyBox(node.Style, known, parentSize, sizingMode, runMode);
        }

        LayoutInput input = new()
        {
            KnownDimensions = known,
            ParentSize = parentSize,
            AvailableWidth = availW,
            AvailableHeight = availH,
            SizingMode = sizingMode,
            RunMode = runMode,
            Axis = runMode == RunMode.ComputeSize ? axis : RequestedAxis.Both,
        };
        if (node.Cache.TryGet(in input, out LayoutOutput cached))
        {
            Stats.CacheHits++;
            return cached;
        }

        Stats.NodesComputed++;
        if (runMode == RunMode.PerformLayout) Stats.NodesLaidOut++;

        if (node.Style.Display == Display.None)
        {
            ComputeHidden(node);
            return LayoutOutput.Hidden;
        }
        LayoutOutput output = children.Count > 0 ? _flex.Compute(node, in input) : LeafLayout.Compute(node, in input, _measurer, Stats);
        node.Cache.Store(in input, in output);
        return output;
    }

    /// <summary>display:none — the node and its whole subtree get empty boxes at the origin.</summary>
    internal void ComputeHidden(LayoutNode node)
    {
        node.Cache.Clear();
        node.SetUnrounded(default);
        List<LayoutNode> children = node.ChildList;
        for (int i = 0; i < children.Count; i++) ComputeHidden(children[i]);
    }
}

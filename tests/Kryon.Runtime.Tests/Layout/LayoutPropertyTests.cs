using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Layout;

namespace Kryon.Runtime.Tests.Layout;

/// <summary>Invariants of the layout engine over random trees (FsCheck).</summary>
public class LayoutPropertyTests
{
    private static bool IsSane(LayoutBox b) =>
        float.IsFinite(b.X) && float.IsFinite(b.Y) && float.IsFinite(b.Width) && float.IsFinite(b.Height) && b.Width >= 0 && b.Height >= 0;

    [Fact]
    public void RandomTreesNeverProduceNaNInfiniteOrNegativeSizes()
    {
        Prop.ForAll(RandomLayoutTrees.Trees(), spec =>
        {
            LayoutNode root = RandomLayoutTrees.Build(spec);
            T.Engine().Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
            return T.Flatten(root).All(n => IsSane(n.Layout) && IsSane(n.UnroundedLayout));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RandomTreesInADefiniteViewportStayFinite()
    {
        Prop.ForAll(RandomLayoutTrees.Trees(), spec =>
        {
            LayoutNode root = RandomLayoutTrees.Build(spec);
            T.Engine().Compute(root, 300, 200);
            return T.Flatten(root).All(n => IsSane(n.Layout));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ChildrenOfAFixedSizeOverflowHiddenContainerAreClippedInsideIt()
    {
        Prop.ForAll(RandomLayoutTrees.Trees(depth: 2), spec =>
        {
            LayoutNode content = RandomLayoutTrees.Build(spec, isRoot: false);
            LayoutNode container = T.Node(s =>
            {
                s.Width = T.Px(120);
                s.Height = T.Px(80);
                s.OverflowX = Overflow.Hidden;
                s.OverflowY = Overflow.Hidden;
                s.Border = new StyleEdges(T.Px(3));
            }, content);
            LayoutNode root = T.Node(s => s.Padding = new StyleEdges(T.Px(10)), container);
            T.Engine().Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);

            LayoutBox clip = VisibleBounds.AbsoluteBox(container);
            return T.Flatten(container).Skip(1).All(n =>
            {
                LayoutBox v = VisibleBounds.Compute(n);
                // A fully clipped node has an empty visible box; there is nothing to place.
                bool empty = v.Width == 0 || v.Height == 0;
                return IsSane(v) && (empty || (v.X >= clip.X + 3 && v.Right <= clip.Right - 3 && v.Y >= clip.Y + 3 && v.Bottom <= clip.Bottom - 3));
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void LayingOutTwiceGivesIdenticalResults()
    {
        Prop.ForAll(RandomLayoutTrees.Trees(), spec =>
        {
            LayoutNode a = RandomLayoutTrees.Build(spec);
            LayoutNode b = RandomLayoutTrees.Build(spec);
            LayoutEngine engine = T.Engine();
            engine.Compute(a, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
            List<LayoutBox> first = T.Flatten(a).Select(n => n.Layout).ToList();
            engine.Compute(a, AvailableSpace.MaxContent, AvailableSpace.MaxContent); // second pass, from the caches
            T.Engine().Compute(b, AvailableSpace.MaxContent, AvailableSpace.MaxContent); // fresh engine, fresh tree
            return first.SequenceEqual(T.Flatten(a).Select(n => n.Layout)) && first.SequenceEqual(T.Flatten(b).Select(n => n.Layout));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RoundingKeepsTouchingEdgesTouching()
    {
        Prop.ForAll(RandomLayoutTrees.Trees(), spec =>
        {
            LayoutNode root = RandomLayoutTrees.Build(spec);
            T.Engine().Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
            foreach (LayoutNode parent in T.Flatten(root))
            {
                IReadOnlyList<LayoutNode> children = parent.Children;
                for (int i = 0; i < children.Count; i++)
                {
                    LayoutBox box = children[i].Layout, exact = children[i].UnroundedLayout;
                    // Children stay inside a parent they were inside, and every rounded edge is a whole pixel.
                    if (exact.X >= 0 && exact.Right <= parent.UnroundedLayout.Width && (box.X < 0 || box.Right > parent.Layout.Width)) return false;
                    for (int j = 0; j < children.Count; j++)
                    {
                        LayoutBox other = children[j].Layout, otherExact = children[j].UnroundedLayout;
                        if (exact.Right == otherExact.X && box.Right != other.X) return false;
                        if (exact.Bottom == otherExact.Y && box.Bottom != other.Y) return false;
                    }
                }
            }
            return T.Flatten(root).All(n => n.Layout.X == MathF.Round(n.Layout.X) && n.Layout.Width == MathF.Round(n.Layout.Width));
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>A random edit: which node (index into pre-order), and new choices for its style.</summary>
    public sealed record StyleEdit(int NodeIndex, int[] Choices);

    [Fact]
    public void IncrementalRelayoutAfterAStyleChangeEqualsAFreshLayout()
    {
        Gen<(TreeSpec, StyleEdit)> gen = RandomLayoutTrees.Tree(3).SelectMany(tree =>
            Gen.Choose(0, 1000).SelectMany(index =>
                Gen.ArrayOf(Gen.Choose(0, 99), RandomLayoutTrees.ChoiceCount).Select(choices => (tree, new StyleEdit(index, choices)))));

        Prop.ForAll(Arb.From(gen), input =>
        {
            (TreeSpec spec, StyleEdit edit) = input;
            LayoutNode incremental = RandomLayoutTrees.Build(spec);
            LayoutEngine engine = T.Engine();
            engine.Compute(incremental, AvailableSpace.MaxContent, AvailableSpace.MaxContent);

            LayoutNode fresh = RandomLayoutTrees.Build(spec);
            List<LayoutNode> incNodes = T.Flatten(incremental), freshNodes = T.Flatten(fresh);
            int index = edit.NodeIndex % incNodes.Count;
            bool isRoot = index == 0;
            incNodes[index].Style = RandomLayoutTrees.Decode(edit.Choices, incNodes[index].Children.Count == 0, isRoot);
            freshNodes[index].Style = RandomLayoutTrees.Decode(edit.Choices, freshNodes[index].Children.Count == 0, isRoot);

            engine.Compute(incremental, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
            T.Engine().Compute(fresh, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
            return incNodes.Select(n => (n.Layout, n.UnroundedLayout)).SequenceEqual(freshNodes.Select(n => (n.Layout, n.UnroundedLayout)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RightToLeftIsTheMirrorImageOfLeftToRight()
    {
        Prop.ForAll(RandomLayoutTrees.Trees(), (TreeSpec spec) =>
        {
            LayoutNode ltr = RandomLayoutTrees.Build(spec, forceLtr: true);
            LayoutNode rtl = Mirroring.Mirror(ltr);
            T.Engine().Compute(ltr, AvailableSpace.MaxContent, AvailableSpace.MaxContent, round: false);
            T.Engine().Compute(rtl, AvailableSpace.MaxContent, AvailableSpace.MaxContent, round: false);
            Assert.True(Mirroring.IsMirrorImage(ltr, rtl, out string difference), difference);
        }).QuickCheckThrowOnFailure();
    }
}

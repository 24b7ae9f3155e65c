using Kryon.Runtime.Layout;
using static Kryon.Runtime.Tests.Layout.T;

namespace Kryon.Runtime.Tests.Layout;

public class IncrementalLayoutTests
{
    /// <summary>A root column of <paramref name="rows"/> fixed-height rows, each holding ten fixed-size leaves.</summary>
    private static LayoutNode Grid(int rows)
    {
        LayoutNode root = Node(s => { s.Width = Px(1000); s.FlexDirection = FlexDirection.Column; });
        for (int r = 0; r < rows; r++)
        {
            LayoutNode row = root.AddChild(Node(s => s.Height = Px(20)));
            for (int i = 0; i < 10; i++) row.AddChild(Node(s => { s.Width = Px(30); s.Height = Px(10); }));
        }
        return root;
    }

    [Fact]
    public void AnUnchangedTreeIsAnsweredFromTheRootCache()
    {
        LayoutNode root = Grid(10);
        LayoutEngine engine = Engine();
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
        Assert.True(engine.Stats.NodesComputed > 100);

        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);

        Assert.Equal(0, engine.Stats.NodesComputed);
        Assert.Equal(0, engine.Stats.NodesRounded);
    }

    [Fact]
    public void ChangingOneLeafRelaysOutOnlyItsPathAndAffectedSiblings()
    {
        LayoutNode root = Grid(10);
        LayoutEngine engine = Engine();
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
        int fullLayouts = engine.Stats.NodesLaidOut;
        int fullComputations = engine.Stats.NodesComputed;

        LayoutNode leaf = root.Children[3].Children[2];
        leaf.Style.Width = Px(50);
        leaf.MarkDirty();
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);

        // Root, the leaf's row and that row's ten leaves (empty boxes are recomputed rather than looked up);
        // the other nine rows come from their caches.
        Assert.True(engine.Stats.NodesLaidOut <= 12, engine.Stats.ToString());
        Assert.Equal(111, fullLayouts);
        Assert.True(engine.Stats.NodesComputed * 5 < fullComputations, engine.Stats.ToString());
        Assert.Equal(50, leaf.Layout.Width);
        // Siblings after the leaf moved by 20px; rounding revisited only the changed row.
        Assert.Equal(30 * 3 + 20, root.Children[3].Children[3].Layout.X);
        Assert.True(engine.Stats.NodesRounded <= 12, engine.Stats.ToString());
    }

    [Fact]
    public void ChangingTextMarksTheNodeDirty()
    {
        LayoutNode text = TextLeaf("HH");
        LayoutNode root = Node(s => s.AlignItems = ItemAlignment.FlexStart, text);
        LayoutEngine engine = Engine();
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
        Assert.Equal(20, text.Layout.Width);

        text.Text = "HHHHH";
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);

        Assert.Equal(50, text.Layout.Width);
        Assert.Equal(50, root.Layout.Width);
    }

    [Fact]
    public void AddingAndRemovingChildrenRelaysOutTheParent()
    {
        LayoutNode root = Node(s => s.Width = Px(100), Node(s => s.FlexGrow = 1));
        LayoutEngine engine = Engine();
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
        Assert.Equal(100, root.Children[0].Layout.Width);

        LayoutNode added = root.AddChild(Node(s => s.FlexGrow = 1));
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
        Assert.Equal(50, root.Children[0].Layout.Width);

        root.RemoveChild(added);
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
        Assert.Equal(100, root.Children[0].Layout.Width);
    }

    [Fact]
    public void ReplacingAStyleRelaysOutLikeAFreshTree()
    {
        LayoutNode root = Grid(3);
        LayoutEngine engine = Engine();
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);

        root.Children[1].Style = new LayoutStyle { Height = Px(40), JustifyContent = ContentAlignment.Center };
        engine.Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent);

        LayoutNode fresh = Copy(root);
        Engine().Compute(fresh, AvailableSpace.MaxContent, AvailableSpace.MaxContent);
        Assert.Equal(Flatten(fresh).Select(n => n.Layout), Flatten(root).Select(n => n.Layout));
        Assert.Equal(350, root.Children[1].Children[0].Layout.X);
    }
}

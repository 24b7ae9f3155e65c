using Kryon.Runtime.Layout;
using static Kryon.Runtime.Tests.Layout.T;

namespace Kryon.Runtime.Tests.Layout;

public class PixelRoundingTests
{
    [Fact]
    public void RoundedEdgesOfNeighboursStayAdjacent()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(100),
            Node(s => s.FlexGrow = 1), Node(s => s.FlexGrow = 1), Node(s => s.FlexGrow = 1)));

        LayoutBox a = root.Children[0].Layout, b = root.Children[1].Layout, c = root.Children[2].Layout;
        Assert.Equal(a.Right, b.X);
        Assert.Equal(b.Right, c.X);
        Assert.Equal(100, c.Right);
        Assert.All(new[] { a, b, c }, box => Assert.Equal(box.Width, MathF.Round(box.Width)));
    }

    [Fact]
    public void SizesComeFromRoundedAbsoluteEdges()
    {
        // The child spans 0.3 .. 10.7 in absolute terms: its rounded edges are 0 and 11, so it is 11 wide,
        // although 10.4 alone would round to 10.
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.Padding = new StyleEdges(Px(0.3f), Px(0), Px(0), Px(0)); },
            Node(s => { s.Width = Px(10.4f); s.Height = Px(10); s.FlexShrink = 0; })));

        Assert.Equal(0, root.Children[0].Layout.X);
        Assert.Equal(11, root.Children[0].Layout.Width);
    }

    [Fact]
    public void NestedPositionsAreRoundedInAbsoluteCoordinates()
    {
        // 0.4 + 0.4: each offset alone would round to 0, but the grandchild's left edge is at 0.8 → 1.
        LayoutNode root = LaidOut(Node(s => s.Width = Px(100),
            Node(s => s.Margin = new StyleEdges(Px(0.4f), Px(0), Px(0), Px(0)),
                Node(s => { s.Margin = new StyleEdges(Px(0.4f), Px(0), Px(0), Px(0)); s.Width = Px(10); s.Height = Px(10); }))));

        LayoutNode inner = root.Children[0].Children[0];
        Assert.Equal(0, root.Children[0].Layout.X);
        Assert.Equal(1, inner.Layout.X);
        Assert.Equal(10, inner.Layout.Width);
    }

    [Fact]
    public void UnroundedLayoutIsKeptWhenRoundingIsOff()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(100), Node(s => s.FlexGrow = 1), Node(s => s.FlexGrow = 2)), round: false);

        Assert.Equal(100f / 3, root.Children[0].Layout.Width, 0.0001f);
    }
}

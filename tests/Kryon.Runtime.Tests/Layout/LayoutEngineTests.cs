using Kryon.Runtime.Layout;
using static Kryon.Runtime.Tests.Layout.T;

namespace Kryon.Runtime.Tests.Layout;

public class LayoutEngineTests
{
    private const string TwoWords = "HHHH\u200BHHHH";

    [Fact]
    public void RowPlacesItemsSideBySideSeparatedByGap()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(200); s.Height = Px(50); s.ColumnGap = Px(10); },
            Node(s => s.Width = Px(30)), Node(s => s.Width = Px(40))));

        Assert.Equal(new LayoutBox(0, 0, 30, 50), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(40, 0, 40, 50), root.Children[1].Layout);
    }

    [Fact]
    public void FlexGrowSharesFreeSpaceByFactor()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(100),
            Node(s => s.FlexGrow = 1), Node(s => s.FlexGrow = 3)));

        Assert.Equal(25, root.Children[0].Layout.Width);
        Assert.Equal(75, root.Children[1].Layout.Width);
        Assert.Equal(25, root.Children[1].Layout.X);
    }

    [Fact]
    public void FlexShrinkIsWeightedByBaseSize()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(100),
            Node(s => s.Width = Px(100)), Node(s => s.Width = Px(50))));

        // 50px overflow, scaled shrink factors 100 : 50.
        Assert.Equal(66.667f, root.Children[0].UnroundedLayout.Width, 0.01f);
        Assert.Equal(33.333f, root.Children[1].UnroundedLayout.Width, 0.01f);
    }

    [Theory]
    [InlineData(ContentAlignment.FlexStart, 0, 20)]
    [InlineData(ContentAlignment.FlexEnd, 60, 80)]
    [InlineData(ContentAlignment.Center, 30, 50)]
    [InlineData(ContentAlignment.SpaceBetween, 0, 80)]
    [InlineData(ContentAlignment.SpaceAround, 15, 65)]
    [InlineData(ContentAlignment.SpaceEvenly, 20, 60)]
    public void JustifyContentPositionsItems(ContentAlignment justify, float firstX, float secondX)
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.JustifyContent = justify; },
            Node(s => s.Width = Px(20)), Node(s => s.Width = Px(20))));

        Assert.Equal(firstX, root.Children[0].Layout.X);
        Assert.Equal(secondX, root.Children[1].Layout.X);
    }

    [Fact]
    public void SafeAlignmentFallsBackToStartWhenOverflowing()
    {
        LayoutNode unsafeRoot = LaidOut(Node(s => { s.Width = Px(50); s.JustifyContent = ContentAlignment.Center; },
            Node(s => { s.Width = Px(100); s.FlexShrink = 0; })));
        LayoutNode safeRoot = LaidOut(Node(s => { s.Width = Px(50); s.JustifyContent = ContentAlignment.Center; s.JustifyContentSafe = true; },
            Node(s => { s.Width = Px(100); s.FlexShrink = 0; })));

        Assert.Equal(-25, unsafeRoot.Children[0].Layout.X);
        Assert.Equal(0, safeRoot.Children[0].Layout.X);
    }

    [Fact]
    public void AlignItemsCenterAndStretch()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.Height = Px(100); s.AlignItems = ItemAlignment.Center; },
            Node(s => { s.Width = Px(10); s.Height = Px(20); }),
            Node(s => { s.Width = Px(10); s.AlignSelf = ItemAlignment.Stretch; })));

        Assert.Equal(new LayoutBox(0, 40, 10, 20), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(10, 0, 10, 100), root.Children[1].Layout);
    }

    [Fact]
    public void PercentagesResolveAgainstTheContentBox()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(220); s.Height = Px(100); s.Padding = new StyleEdges(Px(10)); },
            Node(s => { s.Width = Pct(0.5f); s.Height = Pct(0.25f); })));

        Assert.Equal(new LayoutBox(10, 10, 100, 20), root.Children[0].Layout);
    }

    [Fact]
    public void AutoMarginsCenterAnItem()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.Height = Px(100); },
            Node(s => { s.Width = Px(20); s.Height = Px(20); s.Margin = StyleEdges.Auto; })));

        Assert.Equal(new LayoutBox(40, 40, 20, 20), root.Children[0].Layout);
    }

    [Fact]
    public void AbsoluteChildUsesInsetsAndTakesNoFlowSpace()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.Height = Px(100); s.Border = new StyleEdges(Px(5)); },
            Node(s => { s.Position = PositionType.Absolute; s.Width = Px(20); s.Height = Px(10); s.Inset = new StyleEdges(Dimension.Auto, Px(10), Dimension.Auto, Px(5)); }),
            Node(s => { s.Width = Px(30); s.Height = Px(30); })));

        Assert.Equal(new LayoutBox(65, 80, 20, 10), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(5, 5, 30, 30), root.Children[1].Layout);
    }

    [Fact]
    public void AbsoluteChildWithBothInsetsStretchesBetweenThem()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.Height = Px(100); },
            Node(s => { s.Position = PositionType.Absolute; s.Inset = new StyleEdges(Px(10), Px(20), Px(30), Px(40)); })));

        Assert.Equal(new LayoutBox(10, 30, 70, 30), root.Children[0].Layout);
    }

    [Fact]
    public void DisplayNoneTakesNoSpaceAndHasAnEmptyBox()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(100),
            Node(s => { s.Width = Px(30); s.Display = Display.None; }, Node(s => s.Width = Px(10))),
            Node(s => s.Width = Px(30))));

        Assert.Equal(default, root.Children[0].Layout);
        Assert.Equal(default, root.Children[0].Children[0].Layout);
        Assert.Equal(0, root.Children[1].Layout.X);
    }

    [Fact]
    public void TextWrapsToItsContainer()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(50); s.FlexDirection = FlexDirection.Column; }, TextLeaf(TwoWords)));

        Assert.Equal(new LayoutBox(0, 0, 50, 20), root.Children[0].Layout);
    }

    [Fact]
    public void TextKeepsItsMaxContentWidthWhenThereIsRoom()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(200), TextLeaf(TwoWords)));

        Assert.Equal(new LayoutBox(0, 0, 80, 10), root.Children[0].Layout);
    }

    [Theory]
    [InlineData(Overflow.Visible, 40)]
    [InlineData(Overflow.Hidden, 20)]
    [InlineData(Overflow.Scroll, 20)]
    public void OverflowChangesTheAutomaticMinimumSize(Overflow overflow, float expectedWidth)
    {
        // A shrinking item cannot get narrower than its min-content width unless it is a scroll container.
        LayoutNode root = LaidOut(Node(s => s.Width = Px(20), TextLeaf("HHHH", s => s.OverflowX = overflow)));

        Assert.Equal(expectedWidth, root.Children[0].Layout.Width);
    }

    [Fact]
    public void ScrollbarGutterIsReservedInsideTheBorderBox()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.Height = Px(100); s.OverflowY = Overflow.Scroll; s.ScrollbarWidth = 15; },
            Node(s => s.FlexGrow = 1)));

        Assert.Equal(85, root.Children[0].Layout.Width);
        Assert.Equal(100, root.Layout.Width);
    }

    [Fact]
    public void AspectRatioDerivesTheMissingSize()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.AlignItems = ItemAlignment.FlexStart; },
            Node(s => { s.Width = Px(40); s.AspectRatio = 2; })));

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
    }

    [Fact]
    public void MinAndMaxSizesClampGrowth()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(200),
            Node(s => { s.FlexGrow = 1; s.MaxWidth = Px(50); }),
            Node(s => { s.FlexGrow = 1; s.MinWidth = Px(120); })));

        Assert.Equal(50, root.Children[0].Layout.Width);
        Assert.Equal(150, root.Children[1].Layout.Width);
    }

    [Fact]
    public void WrapMovesOverflowingItemsToNewLines()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(50); s.FlexWrap = FlexWrap.Wrap; s.AlignContent = ContentAlignment.FlexStart; },
            Node(s => { s.Width = Px(30); s.Height = Px(10); }),
            Node(s => { s.Width = Px(30); s.Height = Px(20); }),
            Node(s => { s.Width = Px(10); s.Height = Px(10); })));

        Assert.Equal(new LayoutBox(0, 0, 30, 10), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(0, 10, 30, 20), root.Children[1].Layout);
        Assert.Equal(new LayoutBox(30, 10, 10, 10), root.Children[2].Layout);
        Assert.Equal(30, root.Layout.Height);
    }

    [Fact]
    public void WrapReverseStacksLinesFromTheCrossEnd()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(50); s.Height = Px(100); s.FlexWrap = FlexWrap.WrapReverse; s.AlignContent = ContentAlignment.FlexStart; },
            Node(s => { s.Width = Px(30); s.Height = Px(10); }),
            Node(s => { s.Width = Px(30); s.Height = Px(20); })));

        Assert.Equal(90, root.Children[0].Layout.Y);
        Assert.Equal(70, root.Children[1].Layout.Y);
    }

    [Fact]
    public void ColumnReverseStartsFromTheBottom()
    {
        LayoutNode root = LaidOut(Node(s => { s.Height = Px(100); s.Width = Px(10); s.FlexDirection = FlexDirection.ColumnReverse; },
            Node(s => s.Height = Px(20)), Node(s => s.Height = Px(30))));

        Assert.Equal(80, root.Children[0].Layout.Y);
        Assert.Equal(50, root.Children[1].Layout.Y);
    }

    [Fact]
    public void BaselineAlignmentLinesUpFirstBaselines()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(200); s.AlignItems = ItemAlignment.Baseline; },
            Node(s => s.Height = Px(30)),
            Node(s => s.Height = Px(10))));

        // Boxes without text use their bottom edge as baseline.
        Assert.Equal(0, root.Children[0].Layout.Y);
        Assert.Equal(20, root.Children[1].Layout.Y);
    }

    [Fact]
    public void SizingKeywordsResolveToIntrinsicSizes()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(200); s.AlignItems = ItemAlignment.FlexStart; },
            TextLeaf(TwoWords, s => s.Width = Dimension.Keyword(DimensionUnit.MinContent)),
            TextLeaf(TwoWords, s => s.Width = Dimension.Keyword(DimensionUnit.MaxContent))));

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(40, 0, 80, 10), root.Children[1].Layout);
    }
}

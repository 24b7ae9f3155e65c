using Kryon.Runtime.Layout;
using static Kryon.Runtime.Tests.Layout.T;

namespace Kryon.Runtime.Tests.Layout;

/// <summary>min-content, max-content, fit-content and stretch on min-width, max-width, min-height and
/// max-height (CSS Sizing §3.2), in rows and columns, on text leaves, nested boxes and absolutely positioned
/// boxes. Expected boxes are computed by hand with the 10x10 test font: <see cref="Words"/> is 40 wide at
/// min-content and 60 at max-content, one line (10 high) at 60 or more, two lines (20 high) below that.</summary>
public class MinMaxSizingKeywordTests
{
    private const string Words = "HH\u200BHHHH";

    private static Dimension Keyword(DimensionUnit unit) => Dimension.Keyword(unit);

    // ── Main axis of a row: min-width / max-width ──────────────────────────────────────────────

    /// <summary>The text item is a scroll container (automatic minimum 0) next to an unshrinkable 100px box,
    /// so without its min-width it would shrink to 0. fit-content = clamp(40, container width, 60); stretch =
    /// the container width.</summary>
    [Theory]
    [InlineData(DimensionUnit.MinContent, 50, 40, 20)]
    [InlineData(DimensionUnit.MaxContent, 50, 60, 10)]
    [InlineData(DimensionUnit.FitContent, 50, 50, 20)]
    [InlineData(DimensionUnit.FitContent, 30, 40, 20)]
    [InlineData(DimensionUnit.FitContent, 100, 60, 10)]
    [InlineData(DimensionUnit.Stretch, 50, 50, 20)]
    [InlineData(DimensionUnit.Stretch, 100, 100, 10)]
    public void MinWidthKeywordStopsARowItemFromShrinking(DimensionUnit keyword, float containerWidth, float width, float height)
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(containerWidth),
            TextLeaf(Words, s => { s.OverflowX = Overflow.Hidden; s.MinWidth = Keyword(keyword); }),
            Node(s => { s.Width = Px(100); s.FlexShrink = 0; })));

        Assert.Equal(new LayoutBox(0, 0, width, height), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(width, 0, 100, height), root.Children[1].Layout);
    }

    [Fact]
    public void WithoutAMinWidthTheScrollContainerItemShrinksToZero()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(50),
            TextLeaf(Words, s => s.OverflowX = Overflow.Hidden),
            Node(s => { s.Width = Px(100); s.FlexShrink = 0; })));

        Assert.Equal(0, root.Children[0].Layout.Width);
    }

    /// <summary>A growing text item in a 200px row is capped by its max-width.</summary>
    [Theory]
    [InlineData(DimensionUnit.MinContent, 200, 40, 20)]
    [InlineData(DimensionUnit.MaxContent, 200, 60, 10)]
    [InlineData(DimensionUnit.FitContent, 200, 60, 10)]
    public void MaxWidthKeywordCapsAGrowingRowItem(DimensionUnit keyword, float containerWidth, float width, float height)
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(containerWidth),
            TextLeaf(Words, s => { s.FlexGrow = 1; s.MaxWidth = Keyword(keyword); })));

        Assert.Equal(new LayoutBox(0, 0, width, height), root.Children[0].Layout);
        Assert.Equal(height, root.Layout.Height);
    }

    /// <summary>Between its intrinsic sizes fit-content is the stretch-fit size: an unshrinkable 100px-wide item
    /// in a 50px row is capped at clamp(40, 50, 60) = 50.</summary>
    [Fact]
    public void MaxWidthFitContentIsTheStretchFitSizeBetweenTheIntrinsicSizes()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(50),
            TextLeaf(Words, s => { s.Width = Px(100); s.FlexShrink = 0; s.MaxWidth = Keyword(DimensionUnit.FitContent); })));

        Assert.Equal(new LayoutBox(0, 0, 50, 20), root.Children[0].Layout);
    }

    /// <summary>max-*: stretch is the container's inner size minus the item's margins, in the main and the
    /// cross axis: 200 - 30 wide and 100 - 30 high.</summary>
    [Theory]
    [InlineData(FlexDirection.Row)]
    [InlineData(FlexDirection.Column)]
    public void MaxStretchCapsAnOversizedItemAtTheContainerMinusMargins(FlexDirection direction)
    {
        LayoutNode root = LaidOut(Node(s => { s.FlexDirection = direction; s.Width = Px(200); s.Height = Px(100); s.AlignItems = ItemAlignment.FlexStart; },
            Node(s =>
            {
                s.Width = Px(300);
                s.Height = Px(300);
                s.FlexShrink = 0;
                s.Margin = new StyleEdges(Px(10), Px(20), Px(10), Px(20));
                s.MaxWidth = Keyword(DimensionUnit.Stretch);
                s.MaxHeight = Keyword(DimensionUnit.Stretch);
            })));

        Assert.Equal(new LayoutBox(10, 10, 170, 70), root.Children[0].Layout);
    }

    /// <summary>min-*: stretch fills the container minus margins in the cross axis too, for items that do not
    /// stretch: 100 - 10 wide in a column, 50 - 5 high in a row.</summary>
    [Theory]
    [InlineData(FlexDirection.Row)]
    [InlineData(FlexDirection.Column)]
    public void MinStretchFillsTheCrossAxisOfAnUnstretchedItem(FlexDirection direction)
    {
        bool row = direction == FlexDirection.Row;
        LayoutNode root = LaidOut(Node(s => { s.FlexDirection = direction; s.Width = Px(100); s.Height = Px(50); s.AlignItems = ItemAlignment.FlexStart; },
            Node(s =>
            {
                s.Width = Px(10);
                s.Height = Px(10);
                s.Margin = new StyleEdges(Px(10), Px(0), Px(5), Px(0));
                if (row) s.MinHeight = Keyword(DimensionUnit.Stretch); else s.MinWidth = Keyword(DimensionUnit.Stretch);
            })));

        Assert.Equal(row ? new LayoutBox(10, 5, 10, 45) : new LayoutBox(10, 5, 90, 10), root.Children[0].Layout);
    }

    // ── Main axis of a column: min-height / max-height ─────────────────────────────────────────

    /// <summary>The text item (a scroll container) stretches to the column's width and would shrink to 0 next
    /// to an unshrinkable 30px box; its min-height is its content's height at that width (two lines at 40,
    /// one at 60): min-content, max-content and fit-content agree in the block axis. stretch is the column's
    /// 30px height.</summary>
    [Theory]
    [InlineData(DimensionUnit.MinContent, 40, 20)]
    [InlineData(DimensionUnit.MinContent, 60, 10)]
    [InlineData(DimensionUnit.MaxContent, 40, 20)]
    [InlineData(DimensionUnit.MaxContent, 60, 10)]
    [InlineData(DimensionUnit.FitContent, 40, 20)]
    [InlineData(DimensionUnit.Stretch, 40, 30)]
    public void MinHeightKeywordStopsAColumnItemFromShrinking(DimensionUnit keyword, float containerWidth, float height)
    {
        LayoutNode root = LaidOut(Node(s => { s.FlexDirection = FlexDirection.Column; s.Width = Px(containerWidth); s.Height = Px(30); },
            TextLeaf(Words, s => { s.OverflowY = Overflow.Hidden; s.MinHeight = Keyword(keyword); }),
            Node(s => { s.Height = Px(30); s.FlexShrink = 0; })));

        Assert.Equal(new LayoutBox(0, 0, containerWidth, height), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(0, height, containerWidth, 30), root.Children[1].Layout);
    }

    [Theory]
    [InlineData(DimensionUnit.MinContent, 40, 20)]
    [InlineData(DimensionUnit.MinContent, 60, 10)]
    [InlineData(DimensionUnit.MaxContent, 40, 20)]
    [InlineData(DimensionUnit.FitContent, 40, 20)]
    public void MaxHeightKeywordCapsAGrowingColumnItem(DimensionUnit keyword, float containerWidth, float height)
    {
        LayoutNode root = LaidOut(Node(s => { s.FlexDirection = FlexDirection.Column; s.Width = Px(containerWidth); s.Height = Px(100); },
            TextLeaf(Words, s => { s.FlexGrow = 1; s.MaxHeight = Keyword(keyword); })));

        Assert.Equal(new LayoutBox(0, 0, containerWidth, height), root.Children[0].Layout);
    }

    /// <summary>An item that does not stretch is measured at the width it will take: fit-content of the
    /// 50px column is 50, where the text needs two lines.</summary>
    [Fact]
    public void MinHeightKeywordOfAnUnstretchedColumnItemUsesItsFitContentWidth()
    {
        LayoutNode root = LaidOut(Node(s => { s.FlexDirection = FlexDirection.Column; s.Width = Px(50); s.Height = Px(5); s.AlignItems = ItemAlignment.FlexStart; },
            TextLeaf(Words, s => { s.OverflowY = Overflow.Hidden; s.MinHeight = Keyword(DimensionUnit.MaxContent); })));

        Assert.Equal(new LayoutBox(0, 0, 50, 20), root.Children[0].Layout);
    }

    // ── Cross axis of a row: min-height / max-height at the item's used width ──────────────────

    /// <summary>The text item grows from a zero basis beside a 60px box: to 40 in a 100px row (two lines),
    /// to 60 in a 120px row (one line). Stretched to the row's 100px height, it is capped at its content
    /// height for that used width.</summary>
    [Theory]
    [InlineData(DimensionUnit.MinContent, 100, 40, 20)]
    [InlineData(DimensionUnit.MinContent, 120, 60, 10)]
    [InlineData(DimensionUnit.MaxContent, 100, 40, 20)]
    [InlineData(DimensionUnit.FitContent, 100, 40, 20)]
    [InlineData(DimensionUnit.FitContent, 120, 60, 10)]
    public void MaxHeightKeywordCapsAStretchedRowItemAtItsUsedWidth(DimensionUnit keyword, float containerWidth, float width, float height)
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(containerWidth); s.Height = Px(100); },
            TextLeaf(Words, s => { s.FlexBasis = Px(0); s.FlexGrow = 1; s.MaxHeight = Keyword(keyword); }),
            Node(s => s.Width = Px(60))));

        Assert.Equal(new LayoutBox(0, 0, width, height), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(width, 0, 60, 100), root.Children[1].Layout);
    }

    /// <summary>A 5px-high row stretches its items to 5px; a min-height keyword raises the 40px-wide text item
    /// to its two-line content height.</summary>
    [Theory]
    [InlineData(DimensionUnit.MinContent)]
    [InlineData(DimensionUnit.MaxContent)]
    [InlineData(DimensionUnit.FitContent)]
    public void MinHeightKeywordRaisesAStretchedRowItem(DimensionUnit keyword)
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.Height = Px(5); },
            TextLeaf(Words, s => { s.Width = Px(40); s.MinHeight = Keyword(keyword); })));

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
    }

    /// <summary>In a row without a definite height the line is as tall as the item's clamped hypothetical
    /// cross size, so the container grows with a min-height keyword too.</summary>
    [Fact]
    public void MinHeightKeywordOfARowItemSizesAnAutoHeightRow()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(100),
            TextLeaf(Words, s => { s.Width = Px(40); s.Height = Px(5); s.MinHeight = Keyword(DimensionUnit.MinContent); })));

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
        Assert.Equal(20, root.Layout.Height);
    }

    // ── Cross axis of a column: min-width / max-width ──────────────────────────────────────────

    /// <summary>Stretched to a 20px-wide column, the text item is widened by its min-width; its height (the
    /// main size) is then measured at that width.</summary>
    [Theory]
    [InlineData(DimensionUnit.MinContent, 40, 20)]
    [InlineData(DimensionUnit.MaxContent, 60, 10)]
    [InlineData(DimensionUnit.FitContent, 40, 20)]
    public void MinWidthKeywordWidensAStretchedColumnItem(DimensionUnit keyword, float width, float height)
    {
        LayoutNode root = LaidOut(Node(s => { s.FlexDirection = FlexDirection.Column; s.Width = Px(20); },
            TextLeaf(Words, s => s.MinWidth = Keyword(keyword)),
            Node(s => s.Height = Px(10))));

        Assert.Equal(new LayoutBox(0, 0, width, height), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(0, height, 20, 10), root.Children[1].Layout);
        Assert.Equal(height + 10, root.Layout.Height);
    }

    /// <summary>Stretched to a 100px-wide column, the text item is narrowed by its max-width; fit-content is
    /// clamp(40, 100, 60).</summary>
    [Theory]
    [InlineData(DimensionUnit.MinContent, 40, 20)]
    [InlineData(DimensionUnit.MaxContent, 60, 10)]
    [InlineData(DimensionUnit.FitContent, 60, 10)]
    public void MaxWidthKeywordNarrowsAStretchedColumnItem(DimensionUnit keyword, float width, float height)
    {
        LayoutNode root = LaidOut(Node(s => { s.FlexDirection = FlexDirection.Column; s.Width = Px(100); },
            TextLeaf(Words, s => s.MaxWidth = Keyword(keyword))));

        Assert.Equal(new LayoutBox(0, 0, width, height), root.Children[0].Layout);
        Assert.Equal(height, root.Layout.Height);
    }

    // ── Nested boxes ───────────────────────────────────────────────────────────────────────────

    /// <summary>A column box holding the text and a 30px word: min-content width max(40, 30) = 40, max-content
    /// max(60, 30) = 60. As a scroll container in a 10px row it would shrink to 10 without its min-width.</summary>
    [Theory]
    [InlineData(DimensionUnit.MinContent, 40, 20)]
    [InlineData(DimensionUnit.MaxContent, 60, 10)]
    public void MinWidthKeywordOfANestedColumnBoxIsItsContentsIntrinsicWidth(DimensionUnit keyword, float width, float textHeight)
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(10); s.AlignItems = ItemAlignment.FlexStart; },
            Node(s => { s.FlexDirection = FlexDirection.Column; s.OverflowX = Overflow.Hidden; s.MinWidth = Keyword(keyword); },
                TextLeaf(Words), TextLeaf("HHH"))));

        LayoutNode box = root.Children[0];
        Assert.Equal(new LayoutBox(0, 0, width, textHeight + 10), box.Layout);
        Assert.Equal(new LayoutBox(0, 0, width, textHeight), box.Children[0].Layout);
        Assert.Equal(new LayoutBox(0, textHeight, width, 10), box.Children[1].Layout);
    }

    /// <summary>A row box holding the text and a 30px word: its min-content width is the sum of the min-content
    /// contributions, 40 + 30 = 70; its max-content width 60 + 30 = 90.</summary>
    [Theory]
    [InlineData(DimensionUnit.MinContent, 70, 40, 20)]
    [InlineData(DimensionUnit.MaxContent, 90, 60, 10)]
    public void MinWidthKeywordOfANestedRowBoxSumsItsItems(DimensionUnit keyword, float width, float textWidth, float height)
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(10); s.AlignItems = ItemAlignment.FlexStart; },
            Node(s => { s.OverflowX = Overflow.Hidden; s.MinWidth = Keyword(keyword); },
                TextLeaf(Words), TextLeaf("HHH"))));

        LayoutNode box = root.Children[0];
        Assert.Equal(new LayoutBox(0, 0, width, height), box.Layout);
        Assert.Equal(new LayoutBox(0, 0, textWidth, height), box.Children[0].Layout);
        Assert.Equal(new LayoutBox(textWidth, 0, 30, height), box.Children[1].Layout);
    }

    /// <summary>A growing row box in a 40px-wide, 100px-high column stops at its content's height: the text
    /// inside wraps to two lines at 40px.</summary>
    [Fact]
    public void MaxHeightKeywordOfANestedBoxIsItsContentHeightAtItsWidth()
    {
        LayoutNode root = LaidOut(Node(s => { s.FlexDirection = FlexDirection.Column; s.Width = Px(40); s.Height = Px(100); },
            Node(s => { s.FlexGrow = 1; s.MaxHeight = Keyword(DimensionUnit.MaxContent); }, TextLeaf(Words)),
            Node(s => s.Height = Px(10))));

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Children[0].Layout);
        Assert.Equal(new LayoutBox(0, 20, 40, 10), root.Children[1].Layout);
    }

    // ── The automatic minimum size (§4.5) ──────────────────────────────────────────────────────

    /// <summary>The automatic minimum is the min-content size capped by the max size (30); an explicit
    /// min-width: min-content replaces it, and a minimum beats a maximum.</summary>
    [Fact]
    public void MinWidthKeywordReplacesTheAutomaticMinimum()
    {
        LayoutNode auto = LaidOut(Node(s => s.Width = Px(10), TextLeaf(Words, s => s.MaxWidth = Px(30))));
        LayoutNode keyword = LaidOut(Node(s => s.Width = Px(10),
            TextLeaf(Words, s => { s.MaxWidth = Px(30); s.MinWidth = Keyword(DimensionUnit.MinContent); })));

        Assert.Equal(30, auto.Children[0].Layout.Width);
        Assert.Equal(40, keyword.Children[0].Layout.Width);
    }

    /// <summary>An item whose automatic minimum would be its min-content width (40, like its sibling's) is held
    /// at its max-content width instead. The sibling's two lines make the line 20 high.</summary>
    [Fact]
    public void MinWidthMaxContentIsLargerThanTheAutomaticMinimum()
    {
        LayoutNode root = LaidOut(Node(s => s.Width = Px(10),
            TextLeaf(Words, s => s.MinWidth = Keyword(DimensionUnit.MaxContent)),
            TextLeaf(Words)));

        Assert.Equal(new LayoutBox(0, 0, 60, 20), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(60, 0, 40, 20), root.Children[1].Layout);
    }

    /// <summary>The min-content minimum (40) beats the 10px maximum, and the box lays its content out at the
    /// 40px it was given instead of clamping itself back to its length maximum.</summary>
    [Fact]
    public void ABoxGivenAKeywordMinimumDoesNotReclampItselfToALengthMaximum()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(10); s.AlignItems = ItemAlignment.FlexStart; },
            Node(s => { s.FlexDirection = FlexDirection.Column; s.MinWidth = Keyword(DimensionUnit.MinContent); s.MaxWidth = Px(10); },
                TextLeaf(Words)),
            TextLeaf(Words, s => { s.Position = PositionType.Absolute; s.MinWidth = Keyword(DimensionUnit.MinContent); s.MaxWidth = Px(10); })));

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Children[0].Layout);
        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[1].Layout);
    }

    // ── Indefinite containing sizes ────────────────────────────────────────────────────────────

    /// <summary>The container's width is only known after its items are collected (auto, capped at 30), so
    /// min-width: stretch cannot resolve and behaves as auto: the automatic minimum keeps the item at 40.</summary>
    [Fact]
    public void MinStretchAgainstAnIndefiniteWidthBehavesAsAuto()
    {
        LayoutNode root = LaidOut(Node(s => s.MaxWidth = Px(30),
            TextLeaf(Words, s => s.MinWidth = Keyword(DimensionUnit.Stretch))));

        Assert.Equal(30, root.Layout.Width);
        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
    }

    /// <summary>max-width: stretch in a container sized by its content cannot resolve and behaves as none.</summary>
    [Fact]
    public void MaxStretchAgainstAnIndefiniteWidthBehavesAsNone()
    {
        LayoutNode root = LaidOut(Node(null, TextLeaf(Words, s => s.MaxWidth = Keyword(DimensionUnit.Stretch))));

        Assert.Equal(new LayoutBox(0, 0, 60, 10), root.Children[0].Layout);
    }

    /// <summary>With no definite space to fit into, fit-content is the max-content size (CSS Sizing §5.1).</summary>
    [Fact]
    public void FitContentAgainstAnIndefiniteWidthIsTheMaxContentSize()
    {
        LayoutNode root = LaidOut(Node(s => s.MaxWidth = Px(30),
            TextLeaf(Words, s => s.MinWidth = Keyword(DimensionUnit.FitContent))));

        Assert.Equal(new LayoutBox(0, 0, 60, 10), root.Children[0].Layout);
    }

    // ── Box sizing, absolute positioning ───────────────────────────────────────────────────────

    /// <summary>The keywords size the content box whatever box-sizing says: 40 + 2 × 5 padding either way.</summary>
    [Theory]
    [InlineData(BoxSizing.BorderBox)]
    [InlineData(BoxSizing.ContentBox)]
    public void KeywordMinWidthIsTheContentBoxPlusPaddingUnderEitherBoxSizing(BoxSizing boxSizing)
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(10); s.AlignItems = ItemAlignment.FlexStart; },
            TextLeaf(Words, s =>
            {
                s.BoxSizing = boxSizing;
                s.Padding = new StyleEdges(Px(5), Px(5), Px(0), Px(0));
                s.OverflowX = Overflow.Hidden;
                s.MinWidth = Keyword(DimensionUnit.MinContent);
            })));

        Assert.Equal(new LayoutBox(0, 0, 50, 20), root.Children[0].Layout);
    }

    /// <summary>An absolutely positioned 10px-wide text box is widened to its min-content width; one placed
    /// between insets 0 and 0 in a 200px container is capped at fit-content = clamp(40, 200, 60).</summary>
    [Fact]
    public void AbsolutelyPositionedBoxesResolveMinAndMaxWidthKeywords()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(200); s.Height = Px(100); },
            TextLeaf(Words, s => { s.Position = PositionType.Absolute; s.Width = Px(10); s.MinWidth = Keyword(DimensionUnit.MinContent); }),
            TextLeaf(Words, s =>
            {
                s.Position = PositionType.Absolute;
                s.Inset = new StyleEdges(Px(0), Px(0), Px(50), Dimension.Auto);
                s.MaxWidth = Keyword(DimensionUnit.FitContent);
            })));

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(0, 50, 60, 10), root.Children[1].Layout);
    }

    /// <summary>An absolutely positioned 40px-wide, 5px-high text box is raised to its two-line content height.</summary>
    [Fact]
    public void AbsolutelyPositionedBoxesResolveMinHeightKeywordsAtTheirWidth()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(200); s.Height = Px(100); },
            TextLeaf(Words, s => { s.Position = PositionType.Absolute; s.Width = Px(40); s.Height = Px(5); s.MinHeight = Keyword(DimensionUnit.MinContent); })));

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
    }
    // ── The root, whose containing block is the viewport ───────────────────────────────────────

    private static LayoutNode LaidOutInViewport(LayoutNode root, float width, float height)
    {
        Engine().Compute(root, width, height);
        return root;
    }

    /// <summary>The root would take its content's 60px in a 200px viewport; max-width: min-content caps it at 40.</summary>
    [Fact]
    public void RootMaxWidthKeywordClampsItsWidth()
    {
        LayoutNode root = LaidOutInViewport(Node(s => s.MaxWidth = Keyword(DimensionUnit.MinContent), TextLeaf(Words)), 200, 100);

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Layout);
        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Children[0].Layout);
    }

    /// <summary>min-height: stretch fills the viewport's 100px minus the root's 10px top margin.</summary>
    [Fact]
    public void RootMinHeightStretchFillsTheViewportMinusMargins()
    {
        LayoutNode root = LaidOutInViewport(Node(s =>
        {
            s.Margin = new StyleEdges(Px(0), Px(0), Px(10), Px(0));
            s.MinHeight = Keyword(DimensionUnit.Stretch);
        }, TextLeaf(Words)), 200, 100);

        Assert.Equal(new LayoutBox(0, 0, 60, 90), root.Layout);
        Assert.Equal(new LayoutBox(0, 0, 60, 90), root.Children[0].Layout);
    }

    /// <summary>A 40px-wide, 5px-high root is raised to its content's height at that width: two lines.</summary>
    [Fact]
    public void RootMinHeightKeywordIsItsContentHeightAtItsWidth()
    {
        LayoutNode root = LaidOutInViewport(Node(s =>
        {
            s.Width = Px(40);
            s.Height = Px(5);
            s.MinHeight = Keyword(DimensionUnit.MaxContent);
        }, TextLeaf(Words)), 200, 100);

        Assert.Equal(new LayoutBox(0, 0, 40, 20), root.Layout);
    }

    /// <summary>A preferred-size keyword on the root resolves against the viewport too: fit-content in a 50px
    /// viewport is clamp(40, 50, 60).</summary>
    [Fact]
    public void RootWidthKeywordResolvesAgainstTheViewport()
    {
        LayoutNode root = LaidOutInViewport(Node(s => s.Width = Keyword(DimensionUnit.FitContent), TextLeaf(Words)), 50, 100);

        Assert.Equal(new LayoutBox(0, 0, 50, 20), root.Layout);
    }
}

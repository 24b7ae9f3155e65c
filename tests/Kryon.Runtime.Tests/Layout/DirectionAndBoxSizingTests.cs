using Kryon.Runtime.Layout;
using static Kryon.Runtime.Tests.Layout.T;

namespace Kryon.Runtime.Tests.Layout;

/// <summary>Right-to-left must be the mirror image of left-to-right; content-box sizes must equal border-box
/// sizes grown by padding and border.</summary>
public class DirectionAndBoxSizingTests
{
    public static TheoryData<string, Func<LayoutNode>> LtrTrees => new()
    {
        { "row flex-start with margins", () => Node(s => { s.Width = Px(200); s.Height = Px(50); s.Padding = new StyleEdges(Px(3), Px(9), Px(0), Px(0)); },
            Node(s => { s.Width = Px(30); s.Margin = new StyleEdges(Px(5), Px(1), Px(0), Px(0)); }), Node(s => s.Width = Px(40))) },
        { "row justify end with gap", () => Node(s => { s.Width = Px(200); s.JustifyContent = ContentAlignment.FlexEnd; s.ColumnGap = Px(7); },
            Node(s => s.Width = Px(30)), Node(s => s.Width = Px(40))) },
        { "row-reverse", () => Node(s => { s.Width = Px(200); s.FlexDirection = FlexDirection.RowReverse; },
            Node(s => s.Width = Px(30)), Node(s => s.Width = Px(40))) },
        { "row wrap", () => Node(s => { s.Width = Px(100); s.FlexWrap = FlexWrap.Wrap; },
            Node(s => { s.Width = Px(60); s.Height = Px(10); }), Node(s => { s.Width = Px(60); s.Height = Px(10); }), Node(s => { s.Width = Px(30); s.Height = Px(10); })) },
        { "column align flex-start, end, center", () => Node(s => { s.Width = Px(100); s.FlexDirection = FlexDirection.Column; s.AlignItems = ItemAlignment.FlexStart; },
            Node(s => s.Width = Px(20)), Node(s => { s.Width = Px(20); s.AlignSelf = ItemAlignment.End; }), Node(s => { s.Width = Px(20); s.AlignSelf = ItemAlignment.Center; })) },
        { "column wrap lines", () => Node(s => { s.Width = Px(100); s.Height = Px(30); s.FlexDirection = FlexDirection.Column; s.FlexWrap = FlexWrap.Wrap; s.AlignContent = ContentAlignment.FlexStart; },
            Node(s => { s.Width = Px(20); s.Height = Px(20); }), Node(s => { s.Width = Px(25); s.Height = Px(20); })) },
        { "auto margin", () => Node(s => s.Width = Px(100), Node(s => { s.Width = Px(20); s.Margin = new StyleEdges(Dimension.Auto, Px(10), Px(0), Px(0)); })) },
        { "absolute static position and insets", () => Node(s => { s.Width = Px(100); s.Height = Px(100); s.Border = new StyleEdges(Px(2), Px(6), Px(0), Px(0)); },
            Node(s => { s.Position = PositionType.Absolute; s.Width = Px(10); s.Height = Px(10); }),
            Node(s => { s.Position = PositionType.Absolute; s.Width = Px(10); s.Height = Px(10); s.Inset = new StyleEdges(Px(15), Dimension.Auto, Px(0), Dimension.Auto); })) },
        { "scrollbar gutter", () => Node(s => { s.Width = Px(100); s.Height = Px(50); s.OverflowY = Overflow.Scroll; s.ScrollbarWidth = 12; },
            Node(s => s.Width = Px(20)), Node(s => s.FlexGrow = 1)) },
        { "nested text", () => Node(s => { s.Width = Px(120); s.AlignItems = ItemAlignment.FlexStart; },
            TextLeaf("HH\u200BHHH"), Node(s => s.FlexDirection = FlexDirection.Column, TextLeaf("HHHH"))) },
    };

    [Theory]
    [MemberData(nameof(LtrTrees))]
    public void RightToLeftMirrorsLeftToRight(string name, Func<LayoutNode> build)
    {
        LayoutNode ltr = build();
        LayoutNode rtl = Mirroring.Mirror(ltr);
        LaidOut(ltr, round: false);
        LaidOut(rtl, round: false);

        Assert.True(Mirroring.IsMirrorImage(ltr, rtl, out string difference), $"{name}: {difference}");
    }

    [Fact]
    public void RightToLeftRowStartsAtTheRight()
    {
        LayoutNode root = LaidOut(Node(s => { s.Width = Px(100); s.Direction = Direction.Rtl; }, Node(s => s.Width = Px(30)), Node(s => s.Width = Px(20))));

        Assert.Equal(70, root.Children[0].Layout.X);
        Assert.Equal(50, root.Children[1].Layout.X);
    }

    [Fact]
    public void ContentBoxSizesExcludePaddingAndBorder()
    {
        LayoutNode root = LaidOut(Node(s => s.AlignItems = ItemAlignment.FlexStart,
            Node(s => { s.BoxSizing = BoxSizing.ContentBox; s.Width = Px(100); s.Height = Px(50); s.Padding = new StyleEdges(Px(10)); s.Border = new StyleEdges(Px(5)); })));

        Assert.Equal(new LayoutBox(0, 0, 130, 80), root.Children[0].Layout);
    }

    [Theory]
    [MemberData(nameof(LtrTrees))]
    public void ContentBoxEqualsBorderBoxWithPaddingAndBorderAdded(string name, Func<LayoutNode> build)
    {
        // Give every node padding and border, then express the same boxes both ways.
        LayoutNode borderBox = T.Copy(build(), s =>
        {
            s.Padding = new StyleEdges(Px(2), Px(3), Px(4), Px(1));
            s.Border = new StyleEdges(Px(1));
            s.Width = Grow(s.Width, 2 + 3 + 2);
            s.Height = Grow(s.Height, 4 + 1 + 2);
        });
        LayoutNode contentBox = T.Copy(build(), s =>
        {
            s.Padding = new StyleEdges(Px(2), Px(3), Px(4), Px(1));
            s.Border = new StyleEdges(Px(1));
            s.BoxSizing = BoxSizing.ContentBox;
        });
        LaidOut(borderBox, round: false);
        LaidOut(contentBox, round: false);

        Assert.Equal(Flatten(borderBox).Select(n => n.UnroundedLayout), Flatten(contentBox).Select(n => n.UnroundedLayout));
        Assert.NotEmpty(name);
    }

    /// <summary>A pixel size grown by the padding + border sum; other sizes unchanged.</summary>
    private static Dimension Grow(Dimension d, float by) => d.Unit == DimensionUnit.Points ? Px(d.Value + by) : d;
}

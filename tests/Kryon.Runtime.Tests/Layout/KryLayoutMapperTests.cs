using Kryon.Values;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Layout.Kry;
using static Kryon.Runtime.Tests.Layout.T;

namespace Kryon.Runtime.Tests.Layout;

public class KryLayoutMapperTests
{
    [Theory]
    [InlineData(0x01, LayoutDirection.Column, LayoutAlignment.Start, false, false, false)]
    [InlineData(0x05, LayoutDirection.Column, LayoutAlignment.Center, false, false, false)]
    [InlineData(0x21, LayoutDirection.Column, LayoutAlignment.Start, false, true, false)]
    [InlineData(0x25, LayoutDirection.Column, LayoutAlignment.Center, false, true, false)]
    [InlineData(0x04, LayoutDirection.Row, LayoutAlignment.Center, false, false, false)]
    [InlineData(0x40, LayoutDirection.Row, LayoutAlignment.Start, false, false, true)]
    [InlineData(0x1F, LayoutDirection.ColumnReverse, LayoutAlignment.SpaceBetween, true, false, false)]
    public void LayoutFlagsDecodesItsBits(byte value, LayoutDirection direction, LayoutAlignment alignment, bool wrap, bool grow, bool absolute)
    {
        var b = new LayoutFlags(value);

        Assert.Equal((direction, alignment, wrap, grow, absolute), (b.Direction, b.Alignment, b.Wrap, b.Grow, b.Absolute));
        Assert.Equal(b, LayoutFlags.Create(direction, alignment, wrap, grow, absolute));
    }

    [Fact]
    public void DefaultsAreKrysColumnStartNotCss()
    {
        LayoutStyle style = KryLayoutMapper.ToLayoutStyle(new KryLayoutProperties(), parent: null);

        Assert.Equal(FlexDirection.Column, style.FlexDirection);
        Assert.Equal(ContentAlignment.FlexStart, style.JustifyContent);
        Assert.Equal(ItemAlignment.FlexStart, style.AlignItems);
        Assert.Equal(0, style.FlexShrink);
        Assert.True(style.Width.IsAuto);
    }

    [Fact]
    public void CenterAlignmentCentersBothAxes()
    {
        var app = new KryLayoutProperties { Layout = new LayoutFlags(0x05), Width = Px(200), Height = Px(100) };
        var child = new KryLayoutProperties { Width = Px(40), Height = Px(20) };

        LayoutNode root = Build(app, child);

        Assert.Equal(new LayoutBox(80, 40, 40, 20), root.Children[0].Layout);
    }

    [Fact]
    public void GrowChildFillsTheMainAxisAndStretchesWithoutCrossSize()
    {
        var app = new KryLayoutProperties { Layout = LayoutFlags.Create(LayoutDirection.Row), Width = Px(300), Height = Px(50), Gap = 10 };
        var fixedChild = new KryLayoutProperties { Width = Px(100), Height = Px(20) };
        var growChild = new KryLayoutProperties { Layout = LayoutFlags.Create(LayoutDirection.Column, grow: true) };

        LayoutNode root = Build(app, fixedChild, growChild);

        Assert.Equal(new LayoutBox(0, 0, 100, 20), root.Children[0].Layout);
        Assert.Equal(new LayoutBox(110, 0, 190, 50), root.Children[1].Layout);
    }

    [Fact]
    public void AbsoluteChildIsPlacedAtPosFromTheContentBox()
    {
        var app = new KryLayoutProperties { Width = Px(300), Height = Px(300), Padding = KryInsets.All(10) };
        var child = new KryLayoutProperties { Layout = LayoutFlags.Create(LayoutDirection.Column, absolute: true), PosX = 20, PosY = 30, Width = Px(50), Height = Px(40) };
        var flow = new KryLayoutProperties { Height = Px(10) };

        LayoutNode root = Build(app, child, flow);

        Assert.Equal(new LayoutBox(30, 40, 50, 40), root.Children[0].Layout);
        Assert.Equal(10, root.Children[1].Layout.Y);
    }

    [Fact]
    public void ChildrenWithPositionsInsideAnAbsoluteContainerAreAbsolute()
    {
        var parent = new KryLayoutProperties { Layout = new LayoutFlags(LayoutFlags.AbsoluteBit) };
        LayoutStyle style = KryLayoutMapper.ToLayoutStyle(new KryLayoutProperties { PosX = 5 }, parent);

        Assert.Equal(PositionType.Absolute, style.Position);
        Assert.Equal(Px(5), style.Inset.Left);
    }

    [Fact]
    public void FlowElementPositionsAreOffsetsAfterPlacement()
    {
        var app = new KryLayoutProperties { Width = Px(100), Height = Px(100) };
        var child = new KryLayoutProperties { PosX = 7, PosY = 3, Width = Px(10), Height = Px(10) };

        LayoutNode root = Build(app, child);

        Assert.Equal(new LayoutBox(7, 3, 10, 10), root.Children[0].Layout);
    }

    [Fact]
    public void SpaceBetweenWrapPercentInsetsAndInvisibility()
    {
        var app = new KryLayoutProperties
        {
            Layout = LayoutFlags.Create(LayoutDirection.Row, LayoutAlignment.SpaceBetween, wrap: true), Width = Px(100),
        };
        var a = new KryLayoutProperties { Width = Pct(0.3f), Height = Px(10), Margin = new KryInsets(0, 0, 0, 5) };
        var hidden = new KryLayoutProperties { Width = Px(40), Height = Px(10), Visible = false };
        var b = new KryLayoutProperties { Width = Px(20), Height = Px(10), BorderWidth = 2 };

        LayoutNode root = Build(app, a, hidden, b);

        Assert.Equal(new LayoutBox(5, 0, 30, 10), root.Children[0].Layout);
        Assert.Equal(default, root.Children[1].Layout);
        Assert.Equal(new LayoutBox(80, 0, 20, 10), root.Children[2].Layout);
    }

    private static LayoutNode Build(KryLayoutProperties app, params KryLayoutProperties[] children)
    {
        var root = new LayoutNode(KryLayoutMapper.ToLayoutStyle(app, null));
        foreach (KryLayoutProperties child in children) root.AddChild(new LayoutNode(KryLayoutMapper.ToLayoutStyle(child, app)));
        return LaidOut(root);
    }
}

using Kryon.Runtime.Layout;

namespace Kryon.Runtime.Tests.Layout;

/// <summary>Terse construction of layout trees for tests.</summary>
internal static class T
{
    public static Dimension Px(float v) => Dimension.Points(v);
    public static Dimension Pct(float fraction) => Dimension.Percent(fraction);

    public static LayoutNode Node(Action<LayoutStyle>? configure = null, params LayoutNode[] children)
    {
        var style = new LayoutStyle();
        configure?.Invoke(style);
        var node = new LayoutNode(style);
        foreach (LayoutNode child in children) node.AddChild(child);
        return node;
    }

    public static LayoutNode TextLeaf(string text, Action<LayoutStyle>? configure = null)
    {
        var style = new LayoutStyle();
        configure?.Invoke(style);
        return new LayoutNode(style, text);
    }

    public static LayoutEngine Engine() => new(new TestFontMeasurer());

    public static LayoutNode LaidOut(LayoutNode root, bool round = true)
    {
        Engine().Compute(root, AvailableSpace.MaxContent, AvailableSpace.MaxContent, round);
        return root;
    }

    /// <summary>All nodes in pre-order.</summary>
    public static List<LayoutNode> Flatten(LayoutNode root)
    {
        var list = new List<LayoutNode>();
        void Walk(LayoutNode n)
        {
            list.Add(n);
            foreach (LayoutNode c in n.Children) Walk(c);
        }
        Walk(root);
        return list;
    }

    /// <summary>A deep copy of a tree (styles cloned, text kept).</summary>
    public static LayoutNode Copy(LayoutNode node, Action<LayoutStyle>? transform = null)
    {
        LayoutStyle style = node.Style.Clone();
        transform?.Invoke(style);
        var copy = new LayoutNode(style, node.Text);
        foreach (LayoutNode child in node.Children) copy.AddChild(Copy(child, transform));
        return copy;
    }
}

using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Layout;

namespace Kryon.Runtime.Tests.Layout;

/// <summary>A randomly generated tree: each node is a list of small "choice" numbers decoded into a style.
/// A choice of 0 always decodes to the CSS default, so FsCheck's shrinking (towards 0, towards fewer
/// children) produces minimal failing trees.</summary>
public sealed record TreeSpec(int[] Choices, TreeSpec[] Children)
{
    public override string ToString() => Describe(0);

    private string Describe(int depth) =>
        new string(' ', depth * 2) + "[" + string.Join(",", Choices) + "]\n" + string.Concat(Children.Select(c => c.Describe(depth + 1)));
}

internal static class RandomLayoutTrees
{
    public const int ChoiceCount = 28;

    public static Gen<TreeSpec> Tree(int depth) =>
        Gen.ArrayOf(Gen.Choose(0, 99), ChoiceCount).SelectMany(choices =>
            (depth == 0 ? Gen.Constant(0) : Gen.Choose(0, 4)).SelectMany(count =>
                count == 0
                    ? Gen.Constant(new TreeSpec(choices, Array.Empty<TreeSpec>()))
                    : Gen.ArrayOf(Tree(depth - 1), count).Select(children => new TreeSpec(choices, children))));

    public static Arbitrary<TreeSpec> Trees(int depth = 3) => Arb.From(Tree(depth), Shrink);

    /// <summary>Smaller trees first (drop a child, shrink a child), then simpler styles (a choice back to 0).</summary>
    public static IEnumerable<TreeSpec> Shrink(TreeSpec tree)
    {
        for (int i = 0; i < tree.Children.Length; i++)
            yield return tree with { Children = tree.Children.Where((_, k) => k != i).ToArray() };
        for (int i = 0; i < tree.Children.Length; i++)
        {
            foreach (TreeSpec smaller in Shrink(tree.Children[i]))
            {
                TreeSpec[] children = (TreeSpec[])tree.Children.Clone();
                children[i] = smaller;
                yield return tree with { Children = children };
            }
        }
        for (int k = 0; k < tree.Choices.Length; k++)
        {
            if (tree.Choices[k] == 0) continue;
            int[] choices = (int[])tree.Choices.Clone();
            choices[k] = 0;
            yield return tree with { Choices = choices };
        }
    }

    /// <summary>Builds the layout tree. <paramref name="forceLtr"/> keeps every node left-to-right.</summary>
    public static LayoutNode Build(TreeSpec spec, bool forceLtr = false, bool isRoot = true)
    {
        LayoutStyle style = Decode(spec.Choices, spec.Children.Length == 0, isRoot);
        if (forceLtr) style.Direction = Direction.Ltr;
        string? text = spec.Children.Length == 0 && spec.Choices[23] >= 70 ? Words(spec.Choices[23]) : null;
        var node = new LayoutNode(style, text);
        foreach (TreeSpec child in spec.Children) node.AddChild(Build(child, forceLtr, isRoot: false));
        return node;
    }

    private static string Words(int seed) => string.Join('\u200B', Enumerable.Range(0, 1 + seed % 4).Select(i => new string('H', 1 + (seed + i) % 5)));

    /// <summary>Decodes one node's choices into a style (index → property, 0 → CSS default).</summary>
    public static LayoutStyle Decode(int[] c, bool isLeaf, bool isRoot)
    {
        var s = new LayoutStyle
        {
            Display = c[0] < 95 || isRoot ? Display.Flex : Display.None,
            Position = c[1] < 85 || isRoot ? PositionType.Relative : PositionType.Absolute,
            FlexDirection = (FlexDirection)(c[2] % 4),
            FlexWrap = (FlexWrap)(c[3] % 3),
            FlexGrow = c[4] % 3,
            FlexShrink = (c[5] % 3) switch { 0 => 1, 1 => 0, _ => 2 },
            FlexBasis = c[6] < 60 ? Dimension.Auto : c[6] < 85 ? Dimension.Points(c[6] - 60) : Dimension.Percent((c[6] - 85) / 10f),
            JustifyContent = (ContentAlignment)(c[7] % 10),
            JustifyContentSafe = c[7] >= 90,
            AlignItems = (ItemAlignment)(1 + c[8] % 10),
            AlignSelf = (ItemAlignment)(c[9] % 11),
            AlignContent = (ContentAlignment)(c[10] % 10),
            Width = Length(c[11], 4),
            Height = Length(c[12], 3),
            MinWidth = MinMax(c[13], 3),
            MaxWidth = MinMax(c[14], 8),
            MinHeight = MinMax(c[15], 3),
            MaxHeight = MinMax(c[16], 8),
            Margin = new StyleEdges(Margin(c[17]), Margin(c[17] / 2), Margin(c[18]), Margin(c[18] / 2)),
            Padding = new StyleEdges(Dimension.Points(c[19] % 7), Dimension.Points(c[19] % 5), Dimension.Points(c[19] % 3), Dimension.Points(c[19] % 4)),
            Border = new StyleEdges(Dimension.Points(c[20] % 4), Dimension.Points(c[20] % 3), Dimension.Points(c[20] % 2), Dimension.Points(c[20] % 5)),
            ColumnGap = c[21] < 80 ? Dimension.Points(c[21] % 8) : Dimension.Percent((c[21] - 80) / 100f),
            RowGap = Dimension.Points(c[21] % 5),
            OverflowX = c[22] < 80 ? Overflow.Visible : c[22] < 90 ? Overflow.Hidden : Overflow.Scroll,
            OverflowY = c[22] < 75 ? Overflow.Visible : c[22] < 90 ? Overflow.Hidden : Overflow.Scroll,
            ScrollbarWidth = c[22] >= 90 ? 7 : 0,
            AspectRatio = c[24] < 90 ? float.NaN : 0.5f + (c[24] - 90) / 4f,
            BoxSizing = c[25] < 80 ? BoxSizing.BorderBox : BoxSizing.ContentBox,
            Direction = c[26] < 80 ? Direction.Ltr : Direction.Rtl,
        };
        if (s.Position == PositionType.Absolute)
        {
            s.Inset = new StyleEdges(
                c[27] % 3 == 0 ? Dimension.Auto : Dimension.Points(c[27] % 20),
                c[27] % 4 == 0 ? Dimension.Points(c[27] % 13) : Dimension.Auto,
                c[27] % 5 == 0 ? Dimension.Auto : Dimension.Points(c[27] % 17),
                c[27] % 2 == 0 ? Dimension.Percent(0.1f) : Dimension.Auto);
        }
        else if (c[27] >= 90)
        {
            s.Inset = new StyleEdges(Dimension.Points(c[27] - 90), Dimension.Auto, Dimension.Auto, Dimension.Points(c[27] - 95));
        }
        if (isRoot && s.Width.IsAuto) s.Width = Dimension.Points(150 + c[11]);
        return s;
    }

    private static Dimension Length(int c, int scale) =>
        c < 50 ? Dimension.Auto : c < 85 ? Dimension.Points((c - 50) * scale) : Dimension.Percent((c - 85) / 10f);

    /// <summary>A min/max size: auto, one of the sizing keywords (min-content, max-content, fit-content, stretch)
    /// or a length.</summary>
    private static Dimension MinMax(int c, int scale) =>
        c < 76 ? Dimension.Auto : c < 80 ? Dimension.Keyword((DimensionUnit)((int)DimensionUnit.MinContent + c - 76)) : Dimension.Points((c - 80) * scale);

    private static Dimension Margin(int c) =>
        c < 70 ? Dimension.Zero : c < 85 ? Dimension.Points(c - 70) : c < 95 ? Dimension.Auto : Dimension.Percent((c - 95) / 100f);
}

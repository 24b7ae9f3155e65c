namespace Kryon.Runtime.Layout;

/// <summary>Rounds the layout to whole pixels so that adjacent edges stay adjacent: sizes are the difference
/// of the box's two edges rounded in absolute (root-relative) coordinates, never rounded on their own, so
/// siblings that touch before rounding still touch after it; positions are rounded relative to the parent
/// (the Yoga/Taffy scheme, which is also what the browser-measured conformance cases show). Subtrees whose unrounded boxes and absolute origin did not
/// change since the last pass are skipped, so an incremental pass only touches what moved.</summary>
internal static class PixelRounding
{
    public static void Apply(LayoutNode root, bool round, LayoutStats stats) => Visit(root, 0f, 0f, round, stats);

    private static void Visit(LayoutNode node, float parentAbsX, float parentAbsY, bool round, LayoutStats stats)
    {
        LayoutBox box = node.Unrounded;
        float absX = parentAbsX + box.X;
        float absY = parentAbsY + box.Y;
        bool moved = absX != node.RoundedOriginX || absY != node.RoundedOriginY;
        if (!moved && !node.NeedsRounding && !node.DescendantNeedsRounding && node.WasRounded == round) return;
        node.DescendantNeedsRounding = false;

        if (moved || node.NeedsRounding || node.WasRounded != round) RoundNode(node, box, absX, absY, round, stats);

        // Children decide for themselves: each compares its own absolute origin and box with last time.
        List<LayoutNode> children = node.ChildList;
        for (int i = 0; i < children.Count; i++) Visit(children[i], absX, absY, round, stats);
    }

    private static void RoundNode(LayoutNode node, LayoutBox box, float absX, float absY, bool round, LayoutStats stats)
    {
        stats.NodesRounded++;
        node.RoundedOriginX = absX;
        node.RoundedOriginY = absY;
        node.NeedsRounding = false;
        node.Layout = round
            ? new LayoutBox(
                RoundHalfAway(box.X),
                RoundHalfAway(box.Y),
                RoundHalfAway(absX + box.Width) - RoundHalfAway(absX),
                RoundHalfAway(absY + box.Height) - RoundHalfAway(absY))
            : box;
        node.WasRounded = round;
    }

    private static float RoundHalfAway(float v) => MathF.Round(v, MidpointRounding.AwayFromZero);
}

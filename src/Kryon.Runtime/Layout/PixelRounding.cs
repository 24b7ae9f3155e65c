namespace Kryon.Runtime.Layout;

/// <summary>Rounds the layout to whole pixels so that edges that touch before rounding still touch after it:
/// every edge is rounded once, in absolute (root-relative) coordinates, and a box's rounded position and size
/// are differences of rounded edges — never rounded on their own (the Yoga scheme, applied to positions too,
/// so that siblings stay adjacent and children stay aligned with their parent's rounded box).
/// Subtrees whose unrounded boxes and absolute origin did not change since the last pass are skipped, so an
/// incremental pass only touches what moved.</summary>
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

        if (moved || node.NeedsRounding || node.WasRounded != round) RoundNode(node, box, parentAbsX, parentAbsY, absX, absY, round, stats);

        // Children decide for themselves: each compares its own absolute origin and box with last time.
        List<LayoutNode> children = node.ChildList;
        for (int i = 0; i < children.Count; i++) Visit(children[i], absX, absY, round, stats);
    }

    private static void RoundNode(LayoutNode node, LayoutBox box, float parentAbsX, float parentAbsY, float absX, float absY, bool round, LayoutStats stats)
    {
        stats.NodesRounded++;
        node.RoundedOriginX = absX;
        node.RoundedOriginY = absY;
        node.NeedsRounding = false;
        var layout = round
            ? new LayoutBox(
                RoundHalfAway(absX) - RoundHalfAway(parentAbsX),
                RoundHalfAway(absY) - RoundHalfAway(parentAbsY),
                RoundHalfAway(absX + box.Width) - RoundHalfAway(absX),
                RoundHalfAway(absY + box.Height) - RoundHalfAway(absY))
            : box;
        node.WasRounded = round;
        if (layout == node.Layout) return;
        node.Layout = layout;
        node.NoteBoxChanged();
    }

    private static float RoundHalfAway(float v) => MathF.Round(v, MidpointRounding.AwayFromZero);
}

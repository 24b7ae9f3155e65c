using Kryon.Runtime.Layout;

namespace Kryon.Runtime.Tests.Layout;

/// <summary>Builds the right-to-left counterpart of a tree (direction rtl, left and right swapped in every
/// margin, padding, border and inset) and checks that its layout is the horizontal mirror image.</summary>
internal static class Mirroring
{
    public static LayoutNode Mirror(LayoutNode ltr) => T.Copy(ltr, s =>
    {
        s.Direction = Direction.Rtl;
        s.Margin = Swap(s.Margin);
        s.Padding = Swap(s.Padding);
        s.Border = Swap(s.Border);
        s.Inset = Swap(s.Inset);
    });

    private static StyleEdges Swap(StyleEdges e) => new(e.Right, e.Left, e.Top, e.Bottom);

    /// <summary>Compares unrounded boxes: x' = parentWidth − x − width, everything else equal.</summary>
    public static bool IsMirrorImage(LayoutNode ltr, LayoutNode rtl, out string difference, float parentWidth = float.NaN, string path = "root")
    {
        LayoutBox a = ltr.UnroundedLayout, b = rtl.UnroundedLayout;
        if (ltr.Style.Display == Display.None)
        {
            // Hidden subtrees collapse to empty boxes at the origin in both directions.
            difference = a == b ? "" : $"{path}: hidden box differs: ltr {a}, rtl {b}";
            return a == b;
        }
        float expectedX = float.IsNaN(parentWidth) ? a.X : parentWidth - a.X - a.Width;
        if (!Close(b.X, expectedX) || !Close(a.Y, b.Y) || !Close(a.Width, b.Width) || !Close(a.Height, b.Height))
        {
            difference = $"{path}: ltr {a}, rtl {b}, expected rtl x {expectedX}";
            return false;
        }
        for (int i = 0; i < ltr.Children.Count; i++)
        {
            if (!IsMirrorImage(ltr.Children[i], rtl.Children[i], out difference, a.Width, $"{path}/{i}")) return false;
        }
        difference = "";
        return true;
    }

    private static bool Close(float a, float b) => MathF.Abs(a - b) <= 0.001f * MathF.Max(1f, MathF.Abs(a));
}

using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Styling;
using Kryon.Runtime.Text;
using Kryon.Values;

namespace Kryon.Runtime.Frames;

/// <summary>
/// Keeps the layout nodes in step with the elements and runs the layout engine: only elements
/// whose layout-affecting properties changed get a new layout style (and their children, whose
/// style reads the parent's layout words), and the engine's cache relays out only dirty subtrees.
/// </summary>
public sealed class LayoutStage
{
    private float _width = -1, _height = -1;

    public LayoutStage(ITextMeasurer? measurer = null)
    {
        Measurer = measurer ?? EstimatedMeasurer();
        Engine = new LayoutEngine(Measurer);
    }

    /// <summary>The measurer used when no font backend is given: estimated advances in each element's own font.</summary>
    public static ITextMeasurer EstimatedMeasurer() => new EstimatedTextMeasurer(node => FontOf(node.Context as Element));

    public ITextMeasurer Measurer { get; }

    public LayoutEngine Engine { get; }

    /// <summary>Brings layout styles up to date and lays out when anything changed. Returns whether a layout pass ran.</summary>
    public bool Update(ElementTree tree, float width, float height)
    {
        if (tree.Root is not { } root) return false;
        bool resized = width != _width || height != _height;
        var changed = tree.LayoutChanged;
        if (changed.Count == 0 && !resized) return false;
        for (int i = 0; i < changed.Count; i++)
        {
            var e = changed[i];
            if (!e.IsAttached) continue;
            Refresh(e);
            var children = e.Children;
            for (int c = 0; c < children.Count; c++)
                if (!children[c].QueuedForLayout) Refresh(children[c]);
        }
        if (resized || changed.Contains(root)) SizeRoot(root, width, height);
        tree.ClearLayoutChanges();
        _width = width;
        _height = height;
        Engine.Compute(root.LayoutNode, width, height);
        return true;
    }

    /// <summary>The window is the App's box (KRY.md §6.2 step 1), whatever size the app asked for.</summary>
    private static void SizeRoot(Element root, float width, float height)
    {
        var style = root.LayoutNode.Style.Clone();
        style.Width = Dimension.Points(width);
        style.Height = Dimension.Points(height);
        root.LayoutNode.Style = style;
    }

    private static void Refresh(Element e)
    {
        e.LayoutNode.Style = LayoutPropertyMapper.ToLayoutStyle(e, e.Parent);
        if (e.Children.Count > 0) e.LayoutNode.Text = null;
        // An empty Input still holds one line (the caret's), so it is measured as empty text, not as no text.
        else if (e.Is(ElementKind.Input)) e.LayoutNode.Text = ElementText.Displayed(e) ?? "";
        else e.LayoutNode.Text = NonEmpty(ElementText.Displayed(e));
        e.LayoutNode.IntrinsicSize = e.Children.Count == 0 && e.Is(ElementKind.Slider) ? SliderSize(e) : null;
    }

    /// <summary>
    /// A Slider draws a track and a thumb but shows no text, so it would measure 0×0 and vanish
    /// (KRY.md §6.2 rule 9 asks for a visible minimum): like a browser's range input it is ten
    /// ems wide and a line high at its font size.
    /// </summary>
    private static (float Width, float Height) SliderSize(Element e)
    {
        var font = FontOf(e);
        return (font.Size * 10, font.Size * font.LineHeight);
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>The font a text leaf is measured with (the display list draws it with the same).</summary>
    public static TextFont FontOf(Element? e)
    {
        var style = TextStyle.Of(e);
        return new TextFont(style.FontSize, style.LineHeight);
    }
}

using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Layout;
using Kryon.Values;

namespace Kryon.Runtime.Rendering;

/// <summary>
/// Walks the laid-out element tree in paint order and writes its draw commands: background,
/// border, text or image, then the children (clipped when `overflow` is hidden or scroll, shifted
/// by the scroll offset), wrapped in an opacity group when the element is translucent. Records
/// each element's window box and clip for hit testing. Text and image runs are kept per element
/// and rebuilt only for elements whose paint inputs changed, so an unchanged frame allocates nothing.
///
/// Incremental (ARCHITECTURE.md "Display list": rebuilt incrementally): a subtree with no change
/// inside (no Paint/Layout/Structure change, no box that moved, no repaint request) whose window
/// box, clip and padding basis are the ones of the last build copies its commands from the last
/// list in one block (DisplayListBuilder.Reuse.cs). The result is the list a full build would give.
/// The same walk records the list's damage: the old and new bounds of every element whose own
/// painting changed.
/// </summary>
public sealed partial class DisplayListBuilder
{
    private readonly Stack<List<Element>> _orderBuffers = new();

    /// <summary>Supplies the live text, caret, selection and composition of an Input being edited (the runtime's text editors).</summary>
    public Func<Element, InputView?>? EditorState { get; set; }

    /// <summary>The selection's highlight behind the text: a translucent blue that reads on light and dark backgrounds.</summary>
    public static readonly Color SelectionColor = new(0x33, 0x8F, 0xFF, 0x66);

    /// <summary>The element that has keyboard focus (draws a caret when it is an Input).</summary>
    public Element? Focused { get; set; }

    /// <summary>Measures the caret offset within an Input's text.</summary>
    public ITextMeasurer? Measurer { get; set; }

    public void Build(ElementTree tree, DisplayList list, float width, float height)
    {
        var background = tree.Root?.Get(Props.BackgroundColor) is ColorValue bg ? bg.Value : Color.Transparent;
        var top = BeginBuild(tree, list, width, height, background);
        list.Width = width;
        list.Height = height;
        list.Background = background;
        var window = new LayoutBox(0, 0, width, height);
        if (tree.Root is { } root) Paint(root, list, 0, 0, window, top);
        EndBuild(list);
    }

    private void Paint(Element e, DisplayList list, float originX, float originY, LayoutBox clip, in PaintParent parent)
    {
        var local = e.LayoutNode.Layout;
        var box = new LayoutBox(originX + local.X, originY + local.Y, local.Width, local.Height);
        if (TryReuse(e, list, box, clip, parent, out var self)) return;

        bool paintInputsChanged = (e.Changes & (ElementChanges.Paint | ElementChanges.Layout)) != 0;
        e.Changes &= ~(ElementChanges.Paint | ElementChanges.Structure);
        if (!PaintOrder.IsVisible(e))
        {
            MarkUnpainted(e);
            EndElement(e, list, clip, self);
            return;
        }
        e.ScreenBox = box;
        e.ScreenClip = Intersect(clip, box, includeOverflow: true, clip);
        e.IsPainted = true;

        float opacity = e.Get(Props.Opacity) is FloatValue o ? (float)Math.Clamp(o.Value, 0, 1) : 1;
        if (opacity <= 0)
        {
            ForgetChildren(e, unpaint: false);
            EndElement(e, list, clip, self);
            return;
        }
        if (opacity < 1) list.Add(new DisplayCommand(DisplayCommandKind.PushOpacity, box, Opacity: opacity, Element: e.Handle));

        float radius = e.Get(Props.BorderRadius) is IntValue r ? r.Value : 0;
        // A Slider's background colour is its track's colour (SliderPainter), not a fill of its box.
        if (!e.Is(ElementKind.Slider) && e.Get(Props.BackgroundColor) is ColorValue { Value.A: > 0 } background)
            list.Add(new DisplayCommand(DisplayCommandKind.FillRect, box, background.Value, radius, Element: e.Handle));
        var sides = e.BorderSides;
        if (sides.Any && e.Get(Props.BorderColor) is ColorValue { Value.A: > 0 } border)
            list.Add(new DisplayCommand(DisplayCommandKind.Border, box, border.Value, radius, sides, Element: e.Handle));

        var content = ContentBox(e, box, sides);
        // A reference build (FromScratch) makes every run anew instead of trusting the per-element caches.
        PaintContent(e, list, content, paintInputsChanged || FromScratch);

        if (e.Children.Count > 0) PaintChildren(e, list, box, sides, radius, clip, self);
        if (opacity < 1) list.Add(new DisplayCommand(DisplayCommandKind.PopOpacity, box, Element: e.Handle));
        EndElement(e, list, clip, self);
    }

    private void PaintChildren(Element e, DisplayList list, LayoutBox box, BorderWidths sides, float radius, LayoutBox clip, in PaintParent self)
    {
        bool clips = e.Get(Props.Overflow) is EnumValue { Member: "hidden" or "scroll" };
        var padding = sides.Inset(box);
        var childClip = clips ? Intersect(clip, padding, includeOverflow: false, clip) : clip;
        if (clips) list.Add(new DisplayCommand(DisplayCommandKind.PushClip, padding, Radius: Math.Max(0, radius - sides.Max), Element: e.Handle));
        float originX = box.X - (clips ? e.ScrollX : 0), originY = box.Y - (clips ? e.ScrollY : 0);
        var order = _orderBuffers.Count > 0 ? _orderBuffers.Pop() : [];
        PaintOrder.Children(e, order);
        float extentX = 0, extentY = 0;
        foreach (var child in order)
        {
            Paint(child, list, originX, originY, childClip, self);
            var l = child.LayoutNode.Layout;
            extentX = Math.Max(extentX, l.Right - sides.Left);
            extentY = Math.Max(extentY, l.Bottom - sides.Top);
        }
        e.ContentWidth = extentX;
        e.ContentHeight = extentY;
        order.Clear();
        _orderBuffers.Push(order);
        if (clips) list.Add(new DisplayCommand(DisplayCommandKind.PopClip, padding, Element: e.Handle));
    }

    private void PaintContent(Element e, DisplayList list, LayoutBox content, bool changed)
    {
        if (e.Is(ElementKind.Image) || e.Is(ElementKind.Video))
        {
            if (changed || e.CachedImageRun is null) e.CachedImageRun = ImageOf(e);
            if (e.CachedImageRun is { } image) list.Add(new DisplayCommand(DisplayCommandKind.Image, content, Image: image, Element: e.Handle));
            return;
        }
        if (e.Is(ElementKind.Slider))
        {
            if (e.Children.Count == 0) SliderPainter.Paint(e, list, content);
            return;
        }
        if (e.Info is null || (e.Info.Bit & ElementSet.TextBearing) == 0 || e.Children.Count > 0) return;
        var editor = e.Is(ElementKind.Input) ? EditorState?.Invoke(e) : null;
        // Only the focused Input shows its selection, composition and caret (as a browser draws an unfocused field: text only).
        var edited = editor is { } view && ReferenceEquals(Focused, e) ? view : (InputView?)null;
        if (edited is { HasSelection: true } selected) AddSelection(e, list, content, selected);
        if (changed || e.CachedTextRun is null || editor is not null) e.CachedTextRun = TextOf(e, editor?.Text);
        if (e.CachedTextRun is { Text.Length: > 0 } run) list.Add(new DisplayCommand(DisplayCommandKind.Text, content, run.Color, Text: run, Element: e.Handle));
        if (edited is { PreeditLength: > 0 } composing) AddPreeditUnderline(e, list, content, composing);
        if (edited is { } state) AddCaret(e, list, content, state);
    }

    /// <summary>The line box the Input's single line of text is drawn in: its top within the content box and its height.</summary>
    private static (float Top, float Height) LineOf(Element e, LayoutBox content)
    {
        var style = Kryon.Runtime.Text.TextStyle.Of(e);
        float lineHeight = style.FontSize * style.LineHeight;
        return (TextPlacement.SingleLineTop(content.Height, lineHeight), lineHeight);
    }

    private static Color TextColorOf(Element e) => e.Get(Props.TextColor) is ColorValue c ? c.Value : new Color(0, 0, 0, 255);

    /// <summary>
    /// The caret of a focused Input: one pixel wide and one line high, on the line the backend draws
    /// the text on (<see cref="TextPlacement.SingleLineTop"/>, the rule the painter uses) and at the
    /// glyph edge before the caret index (<see cref="TextPlacement.CaretX"/>, exact when the measurer can say).
    /// </summary>
    private void AddCaret(Element e, DisplayList list, LayoutBox content, InputView view)
    {
        var (top, height) = LineOf(e, content);
        float x = TextPlacement.CaretX(Measurer, e, content.Width, view.Text, view.Caret);
        list.Add(new DisplayCommand(DisplayCommandKind.Caret, new LayoutBox(content.X + x, content.Y + top, 1, height), TextColorOf(e), Element: e.Handle));
    }

    /// <summary>The selected text's highlight: from the glyph edge at one end of the selection to the other, one line high, behind the text.</summary>
    private void AddSelection(Element e, DisplayList list, LayoutBox content, InputView view)
    {
        var (top, height) = LineOf(e, content);
        var (left, right) = Span(e, content, view, view.SelectionStart, view.SelectionEnd);
        if (right > left) list.Add(new DisplayCommand(DisplayCommandKind.FillRect, new LayoutBox(content.X + left, content.Y + top, right - left, height), SelectionColor, Element: e.Handle));
    }

    /// <summary>
    /// An input method's composition is underlined, as every platform's text fields show it: a line
    /// under the composed characters near the bottom of the line box, in the text's colour.
    /// </summary>
    private void AddPreeditUnderline(Element e, DisplayList list, LayoutBox content, InputView view)
    {
        var (top, height) = LineOf(e, content);
        var (left, right) = Span(e, content, view, view.PreeditStart, view.PreeditStart + view.PreeditLength);
        float thickness = Math.Max(1, MathF.Round(Kryon.Runtime.Text.TextStyle.Of(e).FontSize / 16));
        if (right > left) list.Add(new DisplayCommand(DisplayCommandKind.FillRect, new LayoutBox(content.X + left, content.Y + top + height - thickness - 1, right - left, thickness), TextColorOf(e), Element: e.Handle));
    }

    /// <summary>The horizontal extent of the text between two indices, within the content box (either order of the glyph edges: right-to-left text).</summary>
    private (float Left, float Right) Span(Element e, LayoutBox content, InputView view, int from, int to)
    {
        float a = TextPlacement.CaretX(Measurer, e, content.Width, view.Text, from);
        float b = TextPlacement.CaretX(Measurer, e, content.Width, view.Text, to);
        return (Math.Clamp(Math.Min(a, b), 0, content.Width), Math.Clamp(Math.Max(a, b), 0, content.Width));
    }

    private static TextRun? TextOf(Element e, string? editorText)
    {
        string? text = ElementText.Displayed(e, editorText);
        if (string.IsNullOrEmpty(text)) return null;
        var color = TextColorOf(e);
        if (ElementText.ShowsPlaceholder(e, editorText)) color = color with { A = (byte)(color.A * 0.5) };
        var align = (e.Get(Props.TextAlignment) as EnumValue)?.Member switch
        {
            "center" => TextAlign.Center,
            "end" => TextAlign.End,
            "justify" => TextAlign.Justify,
            _ => TextAlign.Start,
        };
        // The same style the layout measured the text with (TextStyle.Of), so drawing wraps where layout did.
        var style = Kryon.Runtime.Text.TextStyle.Of(e);
        return new TextRun(
            text,
            style.FontFamily,
            style.FontSize,
            style.FontWeight,
            style.Italic,
            color,
            align,
            style.LineHeight,
            Wrap: style.Wrap,
            Ellipsis: !style.Wrap || e.Get(Props.Overflow) is EnumValue { Member: "hidden" },
            RightToLeft: style.RightToLeft,
            Decoration: e.Get(Props.TextDecoration) is EnumValue { Member: not "none" } d ? d.Member : null,
            LetterSpacing: style.LetterSpacing);
    }

    /// <summary>CSS weights for KRY's named weights (KRY.md §5.3).</summary>
    public static int WeightOf(PropertyValue? value) => value switch
    {
        FontWeightValue { Named: "bold" } => 700,
        FontWeightValue { Named: "light" } => 300,
        FontWeightValue { Named: "heavy" } => 900,
        FontWeightValue { Named: null } w => w.Numeric,
        _ => 400,
    };

    private static ImageRun? ImageOf(Element e)
    {
        if (e.Get(Props.ImageSource) is not ResourceValue source || source.Path.Length == 0) return null;
        return new ImageRun(source.Path, (e.Get(Props.Fit) as EnumValue)?.Member ?? "contain");
    }

    /// <summary>The box text is drawn in (internal: the runtime maps a press in an Input to a caret index from it).</summary>
    internal static LayoutBox ContentBox(Element e, LayoutBox box, BorderWidths border)
    {
        var style = e.LayoutNode.Style;
        float basis = e.Parent?.LayoutNode.Layout.Width ?? box.Width;
        float left = border.Left + style.Padding.Left.ResolveOrZero(basis), right = border.Right + style.Padding.Right.ResolveOrZero(basis);
        float top = border.Top + style.Padding.Top.ResolveOrZero(basis), bottom = border.Bottom + style.Padding.Bottom.ResolveOrZero(basis);
        return new LayoutBox(box.X + left, box.Y + top, Math.Max(0, box.Width - left - right), Math.Max(0, box.Height - top - bottom));
    }

    private static LayoutBox Intersect(LayoutBox a, LayoutBox b, bool includeOverflow, LayoutBox fallback)
    {
        if (includeOverflow) return fallback; // an element's own overflow does not clip itself, only its children
        float x = Math.Max(a.X, b.X), y = Math.Max(a.Y, b.Y);
        float right = Math.Min(a.Right, b.Right), bottom = Math.Min(a.Bottom, b.Bottom);
        return new LayoutBox(x, y, Math.Max(0, right - x), Math.Max(0, bottom - y));
    }

    /// <summary>A hidden element: it and its subtree are not painted (hit testing skips them).</summary>
    private static void MarkUnpainted(Element e)
    {
        e.IsPainted = false;
        ForgetChildren(e, unpaint: true);
    }
}

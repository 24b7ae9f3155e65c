using Kryon.Compiler.Binding;
using Kryon.Registry;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Styling;
using Kryon.Runtime.Text;
using Kryon.Values;

namespace Kryon.Cli.Layout;

/// <summary>
/// Lays out a compiled app's element tree (components expanded) in a window of a given size:
/// each element becomes a layout node styled from its style and own properties, text-bearing
/// elements become measured text leaves. The CLI's in-memory path; the runtime builds the same
/// nodes from KRB.
/// </summary>
public sealed class AppLayout
{
    /// <summary>An element with its resolved properties, attached to its layout node.</summary>
    public sealed class ElementBox(BoundElement element, ElementBox? parent) : IPropertySource
    {
        private readonly Dictionary<string, PropertyValue> _values = Resolve(element);

        public BoundElement Element { get; } = element;

        public ElementBox? Parent { get; } = parent;

        public LayoutFlags Layout => Element.Layout;

        public LayoutNode Node { get; set; } = null!;

        public List<ElementBox> Children { get; } = [];

        public PropertyValue? Get(string propertyName) => _values.GetValueOrDefault(propertyName);

        /// <summary>An inherited property's value: this element's, else the nearest ancestor's (KRY.md §6.3 step 7).</summary>
        public PropertyValue? GetInherited(string propertyName) => Get(propertyName) ?? Parent?.GetInherited(propertyName);

        /// <summary>Defaults → style → element (KRY.md §6.3 steps 1–3; no interaction state is active in a static layout).</summary>
        private static Dictionary<string, PropertyValue> Resolve(BoundElement e)
        {
            var values = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
            if (e.Style is not null)
                foreach (var p in e.Style.Properties) values[p.Name] = p.Value;
            foreach (var p in e.Properties) values[p.Name] = p.Value;
            if (e.Type.Kind == ElementKind.App)
            {
                // The App's box is the window (KRY.md §6.2 step 1).
                values["width"] = new LengthValue(Length.Px(IntOf(values, "window_width", 800)));
                values["height"] = new LengthValue(Length.Px(IntOf(values, "window_height", 600)));
            }
            return values;
        }

        private static int IntOf(Dictionary<string, PropertyValue> values, string name, int fallback) =>
            values.GetValueOrDefault(name) is IntValue i ? i.Value : fallback;
    }

    public required ElementBox Root { get; init; }

    public required LayoutEngine Engine { get; init; }

    public static AppLayout Build(BoundElement root)
    {
        var rootBox = BuildBox(root, null);
        var engine = new LayoutEngine(new EstimatedTextMeasurer(node => FontOf((ElementBox)node.Context!)));
        return new AppLayout { Root = rootBox, Engine = engine };
    }

    /// <summary>The window size the app asks for (window_width × window_height).</summary>
    public (float Width, float Height) WindowSize =>
        ((float)((LengthValue)Root.Get("width")!).Value.Value, (float)((LengthValue)Root.Get("height")!).Value.Value);

    /// <summary>Lays the app out in a window of the given size (the App's box is the window, whatever it asked for).</summary>
    public void Compute(float width, float height)
    {
        var style = Root.Node.Style.Clone();
        style.Width = Dimension.Points(width);
        style.Height = Dimension.Points(height);
        Root.Node.Style = style;
        Engine.Compute(Root.Node, width, height);
    }

    private static ElementBox BuildBox(BoundElement element, ElementBox? parent)
    {
        var box = new ElementBox(element, parent);
        box.Node = new LayoutNode(LayoutPropertyMapper.ToLayoutStyle(box, parent), TextOf(box)) { Context = box };
        foreach (var child in element.Children)
        {
            var childBox = BuildBox(child, box);
            box.Children.Add(childBox);
            box.Node.AddChild(childBox.Node);
        }
        return box;
    }

    /// <summary>Text that sizes a leaf: Text/Button/Checkbox/Radio labels, an Input's value or else its placeholder.</summary>
    private static string? TextOf(ElementBox box)
    {
        if (box.Element.Children.Count > 0) return null;
        string? text = (box.Get("text") as StringValue)?.Value;
        if (box.Element.Type.Kind == ElementKind.Input)
            text = (box.Get("value") as StringValue)?.Value is { Length: > 0 } value ? value : (box.Get("placeholder") as StringValue)?.Value ?? text;
        if (string.IsNullOrEmpty(text)) return null;
        return (box.GetInherited("text_transform") as EnumValue)?.Member switch
        {
            "uppercase" => text.ToUpperInvariant(),
            "lowercase" => text.ToLowerInvariant(),
            _ => text,
        };
    }

    private static TextFont FontOf(ElementBox box)
    {
        float size = box.GetInherited("font_size") is IntValue i ? i.Value : 16;
        float lineHeight = box.Get("line_height") is FloatValue f ? (float)f.Value : 1.2f;
        return new TextFont(size, lineHeight);
    }
}

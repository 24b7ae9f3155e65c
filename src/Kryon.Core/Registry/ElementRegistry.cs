using System.Diagnostics.CodeAnalysis;

namespace Kryon.Registry;

/// <summary>The built-in element types, by KRY name and by KRB id.</summary>
public static class ElementRegistry
{
    public static IReadOnlyList<ElementInfo> All { get; } =
    [
        new("App", ElementKind.App, ElementSet.App, true, false, "The root: the window and the app's metadata."),
        new("Container", ElementKind.Container, ElementSet.Container, true, false, "A layout box for other elements."),
        new("Text", ElementKind.Text, ElementSet.Text, false, false, "Displays text."),
        new("Image", ElementKind.Image, ElementSet.Image, false, false, "Displays a bitmap image."),
        new("Canvas", ElementKind.Canvas, ElementSet.Canvas, false, true, "Custom drawing surface (reserved)."),
        new("Button", ElementKind.Button, ElementSet.Button, true, false, "A clickable button."),
        new("Input", ElementKind.Input, ElementSet.Input, false, false, "A text entry field."),
        new("Checkbox", ElementKind.Checkbox, ElementSet.Checkbox, false, true, "A checkable box with a label."),
        new("Radio", ElementKind.Radio, ElementSet.Radio, false, true, "One choice of a radio group."),
        new("Slider", ElementKind.Slider, ElementSet.Slider, false, true, "Picks a number in a range."),
        new("List", ElementKind.List, ElementSet.List, true, true, "A list of items."),
        new("Grid", ElementKind.Grid, ElementSet.Grid, true, true, "A grid of items."),
        new("Scrollable", ElementKind.Scrollable, ElementSet.Scrollable, true, true, "A scrolling container."),
        new("Tabs", ElementKind.Tabs, ElementSet.Tabs, true, true, "A tabbed container."),
        new("Video", ElementKind.Video, ElementSet.Video, false, true, "Plays a video."),
    ];

    private static readonly Dictionary<string, ElementInfo> ByName = All.ToDictionary(e => e.Name, StringComparer.Ordinal);
    private static readonly Dictionary<byte, ElementInfo> ById = All.ToDictionary(e => e.KrbId);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryGet(string name, [NotNullWhen(true)] out ElementInfo? info) => ByName.TryGetValue(name, out info);

    public static bool TryGet(byte krbId, [NotNullWhen(true)] out ElementInfo? info) => ById.TryGetValue(krbId, out info);

    public static ElementInfo Get(ElementKind kind) => ById[(byte)kind];
}

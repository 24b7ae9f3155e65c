namespace Kryon.Registry;

/// <summary>The built-in element types; each value is the element's KRB type id (KRB.md §5.2).</summary>
public enum ElementKind : byte
{
    App = 0x00,
    Container = 0x01,
    Text = 0x02,
    Image = 0x03,
    Canvas = 0x04,
    Button = 0x10,
    Input = 0x11,
    Checkbox = 0x12,
    Radio = 0x13,
    Slider = 0x14,
    List = 0x20,
    Grid = 0x21,
    Scrollable = 0x22,
    Tabs = 0x23,
    Video = 0x30,
}

/// <summary>A set of element kinds, for "which elements accept this property".</summary>
[Flags]
public enum ElementSet : uint
{
    None = 0,
    App = 1 << 0,
    Container = 1 << 1,
    Text = 1 << 2,
    Image = 1 << 3,
    Canvas = 1 << 4,
    Button = 1 << 5,
    Input = 1 << 6,
    Checkbox = 1 << 7,
    Radio = 1 << 8,
    Slider = 1 << 9,
    List = 1 << 10,
    Grid = 1 << 11,
    Scrollable = 1 << 12,
    Tabs = 1 << 13,
    Video = 1 << 14,

    /// <summary>Elements that show a text label and so take the text properties.</summary>
    TextBearing = Text | Button | Input | Checkbox | Radio,
    All = (1u << 15) - 1,
}

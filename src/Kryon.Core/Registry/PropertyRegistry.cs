using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Kryon.Registry;

/// <summary>How a name given in source was matched to a property.</summary>
public enum NameMatch
{
    Canonical,
    Alias,
    /// <summary>camelCase spelling of a snake_case name (accepted with a warning, KRY.md §5).</summary>
    CamelCase,
}

/// <summary>
/// The one table of every KRY property (KRY.md §5, KRB.md §6.3/§6.6, plus the CSS flexbox
/// extension the layout engine implements). The compiler, the KRB reader and writer, the
/// runtime, the language server and the docs all read this table; nothing else lists properties.
/// </summary>
public static partial class PropertyRegistry
{
    private static readonly Dictionary<string, PropertyInfo> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, PropertyInfo> ByAlias = new(StringComparer.Ordinal);
    private static readonly Dictionary<byte, PropertyInfo> ByKrbId = new();
    private static readonly Dictionary<byte, PropertyInfo> ByEventType = new();

    public static IReadOnlyList<PropertyInfo> All { get; }

    static PropertyRegistry()
    {
        All = BuildTable();
        for (int i = 0; i < All.Count; i++) All[i].Index = i;
        foreach (var p in All)
        {
            if (!ByName.TryAdd(p.Name, p)) throw new InvalidOperationException($"property '{p.Name}' listed twice");
            foreach (var a in p.Aliases)
                if (!ByAlias.TryAdd(a, p)) throw new InvalidOperationException($"alias '{a}' listed twice");
            if (p.KrbId is { } id && !ByKrbId.TryAdd(id, p)) throw new InvalidOperationException($"KRB id 0x{id:X2} listed twice");
            if (p.KrbEventType is { } ev && !ByEventType.TryAdd(ev, p)) throw new InvalidOperationException($"event type {ev} listed twice");
        }
        foreach (var a in ByAlias.Keys)
            if (ByName.ContainsKey(a)) throw new InvalidOperationException($"alias '{a}' is also a property name");
    }

    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>Every spelling that resolves to a property (names and aliases), for "did you mean".</summary>
    public static IEnumerable<string> NamesAndAliases => ByName.Keys.Concat(ByAlias.Keys);

    public static PropertyInfo Get(string canonicalName) => ByName[canonicalName];

    public static bool TryGet(string canonicalName, [NotNullWhen(true)] out PropertyInfo? info) => ByName.TryGetValue(canonicalName, out info);

    public static bool TryGetByKrbId(byte id, [NotNullWhen(true)] out PropertyInfo? info) => ByKrbId.TryGetValue(id, out info);

    public static bool TryGetByEventType(byte type, [NotNullWhen(true)] out PropertyInfo? info) => ByEventType.TryGetValue(type, out info);

    /// <summary>Finds a property by its canonical name, an alias, or the camelCase form of either.</summary>
    public static bool TryResolve(string name, [NotNullWhen(true)] out PropertyInfo? info, out NameMatch match)
    {
        match = NameMatch.Canonical;
        if (ByName.TryGetValue(name, out info)) return true;
        match = NameMatch.Alias;
        if (ByAlias.TryGetValue(name, out info)) return true;
        match = NameMatch.CamelCase;
        if (HasUpperAfterFirst(name))
        {
            var snake = CamelToSnake(name);
            if (ByName.TryGetValue(snake, out info)) return true;
            if (ByAlias.TryGetValue(snake, out info)) return true;
        }
        info = null;
        return false;
    }

    /// <summary>`backgroundColor` → `background_color`.</summary>
    public static string CamelToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool HasUpperAfterFirst(string name)
    {
        for (int i = 1; i < name.Length; i++)
            if (char.IsAsciiLetterUpper(name[i])) return true;
        return false;
    }

    // ---- the table ------------------------------------------------------------------------

    private static readonly string[] SizeKeywords = ["auto", "min-content", "max-content", "fit-content", "stretch"];
    private static readonly string[] MinSizeKeywords = ["auto", "min-content", "max-content", "fit-content", "stretch"];
    private static readonly string[] MaxSizeKeywords = ["none", "min-content", "max-content", "fit-content", "stretch"];

    private static EnumMember[] Members(params string[] names) => names.Select((n, i) => new EnumMember(n, (byte)i)).ToArray();

    /// <summary>The align-items/justify-content words, each also with a `safe`/`unsafe` overflow prefix.</summary>
    private static EnumMember[] AlignmentMembers(params string[] names)
    {
        var list = new List<EnumMember>();
        foreach (var n in names) list.Add(new EnumMember(n, (byte)list.Count));
        foreach (var n in names)
        {
            if (n is "stretch" or "baseline" or "normal" or "auto" or "space-between" or "space-around" or "space-evenly") continue;
            list.Add(new EnumMember("safe " + n, (byte)list.Count));
            list.Add(new EnumMember("unsafe " + n, (byte)list.Count));
        }
        return list.ToArray();
    }

    private static List<PropertyInfo> BuildTable()
    {
        var t = new List<PropertyInfo>();

        // §5.2 universal
        t.Add(new() { Name = "id", Kind = ValueKind.String, Group = PropertyGroup.Universal, InStyle = StyleUse.Forbidden, Description = "Element id, for scripts (getElementById) and component slots. Stored in the element header." });
        t.Add(new() { Name = "style", Kind = ValueKind.StyleId, Group = PropertyGroup.Universal, InStyle = StyleUse.Forbidden, Description = "The style applied to this element. Stored in the element header (1-based style id)." });
        t.Add(new() { Name = "pos_x", Aliases = ["x"], Kind = ValueKind.Int, Group = PropertyGroup.Universal, Default = "0", Minimum = 0, Maximum = 65535, AffectsLayout = true, InStyle = StyleUse.Forbidden, Description = "Horizontal position in px: absolute elements are placed there, flow elements are offset by it." });
        t.Add(new() { Name = "pos_y", Aliases = ["y"], Kind = ValueKind.Int, Group = PropertyGroup.Universal, Default = "0", Minimum = 0, Maximum = 65535, AffectsLayout = true, InStyle = StyleUse.Forbidden, Description = "Vertical position in px." });
        t.Add(new() { Name = "width", Aliases = ["w"], Kind = ValueKind.Length, Group = PropertyGroup.Universal, Default = "auto", LengthKeywords = SizeKeywords, Minimum = 0, Maximum = 65535, AffectsLayout = true, Description = "Preferred width: px, % of the parent's content box, auto, or a sizing keyword." });
        t.Add(new() { Name = "height", Aliases = ["h"], Kind = ValueKind.Length, Group = PropertyGroup.Universal, Default = "auto", LengthKeywords = SizeKeywords, Minimum = 0, Maximum = 65535, AffectsLayout = true, Description = "Preferred height." });
        t.Add(new() { Name = "min_width", Kind = ValueKind.Length, Group = PropertyGroup.Universal, Default = "auto", LengthKeywords = MinSizeKeywords, Minimum = 0, Maximum = 65535, AffectsLayout = true, KrbId = 0x11, KrbType = KrbValueType.Short, Description = "Minimum width." });
        t.Add(new() { Name = "min_height", Kind = ValueKind.Length, Group = PropertyGroup.Universal, Default = "auto", LengthKeywords = MinSizeKeywords, Minimum = 0, Maximum = 65535, AffectsLayout = true, KrbId = 0x12, KrbType = KrbValueType.Short, Description = "Minimum height." });
        t.Add(new() { Name = "max_width", Kind = ValueKind.Length, Group = PropertyGroup.Universal, Default = "none", LengthKeywords = MaxSizeKeywords, Minimum = 0, Maximum = 65535, AffectsLayout = true, KrbId = 0x13, KrbType = KrbValueType.Short, Description = "Maximum width (KRB MaxWidth also carries % and style widths, KRB.md §6.4)." });
        t.Add(new() { Name = "max_height", Kind = ValueKind.Length, Group = PropertyGroup.Universal, Default = "none", LengthKeywords = MaxSizeKeywords, Minimum = 0, Maximum = 65535, AffectsLayout = true, KrbId = 0x14, KrbType = KrbValueType.Short, Description = "Maximum height." });
        t.Add(new() { Name = "layout", Kind = ValueKind.LayoutWords, Group = PropertyGroup.Universal, Default = "column start", AffectsLayout = true, KrbId = 0x1A, KrbType = KrbValueType.Byte, Description = "How children are laid out: direction (row, column, row_rev, col_rev), alignment (start, center, end, space_between), and flags wrap, grow, absolute. Stored in the header byte (styles: property 0x1A)." });
        t.Add(new() { Name = "gap", Kind = ValueKind.Int, Group = PropertyGroup.Universal, Default = "0", Minimum = 0, Maximum = 65535, AffectsLayout = true, KrbId = 0x10, KrbType = KrbValueType.Short, Description = "Space in px between flow children." });
        t.Add(new() { Name = "padding", Kind = ValueKind.EdgeInsets, Group = PropertyGroup.Universal, Default = "0", Minimum = 0, Maximum = 255, AffectsLayout = true, KrbId = 0x06, KrbType = KrbValueType.EdgeInsets, Description = "Inner spacing: N, \"V H\", \"T H B\" or \"T R B L\"." });
        t.Add(new() { Name = "margin", Kind = ValueKind.EdgeInsets, Group = PropertyGroup.Universal, Default = "0", Minimum = 0, Maximum = 255, AffectsLayout = true, KrbId = 0x07, KrbType = KrbValueType.EdgeInsets, Description = "Outer spacing, same forms as padding." });
        t.Add(new() { Name = "background_color", Aliases = ["bg", "bg_color"], Kind = ValueKind.Color, Group = PropertyGroup.Universal, Default = "transparent", KrbId = 0x01, KrbType = KrbValueType.Color, Description = "Fill colour of the element's box." });
        t.Add(new() { Name = "text_color", Aliases = ["color", "foreground_color"], Kind = ValueKind.Color, Group = PropertyGroup.Universal, Default = "#000000FF", Inherited = true, KrbId = 0x02, KrbType = KrbValueType.Color, Description = "Text (foreground) colour; inherited." });
        t.Add(new() { Name = "border_color", Kind = ValueKind.Color, Group = PropertyGroup.Universal, Default = "transparent", KrbId = 0x03, KrbType = KrbValueType.Color, Description = "Border colour (#808080FF when only a width is set)." });
        t.Add(new() { Name = "border_width", Aliases = ["border"], Kind = ValueKind.Int, Group = PropertyGroup.Universal, Default = "0", Minimum = 0, Maximum = 255, AffectsLayout = true, KrbId = 0x04, KrbType = KrbValueType.Byte, Description = "Border width in px on all sides (1 when only a colour is set)." });
        t.Add(new() { Name = "border_radius", Aliases = ["radius"], Kind = ValueKind.Int, Group = PropertyGroup.Universal, Default = "0", Minimum = 0, Maximum = 255, KrbId = 0x05, KrbType = KrbValueType.Byte, Description = "Corner radius in px." });
        t.Add(new() { Name = "opacity", Kind = ValueKind.Float, Group = PropertyGroup.Universal, Default = "1.0", Minimum = 0, Maximum = 1, KrbId = 0x0D, KrbType = KrbValueType.Percentage, Description = "0.0 (invisible) to 1.0 (opaque), applied to the element and its children." });
        t.Add(new() { Name = "visibility", Aliases = ["visible"], Kind = ValueKind.Bool, Group = PropertyGroup.Universal, Default = "true", AffectsLayout = true, KrbId = 0x0F, KrbType = KrbValueType.Byte, Description = "false hides the element and its children; hidden elements take no space." });
        t.Add(new() { Name = "z_index", Kind = ValueKind.Int, Group = PropertyGroup.Universal, Default = "0", Minimum = -32768, Maximum = 32767, KrbId = 0x0E, KrbType = KrbValueType.Short, Description = "Stacking order among siblings; higher draws on top." });
        t.Add(new()
        {
            Name = "cursor", Kind = ValueKind.Enum, Group = PropertyGroup.Universal, Default = "default", KrbId = 0x29, KrbType = KrbValueType.Enum,
            EnumMembers = Members("default", "pointer", "text", "crosshair", "move", "resize_ns", "resize_ew", "resize_nesw", "resize_nwse", "wait", "help", "not_allowed"),
            Description = "Mouse cursor shape over the element.",
        });
        t.Add(new() { Name = "overflow", Kind = ValueKind.Enum, Group = PropertyGroup.Universal, Default = "visible", AffectsLayout = true, KrbId = 0x18, KrbType = KrbValueType.Enum, EnumMembers = Members("visible", "hidden", "scroll"), Description = "What happens to content outside the box: shown, clipped, or clipped and scrollable." });
        t.Add(new() { Name = "aspect_ratio", Kind = ValueKind.Float, Group = PropertyGroup.Universal, Minimum = 0.004, Maximum = 255.99, AffectsLayout = true, KrbId = 0x15, KrbType = KrbValueType.Percentage, Description = "Preferred width / height ratio." });
        t.Add(new() { Name = "transform", Kind = ValueKind.String, Group = PropertyGroup.Universal, KrbId = 0x16, KrbType = KrbValueType.String, Description = "CSS-like transform text (e.g. \"rotate(45deg)\")." });
        t.Add(new() { Name = "box_shadow", Aliases = ["shadow"], Kind = ValueKind.String, Group = PropertyGroup.Universal, KrbId = 0x17, KrbType = KrbValueType.String, Description = "CSS-like shadow text (e.g. \"0 2 8 #00000040\")." });
        t.Add(new() { Name = "disabled", Kind = ValueKind.Bool, Group = PropertyGroup.Universal, Default = "false", KrbId = 0x2C, KrbType = KrbValueType.Byte, Description = "Turns off interaction and activates the &:disabled state." });

        // §5.3 text (the inheritable ones are accepted everywhere so that containers can set them for their subtree)
        t.Add(new() { Name = "font_size", Aliases = ["size"], Kind = ValueKind.Int, Group = PropertyGroup.Text, Default = "16", Inherited = true, Minimum = 1, Maximum = 65535, AffectsLayout = true, KrbId = 0x09, KrbType = KrbValueType.Short, Description = "Text size in px; inherited." });
        t.Add(new()
        {
            Name = "font_weight", Aliases = ["weight"], Kind = ValueKind.FontWeight, Group = PropertyGroup.Text, Default = "normal", Inherited = true, AffectsLayout = true, KrbId = 0x0A, KrbType = KrbValueType.Enum,
            EnumMembers = Members("normal", "bold", "light", "heavy"), Minimum = 100, Maximum = 900,
            Description = "normal, bold, light, heavy, or a number 100–900; inherited.",
        });
        t.Add(new() { Name = "font_family", Aliases = ["font", "text_font"], Kind = ValueKind.String, Group = PropertyGroup.Text, Default = "sans-serif", Inherited = true, AffectsLayout = true, KrbId = 0x2D, KrbType = KrbValueType.String, Description = "Font family name; inherited." });
        t.Add(new()
        {
            Name = "text_alignment", Aliases = ["align", "text_align"], Kind = ValueKind.Enum, Group = PropertyGroup.Text, Default = "start", Inherited = true, KrbId = 0x0B, KrbType = KrbValueType.Enum,
            EnumMembers = [new("start", 0, "left"), new("center", 1, "centre"), new("end", 2, "right"), new("justify", 3)],
            Description = "Horizontal alignment of text lines; inherited.",
        });
        t.Add(new() { Name = "text", Aliases = ["content", "text_content"], Kind = ValueKind.String, Group = PropertyGroup.Text, Default = "", AppliesTo = ElementSet.TextBearing, AffectsLayout = true, InStyle = StyleUse.Discouraged, KrbId = 0x08, KrbType = KrbValueType.String, Description = "The text shown; may contain $variables." });
        t.Add(new() { Name = "line_height", Kind = ValueKind.Float, Group = PropertyGroup.Text, Default = "1.2", AppliesTo = ElementSet.TextBearing, Minimum = 0, Maximum = 100, AffectsLayout = true, Description = "Line height as a multiple of the font size." });
        t.Add(new() { Name = "letter_spacing", Kind = ValueKind.Float, Group = PropertyGroup.Text, Default = "0", AppliesTo = ElementSet.TextBearing, Minimum = -100, Maximum = 100, AffectsLayout = true, Description = "Extra space between characters in px." });
        t.Add(new() { Name = "text_decoration", Kind = ValueKind.Enum, Group = PropertyGroup.Text, Default = "none", AppliesTo = ElementSet.TextBearing, EnumMembers = Members("none", "underline", "line-through", "overline"), Description = "Line drawn with the text." });
        t.Add(new() { Name = "text_transform", Kind = ValueKind.Enum, Group = PropertyGroup.Text, Default = "none", AppliesTo = ElementSet.TextBearing, AffectsLayout = true, EnumMembers = Members("none", "uppercase", "lowercase", "capitalize"), Description = "Case transformation of the shown text." });

        // §5.4 App only
        t.Add(new() { Name = "window_title", Aliases = ["title"], Kind = ValueKind.String, Group = PropertyGroup.App, Default = "Kryon App", AppliesTo = ElementSet.App, InStyle = StyleUse.Forbidden, KrbId = 0x22, KrbType = KrbValueType.String, Description = "Window title." });
        t.Add(new() { Name = "window_width", Kind = ValueKind.Int, Group = PropertyGroup.App, Default = "800", AppliesTo = ElementSet.App, Minimum = 1, Maximum = 65535, AffectsLayout = true, InStyle = StyleUse.Forbidden, KrbId = 0x20, KrbType = KrbValueType.Short, Description = "Initial window width in px." });
        t.Add(new() { Name = "window_height", Kind = ValueKind.Int, Group = PropertyGroup.App, Default = "600", AppliesTo = ElementSet.App, Minimum = 1, Maximum = 65535, AffectsLayout = true, InStyle = StyleUse.Forbidden, KrbId = 0x21, KrbType = KrbValueType.Short, Description = "Initial window height in px." });
        t.Add(new() { Name = "window_min_width", Kind = ValueKind.Int, Group = PropertyGroup.App, Default = "200", AppliesTo = ElementSet.App, Minimum = 1, Maximum = 65535, InStyle = StyleUse.Forbidden, Description = "Smallest width the window may be resized to." });
        t.Add(new() { Name = "window_min_height", Kind = ValueKind.Int, Group = PropertyGroup.App, Default = "200", AppliesTo = ElementSet.App, Minimum = 1, Maximum = 65535, InStyle = StyleUse.Forbidden, Description = "Smallest height the window may be resized to." });
        t.Add(new() { Name = "window_max_width", Kind = ValueKind.Int, Group = PropertyGroup.App, AppliesTo = ElementSet.App, Minimum = 1, Maximum = 65535, InStyle = StyleUse.Forbidden, Description = "Largest window width (unlimited when unset)." });
        t.Add(new() { Name = "window_max_height", Kind = ValueKind.Int, Group = PropertyGroup.App, AppliesTo = ElementSet.App, Minimum = 1, Maximum = 65535, InStyle = StyleUse.Forbidden, Description = "Largest window height (unlimited when unset)." });
        t.Add(new() { Name = "resizable", Kind = ValueKind.Bool, Group = PropertyGroup.App, Default = "true", AppliesTo = ElementSet.App, InStyle = StyleUse.Forbidden, KrbId = 0x23, KrbType = KrbValueType.Byte, Description = "Whether the user may resize the window." });
        t.Add(new() { Name = "keep_aspect", Aliases = ["keep_aspect_ratio"], Kind = ValueKind.Bool, Group = PropertyGroup.App, Default = "false", AppliesTo = ElementSet.App, InStyle = StyleUse.Forbidden, KrbId = 0x24, KrbType = KrbValueType.Byte, Description = "Keep the window's aspect ratio when resizing." });
        t.Add(new() { Name = "scale_factor", Kind = ValueKind.Float, Group = PropertyGroup.App, Default = "1.0", AppliesTo = ElementSet.App, Minimum = 0.004, Maximum = 255.99, AffectsLayout = true, InStyle = StyleUse.Forbidden, KrbId = 0x25, KrbType = KrbValueType.Percentage, Description = "UI scale (HiDPI)." });
        t.Add(new() { Name = "icon", Kind = ValueKind.Resource, Group = PropertyGroup.App, AppliesTo = ElementSet.App, InStyle = StyleUse.Forbidden, KrbId = 0x26, KrbType = KrbValueType.Resource, Description = "Window icon image path." });
        t.Add(new() { Name = "version", Kind = ValueKind.String, Group = PropertyGroup.App, Default = "1.0", AppliesTo = ElementSet.App, InStyle = StyleUse.Forbidden, KrbId = 0x27, KrbType = KrbValueType.String, Description = "App version." });
        t.Add(new() { Name = "author", Kind = ValueKind.String, Group = PropertyGroup.App, Default = "", AppliesTo = ElementSet.App, InStyle = StyleUse.Forbidden, KrbId = 0x28, KrbType = KrbValueType.String, Description = "App author." });
        // Script budgets (issue 9): a handler over them is stopped and reported, the app keeps running.
        t.Add(new() { Name = "script_time_budget", Kind = ValueKind.Int, Group = PropertyGroup.App, Default = "100", AppliesTo = ElementSet.App, Minimum = 1, Maximum = 60000, InStyle = StyleUse.Forbidden, Description = "Longest time in ms one script call (handler, timer, hook) may run before it is stopped." });
        t.Add(new() { Name = "script_memory_budget", Kind = ValueKind.Int, Group = PropertyGroup.App, Default = "16", AppliesTo = ElementSet.App, Minimum = 1, Maximum = 4096, InStyle = StyleUse.Forbidden, Description = "Most memory in MiB each script engine's heap may hold." });

        // §5.5 and §4 element-specific
        t.Add(new() { Name = "image_source", Aliases = ["src", "source", "url"], Kind = ValueKind.Resource, Group = PropertyGroup.Element, AppliesTo = ElementSet.Image | ElementSet.Video, AffectsLayout = true, InStyle = StyleUse.Forbidden, KrbId = 0x0C, KrbType = KrbValueType.Resource, Description = "Path of the image (or video) to show." });
        t.Add(new() { Name = "alt", Kind = ValueKind.String, Group = PropertyGroup.Element, AppliesTo = ElementSet.Image | ElementSet.Video, InStyle = StyleUse.Forbidden, Description = "Text alternative for the image." });
        t.Add(new() { Name = "fit", Kind = ValueKind.Enum, Group = PropertyGroup.Element, Default = "contain", AppliesTo = ElementSet.Image | ElementSet.Video, EnumMembers = Members("contain", "cover", "fill", "scale_down", "none"), Description = "How the image fills its box." });
        t.Add(new() { Name = "placeholder", Aliases = ["hint"], Kind = ValueKind.String, Group = PropertyGroup.Element, AppliesTo = ElementSet.Input, InStyle = StyleUse.Forbidden, Description = "Hint shown while the input is empty." });
        t.Add(new() { Name = "value", Kind = ValueKind.String, Group = PropertyGroup.Element, AppliesTo = ElementSet.Input | ElementSet.Radio | ElementSet.Slider | ElementSet.Checkbox, InStyle = StyleUse.Forbidden, AffectsLayout = true, Description = "The current value (text of an Input, number of a Slider, value of a Radio)." });
        t.Add(new()
        {
            Name = "type", Kind = ValueKind.Enum, Group = PropertyGroup.Element, Default = "text", AppliesTo = ElementSet.Input, KrbId = 0x2B, KrbType = KrbValueType.String,
            EnumMembers = Members("text", "password", "email", "number", "checkbox", "radio", "range", "search", "tel", "url", "date", "time", "color", "file", "hidden"),
            Description = "Kind of input.",
        });
        t.Add(new() { Name = "max_length", Kind = ValueKind.Int, Group = PropertyGroup.Element, AppliesTo = ElementSet.Input, Minimum = 0, Maximum = 1_000_000, Description = "Most characters the input accepts." });
        t.Add(new() { Name = "readonly", Kind = ValueKind.Bool, Group = PropertyGroup.Element, Default = "false", AppliesTo = ElementSet.Input, Description = "The value can be selected but not edited." });
        t.Add(new() { Name = "checked", Kind = ValueKind.Bool, Group = PropertyGroup.Element, Default = "false", AppliesTo = ElementSet.Checkbox | ElementSet.Radio | ElementSet.Button | ElementSet.Input, KrbId = 0x2A, KrbType = KrbValueType.Byte, Description = "Checked state; activates &:checked." });
        t.Add(new() { Name = "name", Kind = ValueKind.String, Group = PropertyGroup.Element, AppliesTo = ElementSet.Radio | ElementSet.Input | ElementSet.Checkbox, InStyle = StyleUse.Forbidden, Description = "Group name (radios with the same name exclude each other)." });
        t.Add(new() { Name = "min", Kind = ValueKind.Float, Group = PropertyGroup.Element, Default = "0", AppliesTo = ElementSet.Slider | ElementSet.Input, Description = "Smallest value." });
        t.Add(new() { Name = "max", Kind = ValueKind.Float, Group = PropertyGroup.Element, Default = "100", AppliesTo = ElementSet.Slider | ElementSet.Input, Description = "Largest value." });
        t.Add(new() { Name = "step", Kind = ValueKind.Float, Group = PropertyGroup.Element, Default = "1", AppliesTo = ElementSet.Slider | ElementSet.Input, Minimum = 0, Description = "Value increment." });
        t.Add(new() { Name = "orientation", Kind = ValueKind.Enum, Group = PropertyGroup.Element, Default = "vertical", AppliesTo = ElementSet.List | ElementSet.Slider | ElementSet.Tabs, AffectsLayout = true, EnumMembers = Members("vertical", "horizontal"), Description = "Main direction of the element." });
        t.Add(new() { Name = "item_spacing", Kind = ValueKind.Int, Group = PropertyGroup.Element, Default = "0", AppliesTo = ElementSet.List, Minimum = 0, Maximum = 65535, AffectsLayout = true, Description = "Space between list items in px." });
        t.Add(new() { Name = "columns", Kind = ValueKind.Int, Group = PropertyGroup.Element, Default = "1", AppliesTo = ElementSet.Grid, Minimum = 1, Maximum = 255, AffectsLayout = true, Description = "Number of grid columns." });
        t.Add(new() { Name = "scroll_direction", Kind = ValueKind.Enum, Group = PropertyGroup.Element, Default = "vertical", AppliesTo = ElementSet.Scrollable, EnumMembers = Members("vertical", "horizontal", "both"), Description = "Which way the content scrolls." });
        t.Add(new() { Name = "show_scrollbar", Kind = ValueKind.Bool, Group = PropertyGroup.Element, Default = "true", AppliesTo = ElementSet.Scrollable, Description = "Whether scroll bars are drawn." });
        t.Add(new() { Name = "active_tab", Kind = ValueKind.Int, Group = PropertyGroup.Element, Default = "0", AppliesTo = ElementSet.Tabs, Minimum = 0, Maximum = 255, Description = "Index of the selected tab." });
        t.Add(new() { Name = "controls", Kind = ValueKind.Bool, Group = PropertyGroup.Element, Default = "true", AppliesTo = ElementSet.Video, Description = "Show playback controls." });
        t.Add(new() { Name = "autoplay", Kind = ValueKind.Bool, Group = PropertyGroup.Element, Default = "false", AppliesTo = ElementSet.Video, Description = "Start playing when shown." });
        t.Add(new() { Name = "loop", Kind = ValueKind.Bool, Group = PropertyGroup.Element, Default = "false", AppliesTo = ElementSet.Video, Description = "Restart when finished." });

        AddFlexProperties(t);
        AddEvents(t);
        return t;
    }

    private static void AddFlexProperties(List<PropertyInfo> t)
    {
        string[] lengthAuto = ["auto"];
        t.Add(new() { Name = "display", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, Default = "flex", AffectsLayout = true, EnumMembers = Members("flex", "none"), Description = "flex lays the element out; none removes it from layout and drawing." });
        t.Add(new() { Name = "position", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, Default = "relative", AffectsLayout = true, EnumMembers = Members("relative", "absolute"), Description = "absolute takes the element out of flow, placed by top/right/bottom/left." });
        t.Add(new() { Name = "direction", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, Default = "ltr", Inherited = true, AffectsLayout = true, EnumMembers = Members("ltr", "rtl"), Description = "Inline direction (right-to-left mirrors rows); inherited." });
        t.Add(new() { Name = "box_sizing", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, Default = "border-box", AffectsLayout = true, EnumMembers = Members("border-box", "content-box"), Description = "Whether width/height include padding and border." });
        t.Add(new() { Name = "flex_direction", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, AffectsLayout = true, EnumMembers = Members("row", "column", "row-reverse", "column-reverse"), Description = "Main axis for children; overrides the direction of `layout` (default: from layout, i.e. column)." });
        t.Add(new() { Name = "flex_wrap", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, Default = "nowrap", AffectsLayout = true, EnumMembers = Members("nowrap", "wrap", "wrap-reverse"), Description = "Whether children wrap onto new lines." });
        t.Add(new() { Name = "flex_grow", Kind = ValueKind.Float, Group = PropertyGroup.Flex, Default = "0", Minimum = 0, Maximum = 1e6, AffectsLayout = true, Description = "Share of free main-axis space this element takes." });
        t.Add(new() { Name = "flex_shrink", Kind = ValueKind.Float, Group = PropertyGroup.Flex, Default = "1", Minimum = 0, Maximum = 1e6, AffectsLayout = true, Description = "How much this element shrinks when space is short." });
        t.Add(new() { Name = "flex_basis", Kind = ValueKind.Length, Group = PropertyGroup.Flex, Default = "auto", LengthKeywords = ["auto", "content", "min-content", "max-content", "fit-content"], Minimum = 0, Maximum = 65535, AffectsLayout = true, Description = "Main size before free space is shared." });
        var justify = AlignmentMembers("flex-start", "flex-end", "start", "end", "left", "right", "center", "space-between", "space-around", "space-evenly", "normal");
        t.Add(new() { Name = "justify_content", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, AffectsLayout = true, EnumMembers = justify, Description = "Main-axis alignment of children (default: from layout)." });
        var items = AlignmentMembers("stretch", "flex-start", "flex-end", "start", "end", "self-start", "self-end", "center", "baseline", "normal");
        t.Add(new() { Name = "align_items", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, AffectsLayout = true, EnumMembers = items, Description = "Cross-axis alignment of children (default: from layout)." });
        var self = AlignmentMembers("auto", "stretch", "flex-start", "flex-end", "start", "end", "self-start", "self-end", "center", "baseline", "normal");
        t.Add(new() { Name = "align_self", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, Default = "auto", AffectsLayout = true, EnumMembers = self, Description = "Cross-axis alignment of this element, overriding the parent's align_items." });
        var content = AlignmentMembers("stretch", "flex-start", "flex-end", "start", "end", "center", "space-between", "space-around", "space-evenly", "normal");
        t.Add(new() { Name = "align_content", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, Default = "normal", AffectsLayout = true, EnumMembers = content, Description = "Cross-axis alignment of wrapped lines." });
        t.Add(new() { Name = "row_gap", Kind = ValueKind.Length, Group = PropertyGroup.Flex, Default = "0", Minimum = 0, Maximum = 65535, AffectsLayout = true, Description = "Space between rows (px or %)." });
        t.Add(new() { Name = "column_gap", Kind = ValueKind.Length, Group = PropertyGroup.Flex, Default = "0", Minimum = 0, Maximum = 65535, AffectsLayout = true, Description = "Space between columns (px or %)." });
        foreach (var side in new[] { "top", "right", "bottom", "left" })
        {
            t.Add(new() { Name = side, Kind = ValueKind.Length, Group = PropertyGroup.Flex, Default = "auto", LengthKeywords = lengthAuto, Minimum = -65535, Maximum = 65535, AffectsLayout = true, Description = $"Inset from the containing block's {side} edge (position: absolute) or offset (relative)." });
            t.Add(new() { Name = "margin_" + side, Kind = ValueKind.Length, Group = PropertyGroup.Flex, Default = "0", LengthKeywords = lengthAuto, Minimum = -65535, Maximum = 65535, AffectsLayout = true, Description = $"Margin on the {side} side (px, %, auto); overrides `margin`." });
            t.Add(new() { Name = "padding_" + side, Kind = ValueKind.Length, Group = PropertyGroup.Flex, Default = "0", Minimum = 0, Maximum = 65535, AffectsLayout = true, Description = $"Padding on the {side} side (px, %); overrides `padding`." });
            t.Add(new() { Name = "border_" + side + "_width", Kind = ValueKind.Length, Group = PropertyGroup.Flex, Default = "0", AllowsPercent = false, Minimum = 0, Maximum = 65535, AffectsLayout = true, Description = $"Border width on the {side} side in px; overrides `border_width`." });
        }
        t.Add(new() { Name = "overflow_x", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, AffectsLayout = true, EnumMembers = Members("visible", "hidden", "scroll"), Description = "Horizontal overflow; overrides `overflow`." });
        t.Add(new() { Name = "overflow_y", Kind = ValueKind.Enum, Group = PropertyGroup.Flex, AffectsLayout = true, EnumMembers = Members("visible", "hidden", "scroll"), Description = "Vertical overflow; overrides `overflow`." });
        t.Add(new() { Name = "scrollbar_width", Kind = ValueKind.Length, Group = PropertyGroup.Flex, Default = "auto", LengthKeywords = ["auto"], AllowsPercent = false, Minimum = 0, Maximum = 255, AffectsLayout = true, Description = "Width of the scroll bar gutter reserved by overflow: scroll (px; auto = the platform default)." });
    }

    private static void AddEvents(List<PropertyInfo> t)
    {
        void Event(string name, byte? type, ElementSet on, string description) => t.Add(new()
        {
            Name = name, Kind = ValueKind.Callback, Group = PropertyGroup.Event, AppliesTo = on, InStyle = StyleUse.Forbidden, KrbEventType = type, Description = description,
        });
        const ElementSet valueElements = ElementSet.Input | ElementSet.Checkbox | ElementSet.Radio | ElementSet.Slider | ElementSet.Tabs;
        Event("onClick", 0x01, ElementSet.All, "Primary click or tap. Handler gets (elementId).");
        Event("onPress", 0x02, ElementSet.All, "Pointer pressed on the element.");
        Event("onRelease", 0x03, ElementSet.All, "Pointer released on the element.");
        Event("onLongPress", 0x04, ElementSet.All, "Pointer held down.");
        Event("onHover", 0x05, ElementSet.All, "Pointer entered or left the element.");
        Event("onFocus", 0x06, ElementSet.All, "Keyboard focus gained.");
        Event("onBlur", 0x07, ElementSet.All, "Keyboard focus lost.");
        Event("onChange", 0x08, valueElements, "Value changed. Handler gets (value, elementId).");
        Event("onSubmit", 0x09, ElementSet.Input, "Enter pressed. Handler gets (value, elementId).");
        Event("onInput", null, ElementSet.Input, "Text typed (every keystroke).");
        Event("onDoubleClick", null, ElementSet.All, "Double click.");
        Event("onLeave", null, ElementSet.All, "Pointer left the element.");
        Event("onKeyPress", null, ElementSet.All, "Key pressed while focused.");
        Event("onDraw", null, ElementSet.Canvas, "Canvas needs drawing.");
        Event("onItemClick", null, ElementSet.List | ElementSet.Grid, "An item of the list was clicked.");
        // Project events (custom-encoded, KRY.md §11 [proposal]): keys, scrolling and lifecycle hooks (ARCHITECTURE.md, seeds 002/003).
        Event("onKeyDown", null, ElementSet.All, "A key went down while the element had focus. Handler gets (key, elementId, modifiers), modifiers like \"Shift+Control\" or \"\".");
        Event("onKeyUp", null, ElementSet.All, "A key went up while the element had focus. Handler gets (key, elementId, modifiers).");
        Event("onScroll", null, ElementSet.All, "The element's content scrolled. Handler gets (scrollY, elementId).");
        Event("onResize", null, ElementSet.App, "The window was resized. Handler gets (width, height).");
        Event("onMount", null, ElementSet.All, "Lifecycle: the element joined the tree (parents before children).");
        Event("onUpdate", null, ElementSet.All, "Lifecycle: a binding or script changed the element's properties (once per frame).");
        Event("onUnmount", null, ElementSet.All, "Lifecycle: the element is leaving the tree (children before parents).");
        Event("onStart", null, ElementSet.App, "Lifecycle: the app started (before any element mounts).");
        Event("onStop", null, ElementSet.App, "Lifecycle: the app is stopping (before elements unmount).");
    }
}

using System.Text.RegularExpressions;
using Kryon.Registry;

namespace Kryon.Core.Tests;

public class PropertyRegistryTests
{
    [Fact]
    public void Names_aliases_krb_ids_and_event_types_are_unique()
    {
        var all = PropertyRegistry.All;
        Assert.Equal(all.Count, all.Select(p => p.Name).Distinct().Count());
        var spellings = all.SelectMany(p => p.Aliases.Prepend(p.Name)).ToArray();
        Assert.Equal(spellings.Length, spellings.Distinct().Count());
        var ids = all.Where(p => p.KrbId is not null).Select(p => p.KrbId).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var events = all.Where(p => p.KrbEventType is not null).Select(p => p.KrbEventType).ToArray();
        Assert.Equal(events.Length, events.Distinct().Count());
        Assert.Equal(spellings.Length, PropertyRegistry.NamesAndAliases.Count());
    }

    [Fact]
    public void Canonical_names_are_snake_case_except_events()
    {
        foreach (var p in PropertyRegistry.All)
        {
            if (p.IsEvent) Assert.Matches(new Regex("^on[A-Z][A-Za-z]+$"), p.Name);
            else Assert.Matches(new Regex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"), p.Name);
        }
    }

    [Fact]
    public void Every_row_is_self_consistent()
    {
        foreach (var p in PropertyRegistry.All)
        {
            Assert.True((p.KrbId is null) == (p.KrbType is null), $"{p.Name}: KrbId and KrbType go together");
            if (p.Kind == ValueKind.Enum) Assert.NotEmpty(p.EnumMembers);
            if (p.Minimum is { } min && p.Maximum is { } max) Assert.True(min <= max, p.Name);
            Assert.NotEqual(ElementSet.None, p.AppliesTo);
            Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Name);
            if (p.IsEvent) Assert.Equal(ValueKind.Callback, p.Kind);
        }
    }

    public static TheoryData<byte, string, KrbValueType> KrbTable => new()
    {
        { 0x01, "background_color", KrbValueType.Color },
        { 0x02, "text_color", KrbValueType.Color },
        { 0x03, "border_color", KrbValueType.Color },
        { 0x04, "border_width", KrbValueType.Byte },
        { 0x05, "border_radius", KrbValueType.Byte },
        { 0x06, "padding", KrbValueType.EdgeInsets },
        { 0x07, "margin", KrbValueType.EdgeInsets },
        { 0x08, "text", KrbValueType.String },
        { 0x09, "font_size", KrbValueType.Short },
        { 0x0A, "font_weight", KrbValueType.Enum },
        { 0x0B, "text_alignment", KrbValueType.Enum },
        { 0x0C, "image_source", KrbValueType.Resource },
        { 0x0D, "opacity", KrbValueType.Percentage },
        { 0x0E, "z_index", KrbValueType.Short },
        { 0x0F, "visibility", KrbValueType.Byte },
        { 0x10, "gap", KrbValueType.Short },
        { 0x11, "min_width", KrbValueType.Short },
        { 0x12, "min_height", KrbValueType.Short },
        { 0x13, "max_width", KrbValueType.Short },
        { 0x14, "max_height", KrbValueType.Short },
        { 0x15, "aspect_ratio", KrbValueType.Percentage },
        { 0x16, "transform", KrbValueType.String },
        { 0x17, "box_shadow", KrbValueType.String },
        { 0x18, "overflow", KrbValueType.Enum },
        { 0x1A, "layout", KrbValueType.Byte },
        { 0x20, "window_width", KrbValueType.Short },
        { 0x21, "window_height", KrbValueType.Short },
        { 0x22, "window_title", KrbValueType.String },
        { 0x23, "resizable", KrbValueType.Byte },
        { 0x24, "keep_aspect", KrbValueType.Byte },
        { 0x25, "scale_factor", KrbValueType.Percentage },
        { 0x26, "icon", KrbValueType.Resource },
        { 0x27, "version", KrbValueType.String },
        { 0x28, "author", KrbValueType.String },
        { 0x29, "cursor", KrbValueType.Enum },
    };

    [Theory]
    [MemberData(nameof(KrbTable))]
    public void Krb_v05_property_ids(byte id, string name, KrbValueType type)
    {
        Assert.True(PropertyRegistry.TryGetByKrbId(id, out var info), $"no property with KRB id 0x{id:X2}");
        Assert.Equal(name, info.Name);
        Assert.Equal(type, info.KrbType);
        Assert.Same(info, PropertyRegistry.Get(name));
    }

    [Fact]
    public void Reserved_ids_are_unused()
    {
        Assert.False(PropertyRegistry.TryGetByKrbId(0x19, out _));
        for (byte id = 0x1B; id <= 0x1F; id++) Assert.False(PropertyRegistry.TryGetByKrbId(id, out _));
    }

    [Theory]
    [InlineData("display")]
    [InlineData("flex_direction")]
    [InlineData("flex_wrap")]
    [InlineData("flex_grow")]
    [InlineData("flex_shrink")]
    [InlineData("flex_basis")]
    [InlineData("justify_content")]
    [InlineData("align_items")]
    [InlineData("align_self")]
    [InlineData("align_content")]
    [InlineData("row_gap")]
    [InlineData("column_gap")]
    [InlineData("position")]
    [InlineData("top")]
    [InlineData("right")]
    [InlineData("bottom")]
    [InlineData("left")]
    [InlineData("direction")]
    [InlineData("box_sizing")]
    [InlineData("margin_top")]
    [InlineData("margin_right")]
    [InlineData("margin_bottom")]
    [InlineData("margin_left")]
    [InlineData("padding_top")]
    [InlineData("padding_right")]
    [InlineData("padding_bottom")]
    [InlineData("padding_left")]
    [InlineData("border_top_width")]
    [InlineData("border_right_width")]
    [InlineData("border_bottom_width")]
    [InlineData("border_left_width")]
    public void Flexbox_extension_properties_exist(string name)
    {
        Assert.True(PropertyRegistry.TryResolve(name, out var info, out var match));
        Assert.Equal(NameMatch.Canonical, match);
        Assert.Equal(PropertyGroup.Flex, info.Group);
        Assert.True(info.AffectsLayout);
        Assert.Equal(ElementSet.All, info.AppliesTo);
    }

    [Fact]
    public void Flexbox_value_kinds()
    {
        Assert.Equal(ValueKind.Enum, PropertyRegistry.Get("flex_direction").Kind);
        Assert.Equal(["row", "column", "row-reverse", "column-reverse"], PropertyRegistry.Get("flex_direction").EnumMembers.Select(m => m.Name));
        Assert.Equal(["nowrap", "wrap", "wrap-reverse"], PropertyRegistry.Get("flex_wrap").EnumMembers.Select(m => m.Name));
        Assert.Equal(ValueKind.Float, PropertyRegistry.Get("flex_grow").Kind);
        Assert.Equal(ValueKind.Float, PropertyRegistry.Get("flex_shrink").Kind);
        Assert.Equal(ValueKind.Length, PropertyRegistry.Get("flex_basis").Kind);
        Assert.Equal(ValueKind.Length, PropertyRegistry.Get("row_gap").Kind);
        Assert.Equal(["relative", "absolute"], PropertyRegistry.Get("position").EnumMembers.Select(m => m.Name));
        Assert.Equal(["ltr", "rtl"], PropertyRegistry.Get("direction").EnumMembers.Select(m => m.Name));
        Assert.Equal(["border-box", "content-box"], PropertyRegistry.Get("box_sizing").EnumMembers.Select(m => m.Name));
        Assert.False(PropertyRegistry.Get("border_left_width").AllowsPercent);
        Assert.Contains("auto", PropertyRegistry.Get("margin_left").LengthKeywords);
    }

    [Fact]
    public void Inherited_properties_are_exactly_the_text_cascade_and_direction()
    {
        var inherited = PropertyRegistry.All.Where(p => p.Inherited).Select(p => p.Name).Order();
        Assert.Equal(["direction", "font_family", "font_size", "font_weight", "text_alignment", "text_color"], inherited);
    }

    [Fact]
    public void App_only_properties_apply_to_app_only()
    {
        var appOnly = PropertyRegistry.All.Where(p => p.Group == PropertyGroup.App).ToArray();
        Assert.Contains(appOnly, p => p.Name == "window_title");
        Assert.All(appOnly, p => Assert.Equal(ElementSet.App, p.AppliesTo));
        Assert.All(appOnly, p => Assert.Equal(StyleUse.Forbidden, p.InStyle));
    }

    [Theory]
    [InlineData("onClick", 0x01)]
    [InlineData("onPress", 0x02)]
    [InlineData("onRelease", 0x03)]
    [InlineData("onLongPress", 0x04)]
    [InlineData("onHover", 0x05)]
    [InlineData("onFocus", 0x06)]
    [InlineData("onBlur", 0x07)]
    [InlineData("onChange", 0x08)]
    [InlineData("onSubmit", 0x09)]
    public void Event_types_follow_krb_v05(string name, byte type)
    {
        Assert.True(PropertyRegistry.TryGetByEventType(type, out var info));
        Assert.Equal(name, info.Name);
        Assert.True(info.IsEvent);
        Assert.Equal(StyleUse.Forbidden, info.InStyle);
    }

    [Theory]
    [InlineData("background_color", "background_color", NameMatch.Canonical)]
    [InlineData("bg", "background_color", NameMatch.Alias)]
    [InlineData("bg_color", "background_color", NameMatch.Alias)]
    [InlineData("color", "text_color", NameMatch.Alias)]
    [InlineData("src", "image_source", NameMatch.Alias)]
    [InlineData("title", "window_title", NameMatch.Alias)]
    [InlineData("keep_aspect_ratio", "keep_aspect", NameMatch.Alias)]
    [InlineData("backgroundColor", "background_color", NameMatch.CamelCase)]
    [InlineData("bgColor", "background_color", NameMatch.CamelCase)]
    [InlineData("windowTitle", "window_title", NameMatch.CamelCase)]
    [InlineData("borderTopWidth", "border_top_width", NameMatch.CamelCase)]
    [InlineData("onClick", "onClick", NameMatch.Canonical)]
    public void TryResolve(string written, string canonical, NameMatch match)
    {
        Assert.True(PropertyRegistry.TryResolve(written, out var info, out var how));
        Assert.Equal(canonical, info.Name);
        Assert.Equal(match, how);
    }

    [Theory]
    [InlineData("background")]
    [InlineData("Background_color")]
    [InlineData("BACKGROUND_COLOR")]
    [InlineData("")]
    [InlineData("nothing_like_this")]
    public void TryResolve_fails_for_unknown_names(string written)
    {
        Assert.False(PropertyRegistry.TryResolve(written, out var info, out _));
        Assert.Null(info);
    }

    [Theory]
    [InlineData("backgroundColor", "background_color")]
    [InlineData("x", "x")]
    [InlineData("URL", "u_r_l")]
    [InlineData("aB", "a_b")]
    public void CamelToSnake(string camel, string snake) => Assert.Equal(snake, PropertyRegistry.CamelToSnake(camel));

    [Theory]
    [InlineData("space-between", "space_between", true)]
    [InlineData("Center", "center", true)]
    [InlineData("row", "row-rev", false)]
    public void SameWord(string a, string b, bool same) => Assert.Equal(same, PropertyInfo.SameWord(a, b));

    [Fact]
    public void FindMember_uses_aliases()
    {
        var align = PropertyRegistry.Get("text_alignment");
        Assert.Equal("start", align.FindMember("left")!.Name);
        Assert.Equal("end", align.FindMember("RIGHT")!.Name);
        Assert.Equal("center", align.FindMember("centre")!.Name);
        Assert.Null(align.FindMember("middle"));
    }

    [Fact]
    public void Element_registry_ids()
    {
        Assert.Equal(15, ElementRegistry.All.Count);
        Assert.True(ElementRegistry.TryGet(0x10, out var button));
        Assert.Equal("Button", button.Name);
        Assert.True(ElementRegistry.TryGet("Video", out var video));
        Assert.Equal(0x30, video.KrbId);
        Assert.False(ElementRegistry.Get(ElementKind.Text).AcceptsChildren);
        Assert.False(ElementRegistry.Get(ElementKind.Input).AcceptsChildren);
        Assert.False(ElementRegistry.Get(ElementKind.Image).AcceptsChildren);
        Assert.True(ElementRegistry.Get(ElementKind.Button).AcceptsChildren);
    }
}

using Kryon.Compiler.Binding;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Values;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Binding;

public class ElementBindingTests
{
    private static BoundElement Child(string body)
    {
        var app = CheckClean("App {\n    " + body + "\n}");
        return Assert.Single(app.Root!.Children);
    }

    // ---- layout byte (KRY.md §6.1) ---------------------------------------------------------------

    [Theory]
    [InlineData("center", 0x05)]
    [InlineData("grow", 0x21)]
    [InlineData("row center", 0x04)]
    [InlineData("grow center", 0x25)]
    [InlineData("row", 0x00)]
    [InlineData("column", 0x01)]
    [InlineData("col end", 0x09)]
    [InlineData("row_rev", 0x02)]
    [InlineData("row-rev", 0x02)]
    [InlineData("column-rev", 0x03)]
    [InlineData("row space-between", 0x0C)]
    [InlineData("row space_between wrap", 0x1C)]
    [InlineData("absolute", 0x41)]
    [InlineData("\"row center\"", 0x04)]
    [InlineData("column center grow", 0x25)]
    public void Layout_words_compile_to_the_layout_byte(string words, int expected)
    {
        var c = Child("Container { layout: " + words + " }");
        Assert.Equal(expected, c.Layout.Value);
        Assert.True(c.HasOwnLayout);
        Assert.Null(c.Find("layout"));
    }

    [Fact]
    public void No_layout_is_column_start()
    {
        var c = Child("Container { }");
        Assert.Equal(0x01, c.Layout.Value);
        Assert.False(c.HasOwnLayout);
    }

    [Fact]
    public void Unencodable_layout_word_warns_and_is_ignored()
    {
        var result = Check("App {\n    layout: row space_around\n}");
        var d = Single(result, 1207);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(0x00, Root(result).Layout.Value);
    }

    // ---- names ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("bg: \"#fff\"", "background_color")]
    [InlineData("bg_color: \"#fff\"", "background_color")]
    [InlineData("color: \"#fff\"", "text_color")]
    [InlineData("foreground_color: \"#fff\"", "text_color")]
    [InlineData("border: 2", "border_width")]
    [InlineData("radius: 2", "border_radius")]
    [InlineData("w: 10", "width")]
    [InlineData("h: 10", "height")]
    [InlineData("x: 10", "pos_x")]
    [InlineData("y: 10", "pos_y")]
    [InlineData("visible: false", "visibility")]
    [InlineData("content: \"t\"", "text")]
    [InlineData("size: 12", "font_size")]
    [InlineData("weight: bold", "font_weight")]
    [InlineData("align: center", "text_alignment")]
    [InlineData("font: \"Mono\"", "font_family")]
    [InlineData("shadow: \"0 1 2 #000\"", "box_shadow")]
    public void Aliases_bind_to_canonical_names(string property, string canonical)
    {
        var text = Child("Text { " + property + " }");
        Assert.Contains(text.Properties, p => p.Name == canonical);
    }

    [Theory]
    [InlineData("src", "image_source")]
    [InlineData("source", "image_source")]
    [InlineData("url", "image_source")]
    public void Image_source_aliases(string alias, string canonical)
    {
        var image = Child("Image { " + alias + ": \"a.png\" }");
        Assert.Equal("a.png", Assert.IsType<ResourceValue>(Assert.Single(image.Properties, p => p.Name == canonical).Value).Path);
    }

    [Fact]
    public void App_aliases()
    {
        var app = CheckClean("App { title: \"T\"; keep_aspect_ratio: true }");
        Assert.NotNull(app.Root!.Find("window_title"));
        Assert.NotNull(app.Root.Find("keep_aspect"));
    }

    [Fact]
    public void CamelCase_names_are_accepted_with_warning_1111()
    {
        var result = Check("App {\n    Container { backgroundColor: \"#fff\"; borderRadius: 4 }\n}");
        Assert.Equal([1111, 1111], Codes(result));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(["2:17", "2:42"], result.Diagnostics.Select(Where));
        var c = Root(result).Children[0];
        Assert.Equal(["background_color", "border_radius"], c.Properties.Select(p => p.Name));
    }

    [Fact]
    public void CamelCase_of_an_alias_resolves_too()
    {
        var result = Check("App { bgColor: \"#fff\" }");
        Assert.Equal([1111], Codes(result));
        Assert.NotNull(Root(result).Find("background_color"));
    }

    [Theory]
    [InlineData("window_title: \"x\"")]
    [InlineData("window_width: 100")]
    [InlineData("resizable: true")]
    [InlineData("icon: \"i.png\"")]
    [InlineData("version: \"1\"")]
    [InlineData("author: \"me\"")]
    [InlineData("scale_factor: 2.0")]
    public void App_only_properties_elsewhere_are_1107(string property)
    {
        var result = Check("App {\n    Container { " + property + " }\n}");
        var d = Single(result, 1107);
        Assert.Equal("2:17", Where(d));
        Assert.Contains("App", d.Suggestions.Single());
    }

    [Fact]
    public void Element_specific_property_on_the_wrong_element_is_1107()
    {
        var d = Single(Check("App {\n    Container { placeholder: \"x\" }\n}"), 1107);
        Assert.Equal("Property 'placeholder' is not valid for Container", d.Message);
    }

    [Theory]
    [InlineData("Text")]
    [InlineData("Input")]
    [InlineData("Image")]
    public void Leaf_elements_cannot_have_children(string leaf)
    {
        var result = Check("App {\n    " + leaf + " {\n        Container {}\n    }\n}");
        var d = Single(result, 1101);
        Assert.Equal("3:9", Where(d));
        Assert.Equal($"{leaf} elements cannot contain child elements", d.Message);
        Assert.Empty(Root(result).Children[0].Children);
    }

    [Fact]
    public void Button_may_have_children()
    {
        var button = Child("Button { Text { text: \"icon\" } }");
        Assert.Single(button.Children);
    }

    [Fact]
    public void Non_app_root_is_wrapped_in_an_implicit_app()
    {
        var result = Check("Container {\n    Text { text: \"x\" }\n}");
        var d = Single(result, 1108);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        var root = Root(result);
        Assert.Equal(ElementKind.App, root.Type.Kind);
        Assert.True(root.IsImplicit);
        var container = Assert.Single(root.Children);
        Assert.Equal(ElementKind.Container, container.Type.Kind);
        Assert.False(container.IsImplicit);
        Assert.Single(container.Children);
    }

    [Fact]
    public void File_with_declarations_only_has_no_root()
    {
        var result = Check("style \"s\" {}");
        Assert.Null(result.App!.Root);
        Assert.Equal(0, result.ErrorCount);
    }

    [Fact]
    public void Two_roots_are_1109_and_the_first_one_is_bound()
    {
        var result = Check("App { window_title: \"one\" }\nApp { window_title: \"two\" }");
        Assert.Equal("2:1", Where(Single(result, 1109)));
        Assert.Equal("one", Assert.IsType<StringValue>(Root(result).Find("window_title")!.Value).Value);
    }

    [Fact]
    public void Root_in_an_included_file_counts_towards_the_single_root_rule()
    {
        var result = Check("@include \"other.kry\"\nApp {}", ("other.kry", "App {}"));
        var d = Single(result, 1109);
        Assert.Equal("2:1", Where(d));
    }

    [Fact]
    public void Id_style_and_header_fields()
    {
        var app = CheckClean("style \"s\" {}\nApp {\n    Container { id: \"main\"; style: \"s\"; pos_x: 3; width: 50% }\n}");
        var c = app.Root!.Children[0];
        Assert.Equal("main", c.Id);
        Assert.Equal("s", c.Style!.Name);
        Assert.Null(c.Find("id"));
        Assert.Null(c.Find("style"));
        Assert.Equal(3, Assert.IsType<IntValue>(c.Find("pos_x")!.Value).Value);
        Assert.Equal(Length.Percent(50), Assert.IsType<LengthValue>(c.Find("width")!.Value).Value);
    }

    [Fact]
    public void Property_set_twice_keeps_the_last_value_with_warning()
    {
        var result = Check("App {\n    gap: 1\n    gap: 2\n}");
        Assert.Equal([1110], Codes(result));
        Assert.Equal(2, Assert.IsType<IntValue>(Assert.Single(Root(result).Properties).Value).Value);
    }

    [Fact]
    public void Mixed_form_children_are_bound_and_properties_in_the_second_block_warn()
    {
        var result = Check("App {\n    Container { layout: row } { Text { text: \"a\" }; gap: 4 }\n}");
        Assert.Equal([1111], Codes(result));
        var c = Root(result).Children[0];
        Assert.Equal(0x00, c.Layout.Value);
        Assert.Single(c.Children);
        Assert.NotNull(c.Find("gap"));
    }

    [Fact]
    public void Pseudo_block_property_not_valid_for_the_element_is_1107()
    {
        var d = Single(Check("App {\n    Container {\n        &:hover { line_height: 2 }\n    }\n}"), 1107);
        Assert.Equal("3:19", Where(d));
    }

    [Fact]
    public void Event_in_a_pseudo_block_is_1207()
    {
        var d = Single(Check("App {\n    Button {\n        &:hover { onClick: \"f\" }\n    }\n}"), 1207);
        Assert.Equal("3:19", Where(d));
    }

    // ---- events (KRY.md §11) -------------------------------------------------------------------------

    [Theory]
    [InlineData("\"go\"")]
    [InlineData("go")]
    [InlineData("\"go()\"")]
    [InlineData("go()")]
    [InlineData("\" go \"")]
    public void Event_handler_forms_are_normalised(string value)
    {
        var app = CheckClean("@script \"lua\" { function go() end }\nApp {\n    Button { onClick: " + value + " }\n}");
        var ev = Assert.Single(app.Root!.Children[0].Events);
        Assert.Equal("onClick", ev.Event.Name);
        Assert.Equal("go", ev.FunctionName);
        Assert.Equal((byte)0x01, ev.Event.KrbEventType);
        Assert.Empty(app.Root.Children[0].Properties);
    }

    [Fact]
    public void Every_event_kind_binds()
    {
        var app = CheckClean("""
            @script "js" {
            function a() {}
            }
            App {
                Input { onChange: a; onSubmit: a; onFocus: a; onBlur: a; onPress: a; onRelease: a; onHover: a; onLongPress: a; onInput: a }
            }
            """);
        var events = app.Root!.Children[0].Events.Select(e => e.Event.Name);
        Assert.Equal(["onChange", "onSubmit", "onFocus", "onBlur", "onPress", "onRelease", "onHover", "onLongPress", "onInput"], events);
    }

    [Fact]
    public void Missing_handler_is_a_1405_warning_with_the_location_of_the_value()
    {
        var result = Check("@script \"lua\" { function other() end }\nApp {\n    Button { onClick: \"missing\" }\n}");
        var d = Single(result, 1405);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("3:23", Where(d));
        Assert.Equal(0, result.ErrorCount);
        Assert.Equal("missing", Assert.Single(Root(result).Children[0].Events).FunctionName);
    }

    [Fact]
    public void Empty_handler_is_ignored_with_a_warning()
    {
        var result = Check("App {\n    Button { onClick: \"\" }\n}");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(1207, d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("2:23", Where(d));
        Assert.Empty(Root(result).Children[0].Events);
    }

    [Fact]
    public void Invalid_handler_name_is_1207()
    {
        var d = Single(Check("App {\n    Button { onClick: \"do it\" }\n}"), 1207);
        Assert.Equal("2:23", Where(d));
    }

    [Fact]
    public void Handler_set_twice_keeps_one_event()
    {
        var result = Check("@script \"lua\" { function a() end\nfunction b() end }\nApp {\n    Button { onClick: a; onClick: b }\n}");
        Assert.Equal([1110], Codes(result));
        Assert.Equal("b", Assert.Single(Root(result).Children[0].Events).FunctionName);
    }

    // ---- values --------------------------------------------------------------------------------------

    [Fact]
    public void Values_are_typed_per_property()
    {
        var t = Child("""
            Text {
                    text: "hi"
                    font_size: 14
                    font_weight: bold
                    text_alignment: right
                    opacity: 0.25
                    text_color: #ABC
                    padding: "1 2 3 4"
                    margin: 4px 8px
                    cursor: "pointer"
                }
            """);
        Assert.Equal(new StringValue("hi"), t.Find("text")!.Value);
        Assert.Equal(new IntValue(14), t.Find("font_size")!.Value);
        Assert.Equal(new FontWeightValue("bold", 1, 700), t.Find("font_weight")!.Value);
        Assert.Equal(new EnumValue("end", 2), t.Find("text_alignment")!.Value);
        Assert.Equal(new FloatValue(0.25), t.Find("opacity")!.Value);
        Assert.Equal(new ColorValue(new Color(0xAA, 0xBB, 0xCC, 0xFF)), t.Find("text_color")!.Value);
        Assert.Equal(new EdgeInsetsValue(new EdgeInsets(1, 2, 3, 4)), t.Find("padding")!.Value);
        Assert.Equal(new EdgeInsetsValue(new EdgeInsets(4, 8, 4, 8)), t.Find("margin")!.Value);
        Assert.Equal(new EnumValue("pointer", 1), t.Find("cursor")!.Value);
        Assert.Equal("3:15", t.Find("text")!.Location.Start.ToString());
    }

    [Fact]
    public void Flexbox_extension_properties_bind()
    {
        var c = Child("Container { flex_direction: row-reverse; justify_content: space-between; align_items: center; flex_grow: 2; flex_basis: 30%; row_gap: 4; position: absolute; top: 5; direction: rtl; box_sizing: content-box; margin_left: auto; border_top_width: 2 }");
        Assert.Equal(new EnumValue("row-reverse", 2), c.Find("flex_direction")!.Value);
        Assert.Equal("space-between", Assert.IsType<EnumValue>(c.Find("justify_content")!.Value).Member);
        Assert.Equal(new FloatValue(2), c.Find("flex_grow")!.Value);
        Assert.Equal(new LengthValue(Length.Percent(30)), c.Find("flex_basis")!.Value);
        Assert.Equal(new LengthValue(Length.Auto), c.Find("margin_left")!.Value);
        Assert.Equal(12, c.Properties.Count);
    }
}

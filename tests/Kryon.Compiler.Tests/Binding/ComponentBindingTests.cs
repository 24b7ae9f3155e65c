using Kryon.Compiler.Binding;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Values;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Binding;

public class ComponentBindingTests
{
    private const string Card = """
        style "card_style" { padding: 8 }
        style "alt_style" { padding: 2 }
        Define Card {
            Properties {
                title: String = "Untitled"
                count: Int = 1
                ratio: Float = 0.5
                shown: Bool = true
                accent: Color = "#ff0000"
                look: StyleID = "card_style"
                icon: Resource = "icon.png"
                size: Enum(small, medium, large) = medium
                subtitle: String
            }
            Container {
                style: $look
                background_color: $accent
                visibility: $shown
                Text { text: $title; font_size: $count * 10 }
                Text { text: "Sub: $subtitle" }
            }
        }
        """;

    [Fact]
    public void Definitions_have_types_and_defaults()
    {
        var app = CheckClean(Card + "\nApp {}");
        var card = Assert.Single(app.Components);
        Assert.Same(card, app.FindComponent("Card"));
        Assert.Equal(["title", "count", "ratio", "shown", "accent", "look", "icon", "size", "subtitle"], card.Definitions.Select(d => d.Name));
        Assert.Equal([ComponentPropertyType.String, ComponentPropertyType.Int, ComponentPropertyType.Float, ComponentPropertyType.Bool, ComponentPropertyType.Color,
            ComponentPropertyType.StyleId, ComponentPropertyType.Resource, ComponentPropertyType.Enum, ComponentPropertyType.String], card.Definitions.Select(d => d.Type));
        Assert.Equal(new StringValue("Untitled"), card.FindDefinition("title")!.Default);
        Assert.Equal(new IntValue(1), card.FindDefinition("count")!.Default);
        Assert.Equal(new FloatValue(0.5), card.FindDefinition("ratio")!.Default);
        Assert.Equal(new BoolValue(true), card.FindDefinition("shown")!.Default);
        Assert.Equal(new ColorValue(new Color(255, 0, 0, 255)), card.FindDefinition("accent")!.Default);
        Assert.Equal(new StyleRefValue("card_style"), card.FindDefinition("look")!.Default);
        Assert.Equal(new ResourceValue("icon.png"), card.FindDefinition("icon")!.Default);
        var size = card.FindDefinition("size")!;
        Assert.Equal(["small", "medium", "large"], size.EnumMembers);
        Assert.Equal(new EnumValue("medium", 1), size.Default);
        var subtitle = card.FindDefinition("subtitle")!;
        Assert.True(subtitle.IsRequired);
        Assert.Equal(new StringValue(""), subtitle.EffectiveDefault);
    }

    [Theory]
    [InlineData("n: Int", "0")]
    [InlineData("n: Float", "0.0")]
    [InlineData("n: Bool", "false")]
    [InlineData("n: Color", "\"#00000000\"")]
    [InlineData("n: Enum(x, y)", "x")]
    [InlineData("n: String", "\"\"")]
    public void Effective_default_of_a_required_property(string definition, string expected)
    {
        var app = CheckClean("Define C {\n    Properties { " + definition + " }\n    Container {}\n}\nApp {}");
        Assert.Equal(expected, app.Components[0].Definitions[0].EffectiveDefault.ToKry());
    }

    [Fact]
    public void Template_substitutes_defaults_and_records_bindings()
    {
        var app = CheckClean(Card + "\nApp {}");
        var template = app.Components[0].Template!;
        Assert.Equal(ElementKind.Container, template.Type.Kind);
        Assert.Equal("card_style", template.Style!.Name);
        var bg = template.Find("background_color")!;
        Assert.Equal(new ColorValue(new Color(255, 0, 0, 255)), bg.Value);
        Assert.Equal("$accent", bg.Binding);
        Assert.Equal("$shown", template.Find("visibility")!.Binding);

        var title = template.Children[0].Find("text")!;
        Assert.Equal(new StringValue("Untitled"), title.Value);
        Assert.Equal("$title", title.Binding);
        var size = template.Children[0].Find("font_size")!;
        Assert.Equal(new IntValue(10), size.Value);
        Assert.Equal("$count * 10", size.Binding);

        var sub = template.Children[1].Find("text")!;
        Assert.Equal(new StringValue("Sub: "), sub.Value);
        Assert.Equal("\"Sub: $subtitle\"", sub.Binding);
    }

    [Fact]
    public void Usage_has_the_template_root_type_and_its_arguments()
    {
        var result = Check(Card + """

            App {
                Card {
                    id: "c1"
                    title: "Hello"
                    size: large
                    subtitle: "s"
                    look: "alt_style"
                    width: 100
                    Text { text: "slot" }
                }
            }
            """);
        Assert.Empty(result.Diagnostics);
        var usage = Assert.Single(Root(result).Children);
        Assert.Equal(ElementKind.Container, usage.Type.Kind);
        Assert.Equal("Card", usage.Component!.Name);
        Assert.Equal("c1", usage.Id);
        Assert.NotNull(usage.Find("width"));
        Assert.Equal(["title", "size", "subtitle", "look"], usage.ComponentArguments.Select(a => a.Definition.Name));
        Assert.Equal(new StringValue("Hello"), usage.ComponentArguments[0].Value);
        Assert.Equal(new EnumValue("large", 2), usage.ComponentArguments[1].Value);
        Assert.Equal(new StyleRefValue("alt_style"), usage.ComponentArguments[3].Value);
        Assert.Single(usage.Children);
    }

    [Fact]
    public void Usage_argument_from_a_variable_keeps_its_binding()
    {
        var app = CheckClean("@variables { name: \"Ada\" }\nDefine Tag {\n    Properties { label: String = \"\" }\n    Text { text: $label }\n}\nApp {\n    Tag { label: $name }\n}");
        var arg = Assert.Single(app.Root!.Children[0].ComponentArguments);
        Assert.Equal(new StringValue("Ada"), arg.Value);
        Assert.Equal("$name", arg.Binding);
    }

    [Fact]
    public void Declared_property_shadows_an_alias_of_a_standard_property()
    {
        // `title` is an alias of window_title, but in a component usage the component's own title wins.
        var app = CheckClean("Define Panel {\n    Properties { title: String = \"\" }\n    Container {}\n}\nApp {\n    Panel { title: \"x\" }\n}");
        var usage = app.Root!.Children[0];
        Assert.Equal("title", Assert.Single(usage.ComponentArguments).Definition.Name);
        Assert.Empty(usage.Properties);
    }

    [Fact]
    public void Enum_argument_outside_the_list_is_1305()
    {
        var result = Check(Card + "\nApp {\n    Card { subtitle: \"s\"; size: huge }\n}");
        var d = Single(result, 1305);
        Assert.Equal("24:33", Where(d));
    }

    [Fact]
    public void Argument_of_the_wrong_type_is_1203()
    {
        var d = Single(Check(Card + "\nApp {\n    Card { subtitle: \"s\"; count: \"many\" }\n}"), 1203);
        Assert.Equal("24:34", Where(d));
    }

    [Fact]
    public void StyleID_argument_must_name_a_style()
    {
        var d = Single(Check(Card + "\nApp {\n    Card { subtitle: \"s\"; look: \"nope\" }\n}"), 1204);
        Assert.Equal("24:33", Where(d));
    }

    [Fact]
    public void Missing_required_property_is_a_1208_warning_per_property()
    {
        var result = Check("Define C {\n    Properties { a: String; b: Int; c: Int = 1 }\n    Container {}\n}\nApp {\n    C { a: \"x\" }\n    C {}\n}");
        Assert.Equal([1208, 1208, 1208], Codes(result));
        Assert.Equal(["6:5", "7:5", "7:5"], result.Diagnostics.Select(Where));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("'b'", result.Diagnostics[0].Message);
    }

    [Fact]
    public void Unknown_property_at_a_usage_is_1107()
    {
        var d = Single(Check("Define C {\n    Properties { scheme: String = \"\" }\n    Container {}\n}\nApp {\n    C { colour_scheme: 1 }\n}"), 1107);
        Assert.Equal("6:9", Where(d));
        Assert.Equal("Unknown property 'colour_scheme' for component C", d.Message);
        Assert.Equal(["C declares: scheme"], d.Suggestions);
    }

    [Fact]
    public void Undefined_template_reference_is_1201()
    {
        var d = Single(Check("Define C {\n    Properties { a: String = \"\" }\n    Text { text: $b }\n}\nApp {}"), 1201);
        Assert.Equal("3:18", Where(d));
    }

    [Fact]
    public void Template_may_use_global_variables()
    {
        var app = CheckClean("@variables { accent: \"#00ff00\" }\nDefine C {\n    Container { background_color: $accent }\n}\nApp {}");
        Assert.Equal("$accent", app.Components[0].Template!.Find("background_color")!.Binding);
    }

    [Fact]
    public void Component_using_a_component_as_root_takes_its_type()
    {
        var app = CheckClean("Define Inner {\n    Button {}\n}\nDefine Outer {\n    Inner {}\n}\nApp {\n    Outer {}\n}");
        var usage = app.Root!.Children[0];
        Assert.Equal(ElementKind.Button, usage.Type.Kind);
        Assert.Equal("Outer", usage.Component!.Name);
        Assert.Equal("Inner", app.FindComponent("Outer")!.Template!.Component!.Name);
    }

    [Fact]
    public void Components_from_included_files_are_usable()
    {
        var app = CheckClean("@include \"widgets.kry\"\nApp {\n    Badge { label: \"new\" }\n}",
            ("widgets.kry", "Define Badge {\n    Properties { label: String = \"\" }\n    Text { text: $label }\n}"));
        Assert.Equal("Badge", app.Root!.Children[0].Component!.Name);
    }

    [Fact]
    public void Component_usage_can_have_children_even_when_the_root_is_a_leaf()
    {
        var app = CheckClean("Define Label {\n    Text {}\n}\nApp {\n    Label { Container {} }\n}");
        Assert.Single(app.Root!.Children[0].Children);
    }

    [Fact]
    public void Enum_default_not_in_the_list_is_1305_and_the_definition_is_dropped()
    {
        var result = Check("Define C {\n    Properties { s: Enum(a, b) = c }\n    Container {}\n}\nApp {}");
        Assert.Equal([1305], Codes(result));
        Assert.Empty(result.App!.Components[0].Definitions);
    }

    [Fact]
    public void Only_enum_takes_a_member_list()
    {
        var d = Single(Check("Define C {\n    Properties { s: String(a) }\n    Container {}\n}\nApp {}"), 1301);
        Assert.Equal("2:21", Where(d));
    }

    [Fact]
    public void Id_and_style_cannot_be_declared()
    {
        var d = Single(Check("Define C {\n    Properties { id: String }\n    Container {}\n}\nApp {}"), 1302);
        Assert.Equal("2:18", Where(d));
    }

    [Fact]
    public void Handler_bound_to_a_component_property_with_an_empty_default_is_not_warned_about()
    {
        var result = Check("@script \"lua\" { function save() end }\nDefine Action {\n    Properties { on_click: String = \"\" }\n    Button { onClick: $on_click }\n}\nApp {\n    Action { on_click: \"save\" }\n}");
        Assert.Empty(result.Diagnostics);
        var ev = Assert.Single(result.App!.Components[0].Template!.Events);
        Assert.Equal("", ev.FunctionName);
        Assert.Equal("$on_click", ev.Binding);
        Assert.Equal(new StringValue("save"), Assert.Single(Root(result).Children[0].ComponentArguments).Value);
    }
}

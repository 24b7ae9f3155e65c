using Kryon.Registry;
using Kryon.Compiler.Binding;
using Kryon.Values;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Binding;

public class StyleBindingTests
{
    private static PropertyValue Get(BoundStyle style, string name) => Assert.Single(style.Properties, p => p.Name == name).Value;

    [Fact]
    public void Style_ids_are_one_based_in_definition_order()
    {
        var app = CheckClean("style \"a\" {}\nstyle \"b\" {}\n@include \"more.kry\"\nstyle \"d\" {}\nApp {}", ("more.kry", "style \"c\" {}"));
        Assert.Equal(["a", "b", "c", "d"], app.Styles.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4], app.Styles.Select(s => s.Id));
        Assert.Same(app.Styles[2], app.FindStyle("c"));
    }

    [Fact]
    public void Redefined_style_keeps_its_first_position_and_takes_the_later_body()
    {
        var result = Check("style \"a\" { padding: 1 }\nstyle \"b\" {}\nstyle \"a\" { padding: 2 }\nApp {}");
        Assert.Equal([1110], Codes(result));
        var styles = result.App!.Styles;
        Assert.Equal(["a", "b"], styles.Select(s => s.Name));
        Assert.Equal(EdgeInsets.All(2), Assert.IsType<EdgeInsetsValue>(Get(styles[0], "padding")).Value);
    }

    [Fact]
    public void Multiple_extends_later_bases_override_earlier_and_own_properties_override_all()
    {
        var app = CheckClean("""
            style "base" {
                padding: 1
                font_size: 10
                text_color: "#111111"
            }
            style "accent" {
                font_size: 20
                background_color: "#222222"
            }
            style "button" {
                extends: ["base", "accent"]
                text_color: "#333333"
            }
            App { style: "button" }
            """);
        var button = app.FindStyle("button")!;
        Assert.Equal(["base", "accent"], button.Extends);
        Assert.Equal(EdgeInsets.All(1), Assert.IsType<EdgeInsetsValue>(Get(button, "padding")).Value);
        Assert.Equal(20, Assert.IsType<IntValue>(Get(button, "font_size")).Value);
        Assert.Equal(new Color(0x22, 0x22, 0x22, 255), Assert.IsType<ColorValue>(Get(button, "background_color")).Value);
        Assert.Equal(new Color(0x33, 0x33, 0x33, 255), Assert.IsType<ColorValue>(Get(button, "text_color")).Value);
        Assert.Equal(4, button.Properties.Count);
        Assert.Same(button, app.Root!.Style);
    }

    [Fact]
    public void Extends_chains_are_flattened_even_when_the_base_is_defined_later()
    {
        var app = CheckClean("""
            style "c" { extends: "b"; gap: 3 }
            style "b" { extends: "a"; gap: 2; border_radius: 4 }
            style "a" { gap: 1; opacity: 0.5 }
            App {}
            """);
        var c = app.FindStyle("c")!;
        Assert.Equal(3, Assert.IsType<IntValue>(Get(c, "gap")).Value);
        Assert.Equal(4, Assert.IsType<IntValue>(Get(c, "border_radius")).Value);
        Assert.Equal(0.5, Assert.IsType<FloatValue>(Get(c, "opacity")).Value);
    }

    [Fact]
    public void Pseudo_state_sets_are_inherited_and_merged_per_state()
    {
        var app = CheckClean("""
            style "base" {
                &:hover { background_color: "#111111"; border_width: 1 }
                &:active { opacity: 0.5 }
            }
            style "derived" {
                extends: "base"
                &:hover { background_color: "#222222" }
                &:hover:disabled { opacity: 0.2 }
            }
            App {}
            """);
        var derived = app.FindStyle("derived")!;
        Assert.Equal([InteractionState.Hover, InteractionState.Active, InteractionState.Hover | InteractionState.Disabled],
            derived.StateSets.Select(s => s.States));
        var hover = derived.StateSets[0].Properties;
        Assert.Equal(["background_color", "border_width"], hover.Select(p => p.Name));
        Assert.Equal(new Color(0x22, 0x22, 0x22, 255), Assert.IsType<ColorValue>(hover[0].Value).Value);
    }

    [Fact]
    public void Element_state_sets_merge_with_the_style_and_own_properties_win()
    {
        var app = CheckClean("""
            style "btn" { &:hover { background_color: "#111111"; text_color: "#ffffff" } }
            App {
                Button {
                    style: "btn"
                    &:hover { background_color: "#999999" }
                    &:focus { border_width: 2 }
                }
            }
            """);
        var button = app.Root!.Children[0];
        Assert.Equal([InteractionState.Hover, InteractionState.Focus], button.StateSets.Select(s => s.States));
        var hover = button.StateSets[0].Properties;
        Assert.Equal(new Color(0x99, 0x99, 0x99, 255), Assert.IsType<ColorValue>(hover.Single(p => p.Name == "background_color").Value).Value);
        Assert.Contains(hover, p => p.Name == "text_color");
    }

    [Fact]
    public void Empty_state_sets_are_dropped()
    {
        var app = CheckClean("style \"s\" { &:hover { } }\nApp { &:active { } }");
        Assert.Empty(app.Styles[0].StateSets);
        Assert.Empty(app.Root!.StateSets);
    }

    [Fact]
    public void Element_style_layout_applies_when_the_element_has_none()
    {
        var app = CheckClean("style \"row\" { layout: row center }\nApp {\n    Container { style: \"row\" }\n    Container { style: \"row\"; layout: column end }\n}");
        var (first, second) = (app.Root!.Children[0], app.Root.Children[1]);
        Assert.Equal(0x04, first.Layout.Value);
        Assert.False(first.HasOwnLayout);
        Assert.Equal(0x09, second.Layout.Value);
        Assert.True(second.HasOwnLayout);
    }

    [Fact]
    public void Inline_style_block_defines_a_global_style_and_applies_it()
    {
        var app = CheckClean("App {\n    Button { style \"btn\" { padding: 4 } }\n    Container { style: \"btn\" }\n}");
        var btn = Assert.Single(app.Styles);
        Assert.Equal("btn", btn.Name);
        Assert.Same(btn, app.Root!.Children[0].Style);
        Assert.Same(btn, app.Root.Children[1].Style);
    }

    [Fact]
    public void Extends_with_a_malformed_value_is_1203()
    {
        var d = Single(Check("style \"s\" {\n    extends: 12\n}\nApp {}"), 1203);
        Assert.Equal("2:14", Where(d));
    }

    [Fact]
    public void Text_in_a_style_is_accepted_with_a_warning()
    {
        var result = Check("style \"s\" {\n    text: \"hi\"\n}\nApp {}");
        var d = Single(result, 1207);
        Assert.Equal(Kryon.Diagnostics.DiagnosticSeverity.Warning, d.Severity);
        Assert.Single(result.App!.Styles[0].Properties);
    }

    [Fact]
    public void Style_listing_itself_after_another_base_is_a_cycle_not_a_crash()
    {
        var result = Check("style \"base\" { padding: 1; &:hover { opacity: 1 } }\nstyle \"s\" {\n    extends: [\"base\", \"s\"]\n}\nApp { style: \"s\" }");
        var d = Single(result, 1206);
        Assert.Equal("Circular style inheritance: \"s\" -> \"s\"", d.Message);
        Assert.Equal("2:7", Where(d));
        Assert.Single(result.App!.FindStyle("s")!.Properties);
    }
}

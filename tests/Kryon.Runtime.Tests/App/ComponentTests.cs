using Kryon.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.Tests.State;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

public class ComponentTests
{
    private const string Card = """
        Define Card {
            Properties {
                title: String = "Untitled"
                count: Int = 7
                tone: Enum(plain, loud) = plain
            }
            Container {
                layout: column
                Text { id: "card_title"; text: $title }
                Text { text: "n=$count" }
                Container { id: "content_slot" }
            }
        }
        """;

    [Fact]
    public void Each_usage_gets_its_own_instance_with_given_values_and_defaults()
    {
        var rt = AppTestKit.Start(Card + """
            App {
                Card { id: "one"; title: "First"; count: 1 }
                Card { id: "two" }
            }
            """);
        var one = rt.ById("one");
        var two = rt.ById("two");
        Assert.Equal("Card", one.ComponentName);
        Assert.Equal("First", ElementText.Displayed(one.Children[0]));
        Assert.Equal("n=1", ElementText.Displayed(one.Children[1]));
        Assert.Equal("Untitled", ElementText.Displayed(two.Children[0]));
        Assert.Equal("n=7", ElementText.Displayed(two.Children[1]));
        Assert.Empty(rt.Log.Entries);
    }

    [Fact]
    public void Usage_children_go_into_the_content_slot()
    {
        var rt = AppTestKit.Start(Card + """
            App { Card { id: "c"; Text { id: "inside"; text: "child" } } }
            """);
        var inside = rt.ById("inside");
        Assert.Equal("content_slot", inside.Parent!.Id);
        Assert.True(inside.Parent.IsDescendantOf(rt.ById("c")));
    }

    [Fact]
    public void Without_a_slot_children_are_appended_to_the_instance_root()
    {
        var rt = AppTestKit.Start("""
            Define Row { Container { layout: row; Text { text: "label" } } }
            App { Row { id: "r"; Text { id: "extra"; text: "x" } } }
            """);
        var r = rt.ById("r");
        Assert.Equal(2, r.Children.Count);
        Assert.Same(r, rt.ById("extra").Parent);
    }

    [Fact]
    public void Usage_standard_properties_override_the_template_root()
    {
        var rt = AppTestKit.Start("""
            Define Box { Container { width: 10; height: 10; background_color: "#FF0000" } }
            App { Box { id: "b"; width: 30; background_color: "#00FF00" } }
            """);
        var b = rt.ById("b");
        Assert.Equal(30, b.ScreenBox.Width);
        Assert.Equal(10, b.ScreenBox.Height);
        Assert.Equal(new ColorValue(new Color(0, 255, 0, 255)), b.Get(Props.BackgroundColor));
    }

    [Fact]
    public void Usage_properties_without_a_krb_id_override_the_template_root_too()
    {
        // margin_left, flex_grow and align_self have no standard KRB id, so the usage carries them as
        // custom properties; they are still the usage's standard properties (KRY.md §10.5 step 3).
        var rt = AppTestKit.Start("""
            Define Box { Container { width: 10; height: 10; margin_left: 1 } }
            App {
                flex_direction: row
                align_items: flex-end
                Box { id: "a"; margin_left: 20; align_self: flex-start }
                Box { id: "b"; flex_grow: 1 }
            }
            """, width: 200, height: 100);
        var a = rt.ById("a");
        var b = rt.ById("b");
        Assert.Equal((20f, 0f), (a.ScreenBox.X, a.ScreenBox.Y));
        Assert.Equal((31f, 90f, 169f), (b.ScreenBox.X, b.ScreenBox.Y, b.ScreenBox.Width));
        Assert.Empty(a.Custom);
        Assert.Empty(rt.Log.Entries);
    }

    [Fact]
    public void Nested_components_and_components_inside_templates_are_instantiated()
    {
        var rt = AppTestKit.Start("""
            Define Label { Properties { caption: String = "?" } Text { text: $caption } }
            Define Pair {
                Properties { left: String = "L" }
                Container { layout: row; Label { id: "pl"; caption: $left } Label { caption: "R" } }
            }
            App { Pair { id: "p"; left: "Left" } }
            """);
        var p = rt.ById("p");
        Assert.Equal("Pair", p.ComponentName);
        Assert.Equal("Label", p.Children[0].ComponentName);
        Assert.Equal("Left", ElementText.Displayed(rt.ById("pl")));
        Assert.Equal("R", ElementText.Displayed(p.Children[1]));
    }

    [Fact]
    public void Instance_variables_are_scoped_per_instance()
    {
        var rt = AppTestKit.Start("""
            Define Tag { Properties { label: String = "x" } Text { text: "[$label]" } }
            App { Tag { id: "a"; label: "one" } Tag { id: "b"; label: "two" } }
            """);
        Assert.Equal("[one]", ElementText.Displayed(rt.ById("a")));
        Assert.Equal("[two]", ElementText.Displayed(rt.ById("b")));
    }

    [Fact]
    public void An_argument_bound_to_a_global_variable_follows_it()
    {
        var rt = AppTestKit.Start("""
            @variables { user: String = "Ada" }
            Define Greeting { Properties { who: String = "" } Text { text: "Hello, $who" } }
            App { Greeting { id: "g"; who: $user } }
            """);
        Assert.Equal("Hello, Ada", ElementText.Displayed(rt.ById("g")));
        rt.State.SetVariable("user", new StringLiteral("Grace"));
        rt.Settle();
        Assert.Equal("Hello, Grace", ElementText.Displayed(rt.ById("g")));
    }

    [Fact]
    public void A_handler_passed_as_an_argument_is_called_by_the_template()
    {
        var scripts = new FakeScriptFunctions().Define("save", _ => ScriptValue.Null);
        var rt = AppTestKit.Start("""
            Define Action { Properties { handler: String = "" } Button { id: "action_btn"; width: 40; height: 20; onClick: $handler } }
            App { Action { id: "act"; handler: "save" } }
            """, scripts);
        rt.Click("act");
        Assert.Equal(["save"], scripts.Calls.Select(c => c.Name));
    }

    [Fact]
    public void Usage_handler_replaces_the_template_handler()
    {
        var scripts = new FakeScriptFunctions().Define("inner", _ => ScriptValue.Null).Define("outer", _ => ScriptValue.Null);
        var rt = AppTestKit.Start("""
            Define B { Button { width: 40; height: 20; onClick: "inner" } }
            App { B { id: "b"; onClick: "outer" } }
            """, scripts);
        rt.Click("b");
        Assert.Equal(["outer"], scripts.Calls.Select(c => c.Name));
    }

    [Fact]
    public void Style_id_argument_sets_the_instance_root_style()
    {
        var rt = AppTestKit.Start("""
            style "red" { background_color: "#FF0000" }
            Define Swatch { Properties { look: StyleID } Container { width: 10; height: 10 } }
            App { Swatch { id: "s"; look: "red" } }
            """);
        Assert.Equal(new ColorValue(new Color(255, 0, 0, 255)), rt.ById("s").Get(Props.BackgroundColor));
    }
}

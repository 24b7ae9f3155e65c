using Kryon.Compiler.Binding;
using Kryon.Diagnostics;
using Kryon.Values;

namespace Kryon.Compiler.Tests.Binding;

public class ComponentExpanderTests
{
    private static BoundElement Expand(string source)
    {
        var result = KryCompiler.CheckText("app.kry", source, new InMemorySourceProvider());
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var bag = new DiagnosticBag();
        var root = ComponentExpander.Expand(result.App!, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return root!;
    }

    private const string Card = """
        Define Card {
            Properties {
                heading: String = "Untitled"
                accent: Color = "#FF0000"
                pad: Int = 4
            }
            Container {
                padding: $pad
                background_color: $accent
                Text { id: "title"; text: "Card: $heading" }
                Container { id: "content_slot" }
            }
        }
        """;

    [Fact]
    public void Usage_values_replace_template_bindings()
    {
        var root = Expand(Card + """
            App {
                Card { heading: "Sales"; pad: 12 }
            }
            """);
        var card = Assert.Single(root.Children);
        Assert.Equal("Container", card.Type.Name);
        Assert.Equal(new EdgeInsetsValue(EdgeInsets.All(12)), card.Find("padding")!.Value);
        Assert.Equal(new ColorValue(new Color(255, 0, 0, 255)), card.Find("background_color")!.Value);
        var title = card.Children[0];
        Assert.Equal(new StringValue("Card: Sales"), title.Find("text")!.Value);
    }

    [Fact]
    public void Defaults_apply_when_the_usage_gives_no_value()
    {
        var root = Expand(Card + "App { Card { } }");
        Assert.Equal(new StringValue("Card: Untitled"), root.Children[0].Children[0].Find("text")!.Value);
    }

    [Fact]
    public void Usage_children_move_into_content_slot_and_usage_properties_override_the_root()
    {
        var root = Expand(Card + """
            App {
                Card {
                    id: "sales"
                    background_color: "#00FF00"
                    Text { text: "inside" }
                }
            }
            """);
        var card = root.Children[0];
        Assert.Equal("sales", card.Id);
        Assert.Equal(new ColorValue(new Color(0, 255, 0, 255)), card.Find("background_color")!.Value);
        var slot = card.Children[1];
        Assert.Equal("content_slot", slot.Id);
        Assert.Equal(new StringValue("inside"), Assert.Single(slot.Children).Find("text")!.Value);
    }

    [Fact]
    public void Components_inside_templates_receive_the_outer_instance_values()
    {
        var root = Expand(Card + """
            Define Panel {
                Properties { label: String = "none" }
                Container { Card { heading: $label } }
            }
            App { Panel { label: "Inner" } }
            """);
        var text = root.Children[0].Children[0].Children[0];
        Assert.Equal(new StringValue("Card: Inner"), text.Find("text")!.Value);
    }

    [Fact]
    public void Global_variables_stay_visible_inside_templates()
    {
        var root = Expand("""
            @variables { brand: "Kryon" }
            Define Logo {
                Properties { suffix: String = "!" }
                Text { text: "$brand$suffix" }
            }
            App { Logo { suffix: "?" } }
            """);
        Assert.Equal(new StringValue("Kryon?"), root.Children[0].Find("text")!.Value);
    }
}

using Kryon.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

public class LoadingTests
{
    private static Color Hex(string hex) => Color.TryParse(hex, out var c) ? c.Value : throw new ArgumentException(hex);

    [Fact]
    public void Elements_keep_ids_types_order_and_parents()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { id: "top"
                    Text { id: "a"; text: "A" }
                    Text { id: "b"; text: "B" }
                }
                Button { id: "c"; text: "C" }
            }
            """);
        var top = rt.ById("top");
        Assert.Equal("Container", top.TypeName);
        Assert.Same(rt.Tree.Root, top.Parent);
        Assert.Equal(["a", "b"], top.Children.Select(c => c.Id));
        Assert.Equal("Button", rt.ById("c").TypeName);
        Assert.Equal(5, rt.Tree.Count);
        Assert.Null(rt.GetElementById("nope"));
    }

    [Fact]
    public void Static_properties_are_decoded_with_their_types()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { id: "box"; width: 120; height: 40; background_color: "#FF000080"; border_width: 2; border_radius: 6; opacity: 0.5; z_index: 3; overflow: hidden }
                Text { id: "t"; text: "hi"; font_size: 18; font_weight: bold; text_alignment: center }
            }
            """);
        var box = rt.ById("box");
        Assert.Equal(new ColorValue(Hex("#FF000080")), box.Get(Props.BackgroundColor));
        Assert.Equal(new IntValue(2), box.Get(Props.BorderWidth));
        Assert.Equal(new IntValue(6), box.Get(Props.BorderRadius));
        Assert.Equal(0.5, ((FloatValue)box.Get(Props.Opacity)!).Value, 3);
        Assert.Equal(new IntValue(3), box.Get(Props.ZIndex));
        Assert.Equal("hidden", ((EnumValue)box.Get(Props.Overflow)!).Member);
        Assert.Equal(120, box.ScreenBox.Width);
        Assert.Equal(40, box.ScreenBox.Height);
        var t = rt.ById("t");
        Assert.Equal("hi", rt.Text("t"));
        Assert.Equal("center", ((EnumValue)t.Get(Props.TextAlignment)!).Member);
        Assert.Equal("bold", ((FontWeightValue)t.Get(Props.FontWeight)!).Named);
    }

    [Fact]
    public void The_app_window_size_is_the_viewport_unless_the_host_overrides_it()
    {
        var doc = AppTestKit.Compile("App { window_width: 640; window_height: 480 }");
        var rt = KryonRuntime.Load(doc);
        Assert.Equal(640, rt.ViewportWidth);
        Assert.Equal(480, rt.ViewportHeight);
        var sized = KryonRuntime.Load(doc, new RuntimeOptions { Width = 100, Height = 50 });
        Assert.Equal(100, sized.ViewportWidth);
    }

    [Fact]
    public void Radio_group_name_is_a_standard_property()
    {
        var rt = AppTestKit.Start("""App { Radio { id: "r"; name: "size"; value: "m" } }""");
        Assert.Equal(new StringValue("size"), rt.ById("r").Get(Props.Name));
    }

    [Fact]
    public void Duplicate_ids_resolve_to_the_first_in_tree_order()
    {
        var rt = AppTestKit.Start("""App { Text { id: "x"; text: "first" } Text { id: "x"; text: "second" } }""", log: null);
        Assert.Equal("first", rt.Text("x"));
    }
}

using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Values;
using static Kryon.Runtime.Tests.App.EventDispatchTests;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// Tab / Shift+Tab (<see cref="FocusNavigator"/> through the runtime): tree order over focusable
/// elements, wrapping at both ends, skipping disabled and hidden ones, and the `&amp;:focus` state.
/// </summary>
public class FocusTraversalTests
{
    private static string? Tab(KryonRuntime rt, bool back = false)
    {
        rt.Key("Tab", back ? KeyModifiers.Shift : KeyModifiers.None);
        return rt.Focused?.Id;
    }

    private static List<string?> Tabs(KryonRuntime rt, int count, bool back = false)
        => Enumerable.Range(0, count).Select(_ => Tab(rt, back)).ToList();

    private const string Mixed = """
        App { layout: column
            Text { id: "title"; text: "Form" }
            Input { id: "name"; width: 100; height: 20 }
            Container { layout: row
                Checkbox { id: "agree"; width: 20; height: 20 }
                Text { id: "label"; text: "agree" }
                Radio { id: "radio"; width: 20; height: 20 }
            }
            Slider { id: "slider"; width: 100; height: 20 }
            Container { id: "clickable"; width: 50; height: 20; onClick: "go" }
            Container { id: "plain"; width: 50; height: 20 }
            Button { id: "ok"; width: 50; height: 20; text: "OK" }
        }
        """;

    private static readonly string[] MixedOrder = ["name", "agree", "radio", "slider", "clickable", "ok"];

    [Fact]
    public void Tab_visits_the_focusable_elements_in_tree_order_and_wraps_to_the_first()
    {
        var rt = AppTestKit.Start(Mixed, Recorder("go"));
        Assert.Null(rt.Focused);
        Assert.Equal([.. MixedOrder, MixedOrder[0]], Tabs(rt, MixedOrder.Length + 1));
    }

    [Fact]
    public void Shift_tab_goes_backwards_starting_from_the_last_and_wraps_to_the_last()
    {
        var rt = AppTestKit.Start(Mixed, Recorder("go"));
        string[] reversed = [.. MixedOrder.Reverse()];
        Assert.Equal([.. reversed, reversed[0]], Tabs(rt, MixedOrder.Length + 1, back: true));
    }

    [Fact]
    public void Shift_tab_from_the_first_wraps_to_the_last_and_tab_from_the_last_wraps_to_the_first()
    {
        var rt = AppTestKit.Start(Mixed, Recorder("go"));
        rt.Click("name");
        Assert.Equal("ok", Tab(rt, back: true));
        Assert.Equal("name", Tab(rt));
        Assert.Equal("agree", Tab(rt));
        Assert.Equal("name", Tab(rt, back: true));
    }

    [Fact]
    public void Tab_continues_from_an_element_focused_by_a_click()
    {
        var rt = AppTestKit.Start(Mixed, Recorder("go"));
        rt.Click("slider");
        Assert.Equal("clickable", Tab(rt));
        rt.Click("agree");
        Assert.Equal("name", Tab(rt, back: true));
    }

    [Fact]
    public void Tab_with_control_alt_or_meta_does_not_move_focus()
    {
        var rt = AppTestKit.Start(Mixed, Recorder("go"));
        rt.Click("name");
        rt.Key("Tab", KeyModifiers.Control);
        rt.Key("Tab", KeyModifiers.Alt);
        rt.Key("Tab", KeyModifiers.Meta);
        Assert.Equal("name", rt.Focused?.Id);
    }

    [Fact]
    public void Disabled_and_hidden_elements_and_everything_inside_them_are_skipped()
    {
        var rt = AppTestKit.Start("""
            App { layout: column
                Button { id: "a"; width: 50; height: 20 }
                Button { id: "disabled"; width: 50; height: 20; disabled: true }
                Input { id: "invisible"; width: 50; height: 20; visibility: false }
                Input { id: "none"; width: 50; height: 20; display: none }
                Container { disabled: true; Button { id: "in_disabled"; width: 50; height: 20 } }
                Container { visibility: false; Button { id: "in_hidden"; width: 50; height: 20 } }
                Button { id: "b"; width: 50; height: 20 }
            }
            """);
        Assert.Equal(["a", "b", "a"], Tabs(rt, 3));
        Assert.Equal(["b", "a"], Tabs(rt, 2, back: true));
    }

    [Fact]
    public void An_element_enabled_at_run_time_joins_the_tab_order()
    {
        var rt = AppTestKit.Start("""
            @variables { locked: Bool = true }
            App { layout: column
                Button { id: "a"; width: 50; height: 20 }
                Button { id: "b"; width: 50; height: 20; disabled: $locked }
                Button { id: "c"; width: 50; height: 20 }
            }
            """);
        Assert.Equal(["a", "c"], Tabs(rt, 2));
        rt.State.SetVariable("locked", new BoolLiteral(false));
        rt.Settle();
        Assert.Equal(["a", "b", "c"], Tabs(rt, 3));
    }

    [Fact]
    public void With_nothing_focusable_tab_focuses_nothing()
    {
        var rt = AppTestKit.Start("""App { Text { text: "only text" } Container { width: 10; height: 10 } }""");
        Assert.Null(Tab(rt));
        Assert.Null(Tab(rt, back: true));
    }

    [Fact]
    public void The_focus_state_and_its_style_follow_tab_and_go_when_focus_moves_on()
    {
        var rt = AppTestKit.Start("""
            style "field" { border_width: 1; border_color: "#000001"
                &:focus { border_color: "#0000FF" }
            }
            App { layout: column
                Input { id: "one"; style: "field"; width: 100; height: 20 }
                Input { id: "two"; style: "field"; width: 100; height: 20 }
            }
            """);
        var one = rt.ById("one");
        var two = rt.ById("two");
        var blue = new ColorValue(new Color(0, 0, 255, 255));
        var plain = new ColorValue(new Color(0, 0, 1, 255));

        Tab(rt);
        Assert.True(one.State.HasFlag(InteractionState.Focus));
        Assert.Equal(blue, one.Get(Props.BorderColor));
        Assert.Equal(plain, two.Get(Props.BorderColor));
        Assert.Contains(rt.DisplayList.Commands.ToArray(), c => c.Kind == Rendering.DisplayCommandKind.Border && c.Color == blue.Value && c.Element == one.Handle);

        Tab(rt);
        Assert.False(one.State.HasFlag(InteractionState.Focus));
        Assert.True(two.State.HasFlag(InteractionState.Focus));
        Assert.Equal(plain, one.Get(Props.BorderColor));
        Assert.Equal(blue, two.Get(Props.BorderColor));
        Assert.DoesNotContain(rt.DisplayList.Commands.ToArray(), c => c.Kind == Rendering.DisplayCommandKind.Border && c.Color == blue.Value && c.Element == one.Handle);

        rt.Key("Escape");
        Assert.Null(rt.Focused);
        Assert.Equal(plain, two.Get(Props.BorderColor));
    }

    [Fact]
    public void Focus_moves_into_the_inner_inputs_of_component_instances_in_order()
    {
        var rt = AppTestKit.Start("""
            Define Field {
                Properties { label: String = "" }
                Container { layout: row
                    Text { text: $label }
                    Input { width: 100; height: 20 }
                }
            }
            Define LoginBox {
                Container { layout: column
                    Field { id: "user"; label: "User" }
                    Field { id: "pass"; label: "Password" }
                    Button { id: "login"; width: 60; height: 20; text: "Log in" }
                }
            }
            App { layout: column
                Input { id: "search"; width: 100; height: 20 }
                LoginBox { id: "box" }
                Button { id: "help"; width: 60; height: 20 }
            }
            """);
        var user = rt.ById("user");
        var pass = rt.ById("pass");
        var visited = Enumerable.Range(0, 6).Select(_ => { Tab(rt); return rt.Focused; }).ToList();
        Assert.Equal("search", visited[0]?.Id);
        Assert.True(visited[1]!.Is(ElementKind.Input) && visited[1]!.IsDescendantOf(user));
        Assert.True(visited[2]!.Is(ElementKind.Input) && visited[2]!.IsDescendantOf(pass));
        Assert.Equal("login", visited[3]?.Id);
        Assert.Equal("help", visited[4]?.Id);
        Assert.Equal("search", visited[5]?.Id);

        // Typing goes into the instance's own input, and only that one.
        Tab(rt);
        rt.Type("ann");
        Assert.Equal("ann", rt.EditorOf(visited[1]!)!.Text);
        Assert.NotEqual("ann", rt.EditorOf(visited[2]!)?.Text);
    }
}

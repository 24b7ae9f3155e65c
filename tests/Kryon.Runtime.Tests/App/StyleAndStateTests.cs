using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>KRY.md §6.3 resolution order and §9 interaction states, driven by real input.</summary>
public class StyleAndStateTests
{
    private static ColorValue Rgb(byte r, byte g, byte b) => new(new Color(r, g, b, 255));

    private const string Styles = """
        style "base" { background_color: "#000001"; text_color: "#000011"; font_size: 11
            &:hover { background_color: "#0000AA" }
        }
        style "derived" { extends: "base"; background_color: "#000002"
            &:active { background_color: "#0000BB" }
        }
        """;

    [Fact]
    public void Defaults_then_style_chain_then_element_properties()
    {
        var rt = AppTestKit.Start(Styles + """
            App {
                Button { id: "plain"; text: "p" }
                Button { id: "styled"; style: "derived"; text: "s" }
                Button { id: "own"; style: "derived"; text: "o"; background_color: "#000003" }
            }
            """);
        Assert.Equal(new IntValue(11), rt.ById("styled").Get(Props.FontSize)); // from base through extends
        Assert.Equal(Rgb(0, 0, 2), rt.ById("styled").Get(Props.BackgroundColor)); // derived wins over base
        Assert.Equal(Rgb(0, 0, 3), rt.ById("own").Get(Props.BackgroundColor)); // element wins over style
        Assert.NotEqual(Rgb(0, 0, 2), rt.ById("plain").Get(Props.BackgroundColor));
    }

    [Fact]
    public void Script_values_win_over_state_sets_and_clear_back()
    {
        var rt = AppTestKit.Start(Styles + """App { Button { id: "b"; style: "derived"; width: 50; height: 20; text: "b" } }""");
        var b = rt.ById("b");
        b.SetScriptValue(Props.BackgroundColor, Rgb(9, 9, 9));
        rt.Enqueue(new PointerMoveEvent(10, 10));
        rt.Settle();
        Assert.True(b.State.HasFlag(InteractionState.Hover));
        Assert.Equal(Rgb(9, 9, 9), b.Get(Props.BackgroundColor));
        b.ClearScriptValue(Props.BackgroundColor);
        Assert.Equal(Rgb(0, 0, 0xAA), b.Get(Props.BackgroundColor));
    }

    [Fact]
    public void Inheritable_properties_come_from_the_parent_when_unset()
    {
        var rt = AppTestKit.Start("""
            App { text_color: "#123456"; font_size: 21
                Container { Text { id: "t"; text: "x" } Text { id: "own"; text: "y"; text_color: "#654321" } }
            }
            """);
        Assert.Equal(Rgb(0x12, 0x34, 0x56), rt.ById("t").Get(Props.TextColor));
        Assert.Equal(new IntValue(21), rt.ById("t").Get(Props.FontSize));
        Assert.Equal(Rgb(0x65, 0x43, 0x21), rt.ById("own").Get(Props.TextColor));
    }

    [Fact]
    public void Hover_and_active_sets_switch_exactly_as_the_pointer_moves_and_presses()
    {
        var rt = AppTestKit.Start(Styles + """
            App { layout: column
                Button { id: "b"; style: "derived"; width: 50; height: 20; text: "b" }
                Container { id: "away"; width: 50; height: 20 }
            }
            """);
        var b = rt.ById("b");
        Assert.Equal(Rgb(0, 0, 2), b.Get(Props.BackgroundColor));
        rt.Enqueue(new PointerMoveEvent(10, 10));
        rt.Settle();
        Assert.Equal(Rgb(0, 0, 0xAA), b.Get(Props.BackgroundColor));
        rt.Enqueue(new PointerDownEvent(10, 10));
        rt.Settle();
        Assert.Equal(InteractionState.Hover | InteractionState.Active | InteractionState.Focus, b.State);
        Assert.Equal(Rgb(0, 0, 0xBB), b.Get(Props.BackgroundColor)); // active set comes later in order, wins
        rt.Enqueue(new PointerUpEvent(10, 10));
        rt.Enqueue(new PointerMoveEvent(10, 30));
        rt.Settle();
        Assert.False(b.State.HasFlag(InteractionState.Hover));
        Assert.False(b.State.HasFlag(InteractionState.Active));
        Assert.Equal(Rgb(0, 0, 2), b.Get(Props.BackgroundColor));
        rt.Enqueue(new PointerLeaveEvent());
        rt.Settle();
        Assert.Null(rt.Hovered);
    }

    [Fact]
    public void A_state_change_repaints_with_the_new_colour()
    {
        var rt = AppTestKit.Start(Styles + """App { Button { id: "b"; style: "derived"; width: 50; height: 20; text: "b" } }""");
        int version = rt.DisplayList.Version;
        rt.Enqueue(new PointerMoveEvent(10, 10));
        rt.Settle();
        Assert.True(rt.DisplayList.Version > version);
        Assert.Contains(rt.DisplayList.Commands.ToArray(), c => c.Kind == Rendering.DisplayCommandKind.FillRect && c.Color == new Color(0, 0, 0xAA, 255));
    }

    [Fact]
    public void Combined_state_sets_need_all_their_states()
    {
        var rt = AppTestKit.Start("""
            App { Checkbox { id: "c"; width: 20; height: 20; background_color: "#000001"
                &:checked { background_color: "#000002" }
                &:hover:checked { background_color: "#000003" }
            } }
            """);
        var c = rt.ById("c");
        rt.Enqueue(new PointerMoveEvent(5, 5));
        rt.Settle();
        Assert.Equal(Rgb(0, 0, 1), c.Get(Props.BackgroundColor)); // hover alone: no set applies
        rt.Click("c");
        Assert.True(c.State.HasFlag(InteractionState.Checked));
        Assert.Equal(Rgb(0, 0, 3), c.Get(Props.BackgroundColor));
        rt.Enqueue(new PointerMoveEvent(300, 200));
        rt.Settle();
        Assert.Equal(Rgb(0, 0, 2), c.Get(Props.BackgroundColor));
    }

    [Fact]
    public void Disabled_elements_show_their_disabled_set_and_take_no_input()
    {
        var rt = AppTestKit.Start("""
            @variables { off: Bool = true }
            App { Button { id: "b"; width: 50; height: 20; disabled: $off; background_color: "#000001"; onClick: "never"
                &:disabled { background_color: "#000009" }
                &:hover { background_color: "#000005" }
            } }
            """);
        var b = rt.ById("b");
        Assert.True(b.State.HasFlag(InteractionState.Disabled));
        Assert.Equal(Rgb(0, 0, 9), b.Get(Props.BackgroundColor));
        rt.Click("b");
        Assert.False(b.State.HasFlag(InteractionState.Focus));
        Assert.False(rt.Logged(Kryon.Diagnostics.DiagnosticCodes.FunctionNotFound)); // the handler was not even looked up
        rt.State.SetVariable("off", new BoolLiteral(false));
        rt.Settle();
        Assert.False(b.State.HasFlag(InteractionState.Disabled));
    }

    [Fact]
    public void Focus_set_follows_keyboard_focus()
    {
        var rt = AppTestKit.Start("""
            App { Input { id: "i"; width: 100; height: 20; border_color: "#000001"
                &:focus { border_color: "#0000FF" }
            } }
            """);
        var i = rt.ById("i");
        rt.Key("Tab");
        Assert.Same(i, rt.Focused);
        Assert.Equal(Rgb(0, 0, 255), i.Get(Props.BorderColor));
        rt.Key("Escape");
        Assert.Null(rt.Focused);
        Assert.Equal(Rgb(0, 0, 1), i.Get(Props.BorderColor));
    }
}

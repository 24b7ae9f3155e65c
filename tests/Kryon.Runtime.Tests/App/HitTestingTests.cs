using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using static Kryon.Runtime.Tests.App.EventDispatchTests;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// Which element the pointer is on (<see cref="HitTester"/> through the runtime): the topmost
/// painted one, honouring z-index, clips, visibility, disabled elements and scroll offsets.
/// </summary>
public class HitTestingTests
{
    private static Element? HitAt(KryonRuntime rt, float x, float y)
    {
        Move(rt, x, y);
        return rt.Hovered;
    }

    private static void ClickAt(KryonRuntime rt, float x, float y)
    {
        rt.Enqueue(new PointerMoveEvent(x, y));
        rt.Enqueue(new PointerDownEvent(x, y));
        rt.Enqueue(new PointerUpEvent(x, y));
        rt.Settle();
    }

    [Fact]
    public void The_highest_z_index_wins_even_when_it_comes_first()
    {
        var scripts = Recorder("clicked");
        var rt = AppTestKit.Start("""
            App {
                Container { id: "top"; position: absolute; left: 0; top: 0; width: 100; height: 100; z_index: 5; onClick: "clicked" }
                Container { id: "bottom"; position: absolute; left: 50; top: 50; width: 100; height: 100; onClick: "clicked" }
            }
            """, scripts);
        Assert.Equal("top", HitAt(rt, 75, 75)?.Id); // the overlap
        Assert.Equal("bottom", HitAt(rt, 125, 125)?.Id); // only the lower one there
        ClickAt(rt, 75, 75);
        Assert.Equal(["top"], CallsOf(scripts, "clicked"));
    }

    [Fact]
    public void At_equal_z_index_the_later_sibling_wins()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { id: "first"; position: absolute; left: 0; top: 0; width: 100; height: 100; z_index: 2 }
                Container { id: "second"; position: absolute; left: 50; top: 50; width: 100; height: 100; z_index: 2 }
            }
            """);
        Assert.Equal("second", HitAt(rt, 75, 75)?.Id);
        Assert.Equal("first", HitAt(rt, 25, 25)?.Id);
    }

    [Fact]
    public void A_negative_z_index_goes_under_its_siblings()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { id: "first"; position: absolute; left: 0; top: 0; width: 100; height: 100 }
                Container { id: "under"; position: absolute; left: 50; top: 50; width: 100; height: 100; z_index: -1 }
            }
            """);
        Assert.Equal("first", HitAt(rt, 75, 75)?.Id);
    }

    [Fact]
    public void The_deepest_element_under_the_pointer_is_hit()
    {
        var rt = AppTestKit.Start("""
            App { Container { id: "outer"; width: 200; height: 100; padding: 20
                Container { id: "inner"; width: 50; height: 50 }
            } }
            """);
        Assert.Equal("inner", HitAt(rt, 30, 30)?.Id);
        Assert.Equal("outer", HitAt(rt, 10, 10)?.Id);
        Assert.Same(rt.Tree.Root, HitAt(rt, 300, 250));
    }

    [Fact]
    public void Parts_of_children_clipped_away_by_overflow_hidden_are_not_hit()
    {
        var scripts = Recorder("clicked");
        var rt = AppTestKit.Start("""
            App { layout: column
                Container { id: "clip"; width: 100; height: 50; overflow: hidden
                    Container { id: "tall"; width: 100; height: 200; onClick: "clicked" }
                }
            }
            """, scripts);
        Assert.Equal(200, rt.ById("tall").ScreenBox.Height); // the child's box does reach y = 100
        Assert.Equal("tall", HitAt(rt, 50, 25)?.Id);
        Assert.Same(rt.Tree.Root, HitAt(rt, 50, 100)); // but there it is clipped: the App is under the pointer
        ClickAt(rt, 50, 100);
        Assert.Empty(scripts.Calls);
        ClickAt(rt, 50, 25);
        Assert.Equal(["tall"], CallsOf(scripts, "clicked"));
    }

    [Fact]
    public void Without_a_clip_children_overflowing_their_parent_are_hit()
    {
        var rt = AppTestKit.Start("""
            App { layout: column
                Container { id: "open"; width: 100; height: 50
                    Container { id: "tall"; width: 100; height: 200 }
                }
            }
            """);
        Assert.Equal("tall", HitAt(rt, 50, 100)?.Id);
    }

    [Theory]
    [InlineData("visibility: false")]
    [InlineData("visible: false")]
    [InlineData("display: none")]
    public void Hidden_elements_and_their_children_are_not_hit(string hide)
    {
        var scripts = Recorder("clicked");
        var rt = AppTestKit.Start($$"""
            App {
                Container { id: "back"; position: absolute; left: 0; top: 0; width: 100; height: 100; onClick: "clicked" }
                Container { id: "front"; position: absolute; left: 0; top: 0; width: 100; height: 100; onClick: "clicked"; {{hide}}
                    Container { id: "child"; width: 100; height: 100; onClick: "clicked" }
                }
            }
            """, scripts);
        Assert.Equal("back", HitAt(rt, 50, 50)?.Id);
        ClickAt(rt, 50, 50);
        Assert.Equal(["back"], CallsOf(scripts, "clicked"));
    }

    [Fact]
    public void An_element_hidden_at_run_time_stops_being_hit_and_shown_again_is_hit()
    {
        var rt = AppTestKit.Start("""
            @variables { shown: Bool = true }
            App {
                Container { id: "back"; position: absolute; left: 0; top: 0; width: 100; height: 100 }
                Container { id: "front"; position: absolute; left: 0; top: 0; width: 100; height: 100; visibility: $shown
                    Container { id: "child"; width: 50; height: 50 }
                }
            }
            """);
        Assert.Equal("child", HitAt(rt, 25, 25)?.Id);
        rt.State.SetVariable("shown", new Kryon.Values.BoolLiteral(false));
        rt.Settle();
        Assert.Equal("back", HitAt(rt, 26, 26)?.Id);
        rt.State.SetVariable("shown", new Kryon.Values.BoolLiteral(true));
        rt.Settle();
        Assert.Equal("child", HitAt(rt, 25, 25)?.Id);
    }

    private const string DisabledInClickable = """
        App {
            Container { id: "card"; width: 200; height: 100; padding: 20; onClick: "clicked"; onHover: "entered"; onPress: "pressed"
                Button { id: "off"; width: 80; height: 30; disabled: true; onClick: "clicked"; onHover: "entered"; onPress: "pressed"
                    &:hover:disabled { background_color: "#0000AA" }
                }
            }
        }
        """;

    [Fact]
    public void A_disabled_button_blocks_the_click_and_it_does_not_fall_through_to_its_clickable_parent()
    {
        var scripts = Recorder("clicked", "entered", "pressed");
        var rt = AppTestKit.Start(DisabledInClickable, scripts);
        var off = rt.ById("off");
        rt.Click("off");
        Assert.Same(off, rt.Hovered); // it is what the pointer is on...
        Assert.Empty(CallsOf(scripts, "clicked")); // ...but neither it nor the card gets the click
        Assert.Empty(CallsOf(scripts, "pressed"));
        Assert.False(off.State.HasFlag(InteractionState.Active));
        Assert.False(rt.ById("card").State.HasFlag(InteractionState.Active));
        Assert.Null(rt.Focused);
        rt.Click("card"); // the card itself still works
        Assert.Equal(["card"], CallsOf(scripts, "clicked"));
    }

    [Fact]
    public void A_disabled_element_takes_the_hover_state_for_hover_disabled_styles_but_runs_no_hover_handler()
    {
        // KRY.md §9 allows `&:hover:disabled`, so the Hover bit is set on disabled elements too;
        // only their handlers stay silent.
        var scripts = Recorder("clicked", "entered", "pressed");
        var rt = AppTestKit.Start(DisabledInClickable, scripts);
        var off = rt.ById("off");
        Move(rt, off.ScreenBox.X + 5, off.ScreenBox.Y + 5);
        Assert.True(off.State.HasFlag(InteractionState.Hover));
        Assert.Equal(new Kryon.Values.ColorValue(new Kryon.Values.Color(0, 0, 0xAA, 255)), off.Get(Props.BackgroundColor));
        Assert.Equal(["card"], CallsOf(scripts, "entered")); // the enabled parent is entered, the disabled button is not
    }

    [Fact]
    public void Everything_inside_a_disabled_container_is_inert()
    {
        var scripts = Recorder("clicked");
        var rt = AppTestKit.Start("""
            App { Container { id: "group"; disabled: true; width: 200; height: 100
                Button { id: "inner"; width: 80; height: 30; onClick: "clicked" }
                Input { id: "field"; width: 80; height: 20 }
            } }
            """, scripts);
        rt.Click("inner");
        rt.Click("field");
        rt.Type("x");
        Assert.Empty(scripts.Calls);
        Assert.Null(rt.Focused);
        Assert.NotEqual(new Kryon.Values.StringValue("x"), rt.ById("field").Get(Props.Value));
    }

    [Fact]
    public void Hit_testing_after_a_scroll_uses_the_scrolled_positions()
    {
        var scripts = Recorder("clicked");
        var rt = AppTestKit.Start("""
            App { layout: column
                Container { id: "list"; width: 100; height: 60; overflow: scroll
                    Container { id: "r0"; width: 100; height: 30; onClick: "clicked" }
                    Container { id: "r1"; width: 100; height: 30; onClick: "clicked" }
                    Container { id: "r2"; width: 100; height: 30; onClick: "clicked" }
                    Container { id: "r3"; width: 100; height: 30; onClick: "clicked" }
                }
                Container { id: "after"; width: 100; height: 30 }
            }
            """, scripts);
        Assert.Equal("r0", HitAt(rt, 50, 10)?.Id);
        Assert.Equal("after", HitAt(rt, 50, 75)?.Id); // r2 is there, but clipped: the list's box ends at 60
        rt.Enqueue(new WheelEvent(50, 10, 0, 60));
        rt.Settle();
        Assert.Equal(60, rt.ById("list").ScrollY);
        Assert.Equal("r2", HitAt(rt, 50, 10)?.Id);
        Assert.Equal("r3", HitAt(rt, 50, 45)?.Id);
        Assert.Equal("after", HitAt(rt, 50, 75)?.Id);
        ClickAt(rt, 50, 45);
        Assert.Equal(["r3"], CallsOf(scripts, "clicked"));
    }
}

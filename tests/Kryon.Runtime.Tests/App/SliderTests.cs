using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Scripting;
using Kryon.Values;
using static Kryon.Runtime.Tests.App.EventDispatchTests;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// A Slider: the track, filled part and thumb it draws (<see cref="SliderPainter"/>), and the value a
/// press, a drag and the arrow keys give it, with onChange and a two-way bound variable.
/// </summary>
public class SliderTests
{
    // 216 wide: the 16 px thumb's centre travels 200 px, from x 8 to x 208, one px per value unit of 0..200.
    private const string OneSlider = """
        @variables { level: 50 }
        App { layout: column
            Slider { id: "s"; width: 216; height: 20; min: 0; max: 200; value: $level; onChange: "changed" }
        }
        """;

    private static DisplayCommand[] SliderCommands(KryonRuntime rt, string id)
    {
        int handle = rt.ById(id).Handle;
        return rt.DisplayList.Commands.ToArray().Where(c => c.Element == handle).ToArray();
    }

    private static double ValueOf(KryonRuntime rt, string id)
        => Number.TryParse((rt.ById(id).Get(Props.Value) as StringValue)?.Value ?? "", out double v) ? v : double.NaN;

    private static void Press(KryonRuntime rt, float x, float y)
    {
        rt.Enqueue(new PointerMoveEvent(x, y));
        rt.Enqueue(new PointerDownEvent(x, y, PointerButton.Primary));
        rt.Settle();
    }

    private static void Release(KryonRuntime rt, float x, float y)
    {
        rt.Enqueue(new PointerUpEvent(x, y, PointerButton.Primary));
        rt.Settle();
    }

    // ---- drawing -----------------------------------------------------------------------------------

    [Fact]
    public void A_slider_draws_a_centred_rounded_track_the_part_up_to_the_value_and_a_round_thumb_there()
    {
        var rt = AppTestKit.Start(OneSlider, Recorder("changed"));
        Assert.Equal(new LayoutBox(0, 0, 216, 20), rt.ById("s").ScreenBox);
        var commands = SliderCommands(rt, "s");
        Assert.Equal(3, commands.Length);
        Assert.All(commands, c => Assert.Equal(DisplayCommandKind.FillRect, c.Kind));
        var (track, fill, thumb) = (commands[0], commands[1], commands[2]);

        Assert.Equal(new LayoutBox(0, 8, 216, 4), track.Bounds); // 4 px high, centred in the 20 px box
        Assert.Equal(2, track.Radius);
        Assert.Equal(SliderPainter.DefaultTrack, track.Color);

        Assert.Equal(new LayoutBox(0, 8, 58, 4), fill.Bounds); // min .. the thumb's centre (8 + 50)
        Assert.Equal(SliderPainter.DefaultAccent, fill.Color);

        Assert.Equal(new LayoutBox(50, 2, 16, 16), thumb.Bounds);
        Assert.Equal(8, thumb.Radius); // a circle
        Assert.Equal(SliderPainter.DefaultAccent, thumb.Color);
    }

    [Fact]
    public void The_thumb_is_clamped_to_the_track_ends_and_an_empty_range_puts_it_at_the_start()
    {
        var rt = AppTestKit.Start("""
            App { layout: column
                Slider { id: "over"; width: 216; height: 20; min: 0; max: 100; value: 500 }
                Slider { id: "under"; width: 216; height: 20; min: 10; max: 100; value: -3 }
                Slider { id: "empty"; width: 216; height: 20; min: 5; max: 5; value: 5 }
            }
            """);
        Assert.Equal(new LayoutBox(200, 2, 16, 16), SliderCommands(rt, "over")[2].Bounds);
        // Value at min: no filled part, only the track and the thumb at the left end.
        var under = SliderCommands(rt, "under");
        Assert.Equal(3, under.Length);
        Assert.Equal(new LayoutBox(0, 22, 16, 16), under[2].Bounds);
        Assert.Equal(new LayoutBox(0, 42, 16, 16), SliderCommands(rt, "empty")[2].Bounds);
    }

    [Fact]
    public void Background_color_colours_the_track_and_the_sliders_own_text_color_the_fill_and_thumb_but_an_inherited_one_does_not()
    {
        var red = new Color(255, 0, 0, 255);
        var green = new Color(0, 128, 0, 255);
        var grey = new Color(0x88, 0x88, 0x88, 255);
        var rt = AppTestKit.Start("""
            App { layout: column; text_color: "#008000"
                Slider { id: "own"; width: 116; height: 16; value: 50; background_color: "#888888"; text_color: "#FF0000" }
                Slider { id: "inherits"; width: 116; height: 16; value: 50 }
            }
            """);
        var own = SliderCommands(rt, "own");
        Assert.Equal(3, own.Length); // track, fill, thumb: the background colour is the track's, the box is not filled
        Assert.Equal([grey, red, red], own.Select(c => c.Color));
        Assert.Equal(4, own[0].Bounds.Height);
        Assert.NotEqual(green, SliderCommands(rt, "inherits")[1].Color);
        Assert.Equal(SliderPainter.DefaultAccent, SliderCommands(rt, "inherits")[1].Color);
    }

    [Fact]
    public void A_box_lower_than_the_thumb_shrinks_the_thumb_and_the_track_stays_centred()
    {
        var rt = AppTestKit.Start("""App { layout: column; Slider { id: "s"; width: 110; height: 20; value: 0; padding: "5 0" } }""");
        var commands = SliderCommands(rt, "s");
        Assert.Equal(new LayoutBox(0, 8, 110, 4), commands[0].Bounds); // content box y 5..15, centre 10
        Assert.Equal(new LayoutBox(0, 5, 10, 10), commands[^1].Bounds);
    }

    // ---- pointer and keys ----------------------------------------------------------------------------

    [Fact]
    public void A_press_sets_the_value_under_the_pointer_and_runs_onChange_with_the_value_and_id()
    {
        var scripts = Recorder("changed");
        var rt = AppTestKit.Start(OneSlider, scripts);
        Press(rt, 108, 10); // thumb centre range 8..208: the middle
        Release(rt, 108, 10);
        Assert.Equal(100, ValueOf(rt, "s"));
        Assert.Equal(["100|s"], CallsOf(scripts, "changed"));
        Assert.Equal(ScriptValueKind.Int, scripts.Calls[0].Arguments[0].Kind); // a whole number reaches scripts as an integer
        Assert.Same(rt.ById("s"), rt.Focused);
        Assert.Equal(new NumberLiteral(100, true), rt.State.GetVariable("level")); // `value: $level` is two-way
        Assert.Equal(new LayoutBox(100, 2, 16, 16), SliderCommands(rt, "s")[2].Bounds); // redrawn at the new value
    }

    [Fact]
    public void Dragging_follows_the_pointer_clamps_outside_the_box_and_calls_onChange_only_on_a_change()
    {
        var scripts = Recorder("changed");
        var rt = AppTestKit.Start(OneSlider, scripts);
        Press(rt, 58, 10); // on the thumb: the value stays 50, no change
        Assert.Empty(CallsOf(scripts, "changed"));
        Move(rt, 158, 30); // below the box still drags
        Move(rt, 158.2f, 12);
        Move(rt, -40, 10);
        Move(rt, 900, 10);
        Release(rt, 900, 10);
        Assert.Equal(["150|s", "0|s", "200|s"], CallsOf(scripts, "changed"));
        Move(rt, 60, 10); // released: moving no longer drags
        Assert.Equal(200, ValueOf(rt, "s"));
    }

    [Fact]
    public void The_value_snaps_to_the_step_counted_from_min()
    {
        var scripts = Recorder("changed");
        var rt = AppTestKit.Start("""App { Slider { id: "s"; width: 216; height: 20; min: 5; max: 205; step: 20; value: 5; onChange: "changed" } }""", scripts);
        Press(rt, 8 + 52, 10); // 5 + 52 = 57 → the nearest step from 5 is 65
        Release(rt, 60, 10);
        Assert.Equal(65, ValueOf(rt, "s"));
        var fractional = AppTestKit.Start("""App { Slider { id: "f"; width: 216; height: 20; min: 0; max: 1; step: 0.1; value: 0 } }""");
        Press(fractional, 8 + 61, 10);
        Assert.Equal("0.3", (fractional.ById("f").Get(Props.Value) as StringValue)?.Value);
    }

    [Fact]
    public void Arrow_keys_step_a_focused_slider_and_home_and_end_go_to_the_ends()
    {
        var scripts = Recorder("changed");
        var rt = AppTestKit.Start("""App { Slider { id: "s"; width: 216; height: 20; min: 0; max: 10; step: 2; value: 4; onChange: "changed" } }""", scripts);
        rt.SetFocus(rt.ById("s"));
        rt.Key("ArrowRight");
        rt.Key("ArrowUp");
        rt.Key("ArrowLeft");
        rt.Key("ArrowDown");
        rt.Key("ArrowDown");
        rt.Key("End");
        rt.Key("ArrowRight"); // at max already: no change, no call
        rt.Key("Home");
        rt.Key("x"); // not a slider key
        Assert.Equal(["6|s", "8|s", "6|s", "4|s", "2|s", "10|s", "0|s"], CallsOf(scripts, "changed"));
        Assert.Equal(0, ValueOf(rt, "s"));
    }

    [Fact]
    public void A_disabled_slider_ignores_the_pointer_and_keys()
    {
        var scripts = Recorder("changed");
        var rt = AppTestKit.Start("""App { Slider { id: "s"; width: 216; height: 20; value: 10; disabled: true; onChange: "changed" } }""", scripts);
        Press(rt, 150, 10);
        Move(rt, 200, 10);
        Release(rt, 200, 10);
        rt.SetFocus(rt.ById("s"));
        rt.Key("ArrowRight");
        Assert.Empty(scripts.Calls);
        Assert.Equal(10, ValueOf(rt, "s"));
    }
}

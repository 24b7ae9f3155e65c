using Kryon.Runtime.Rendering;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.Tests.State;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// The runtime's event system driven by real input (KRY.md §11): pointer press/release/click,
/// hover enter/leave, focus, keys, text entry, wheel scroll, resize, custom events, and what
/// happens when a handler is missing or fails.
/// </summary>
public class EventDispatchTests
{
    /// <summary>Script functions that only record their calls.</summary>
    internal static FakeScriptFunctions Recorder(params string[] names)
    {
        var scripts = new FakeScriptFunctions();
        foreach (var name in names) scripts.Define(name, _ => ScriptValue.Null);
        return scripts;
    }

    /// <summary>The calls of one function, each as its arguments printed ("a|b").</summary>
    internal static List<string> CallsOf(FakeScriptFunctions scripts, string name)
        => scripts.Calls.Where(c => c.Name == name).Select(c => string.Join("|", c.Arguments.Select(a => a.ToString()))).ToList();

    /// <summary>Every call in order, printed "name(arg|arg)".</summary>
    internal static List<string> Trace(FakeScriptFunctions scripts)
        => scripts.Calls.Select(c => $"{c.Name}({string.Join("|", c.Arguments.Select(a => a.ToString()))})").ToList();

    internal static void Move(KryonRuntime rt, float x, float y)
    {
        rt.Enqueue(new PointerMoveEvent(x, y));
        rt.Settle();
    }

    private static (float X, float Y) Centre(KryonRuntime rt, string id)
    {
        var box = rt.ById(id).ScreenBox;
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    // ---- press, release, click ---------------------------------------------------------------------

    private const string TwoButtons = """
        App { layout: column
            Button { id: "one"; width: 80; height: 30; text: "one"; onClick: "clicked"; onPress: "pressed"; onRelease: "released" }
            Button { id: "two"; width: 80; height: 30; text: "two"; onClick: "clicked"; onPress: "pressed"; onRelease: "released" }
        }
        """;

    [Fact]
    public void Press_then_release_on_the_same_element_is_a_click_with_the_element_id()
    {
        var scripts = Recorder("clicked", "pressed", "released");
        var rt = AppTestKit.Start(TwoButtons, scripts);
        rt.Click("one");
        Assert.Equal(["pressed(one)", "released(one)", "clicked(one)"], Trace(scripts));
        Assert.Empty(rt.Log.Entries);
    }

    [Fact]
    public void Release_on_another_element_is_no_click_for_either()
    {
        var scripts = Recorder("clicked", "pressed", "released");
        var rt = AppTestKit.Start(TwoButtons, scripts);
        var (x1, y1) = Centre(rt, "one");
        var (x2, y2) = Centre(rt, "two");
        rt.Enqueue(new PointerDownEvent(x1, y1));
        rt.Settle();
        Assert.True(rt.ById("one").State.HasFlag(InteractionState.Active));
        rt.Enqueue(new PointerMoveEvent(x2, y2));
        rt.Enqueue(new PointerUpEvent(x2, y2));
        rt.Settle();
        // onPress ran where the press was, onRelease where the release was, and no click anywhere.
        Assert.Equal(["pressed(one)", "released(two)"], Trace(scripts));
        Assert.False(rt.ById("one").State.HasFlag(InteractionState.Active));
        Assert.Null(rt.Pressed);
    }

    [Fact]
    public void Release_outside_every_handler_is_no_click()
    {
        var scripts = Recorder("clicked", "pressed", "released");
        var rt = AppTestKit.Start(TwoButtons, scripts);
        var (x, y) = Centre(rt, "one");
        rt.Enqueue(new PointerDownEvent(x, y));
        rt.Enqueue(new PointerUpEvent(300, 250)); // the App background
        rt.Settle();
        Assert.Equal(["pressed(one)"], Trace(scripts));
    }

    [Fact]
    public void Press_on_a_child_and_release_on_its_button_is_a_click_on_the_button()
    {
        var scripts = Recorder("clicked");
        var rt = AppTestKit.Start("""
            App { Button { id: "b"; width: 100; height: 40; padding: 10; onClick: "clicked"
                Container { id: "icon"; width: 20; height: 20 }
            } }
            """, scripts);
        var icon = rt.ById("icon").ScreenBox;
        var b = rt.ById("b").ScreenBox;
        rt.Enqueue(new PointerDownEvent(icon.X + 5, icon.Y + 5));
        rt.Enqueue(new PointerUpEvent(b.Right - 5, b.Bottom - 5));
        rt.Settle();
        Assert.Equal(["b"], CallsOf(scripts, "clicked"));
    }

    [Fact]
    public void Secondary_button_is_neither_press_nor_click()
    {
        var scripts = Recorder("clicked", "pressed", "released");
        var rt = AppTestKit.Start(TwoButtons, scripts);
        var (x, y) = Centre(rt, "one");
        rt.Enqueue(new PointerDownEvent(x, y, PointerButton.Secondary));
        rt.Enqueue(new PointerUpEvent(x, y, PointerButton.Secondary));
        rt.Settle();
        Assert.Empty(scripts.Calls);
    }

    [Fact]
    public void Enter_and_space_on_a_focused_button_click_it()
    {
        var scripts = Recorder("clicked");
        var rt = AppTestKit.Start(TwoButtons, scripts);
        rt.Key("Tab");
        rt.Key("Enter");
        rt.Key("Tab");
        rt.Key(" ");
        Assert.Equal(["one", "two"], CallsOf(scripts, "clicked"));
    }

    // ---- hover -------------------------------------------------------------------------------------

    private const string Nested = """
        App { layout: column
            Container { id: "outer"; width: 200; height: 100; padding: 10; layout: row; gap: 10; onHover: "enter"; onLeave: "leave"
                Container { id: "a"; width: 50; height: 50; onHover: "enter"; onLeave: "leave" }
                Container { id: "b"; width: 50; height: 50; onHover: "enter"; onLeave: "leave" }
            }
        }
        """;

    [Fact]
    public void Hover_enter_and_leave_run_once_per_crossing_between_nested_and_sibling_elements()
    {
        var scripts = Recorder("enter", "leave");
        var rt = AppTestKit.Start(Nested, scripts);
        var a = rt.ById("a").ScreenBox;
        var b = rt.ById("b").ScreenBox;

        Move(rt, 5, 5); // outer's padding
        Assert.Equal(["enter(outer)"], Trace(scripts));
        scripts.Calls.Clear();

        Move(rt, a.X + 5, a.Y + 5); // into a child: the parent stays hovered
        Move(rt, a.X + 20, a.Y + 20); // moving inside a changes nothing
        Assert.Equal(["enter(a)"], Trace(scripts));
        scripts.Calls.Clear();

        Move(rt, b.X + 5, b.Y + 5); // to the sibling
        Assert.Equal(["leave(a)", "enter(b)"], Trace(scripts));
        scripts.Calls.Clear();

        Move(rt, b.Right + 5, b.Y + 5); // back to the parent's own area
        Assert.Equal(["leave(b)"], Trace(scripts));
        scripts.Calls.Clear();

        Move(rt, 300, 250); // out of everything with a handler
        Assert.Equal(["leave(outer)"], Trace(scripts));
        Assert.False(rt.ById("outer").State.HasFlag(InteractionState.Hover));
    }

    [Fact]
    public void Jumping_straight_into_a_child_enters_it_and_its_parent_once_each()
    {
        var scripts = Recorder("enter", "leave");
        var rt = AppTestKit.Start(Nested, scripts);
        var a = rt.ById("a").ScreenBox;
        Move(rt, a.X + 5, a.Y + 5);
        Assert.Equal(["a", "outer"], CallsOf(scripts, "enter").Order());
        Assert.True(rt.ById("outer").State.HasFlag(InteractionState.Hover)); // hover applies to ancestors too, as CSS :hover
        Assert.True(rt.ById("a").State.HasFlag(InteractionState.Hover));
        rt.Enqueue(new PointerLeaveEvent());
        rt.Settle();
        Assert.Equal(["a", "outer"], CallsOf(scripts, "leave").Order());
        Assert.Null(rt.Hovered);
    }

    // ---- focus -------------------------------------------------------------------------------------

    [Fact]
    public void Focus_and_blur_run_on_click_to_focus_on_tab_and_on_a_click_on_nothing()
    {
        var scripts = Recorder("focused", "blurred");
        var rt = AppTestKit.Start("""
            App { layout: column
                Input { id: "name"; width: 100; height: 20; onFocus: "focused"; onBlur: "blurred" }
                Button { id: "go"; width: 100; height: 20; text: "go"; onFocus: "focused"; onBlur: "blurred" }
            }
            """, scripts);
        rt.Click("name");
        Assert.Equal(["focused(name)"], Trace(scripts));
        rt.Click("name"); // already focused: nothing runs again
        Assert.Single(scripts.Calls);
        rt.Key("Tab");
        Assert.Equal(["focused(name)", "blurred(name)", "focused(go)"], Trace(scripts));
        Move(rt, 300, 250);
        rt.Enqueue(new PointerDownEvent(300, 250));
        rt.Enqueue(new PointerUpEvent(300, 250));
        rt.Settle();
        Assert.Null(rt.Focused);
        Assert.Equal("blurred(go)", Trace(scripts)[^1]);
    }

    // ---- keys --------------------------------------------------------------------------------------

    [Fact]
    public void Key_handlers_get_the_key_name_the_element_id_and_the_modifiers()
    {
        var scripts = Recorder("down", "up");
        var rt = AppTestKit.Start("""
            App { id: "app"; onKeyDown: "down"; onKeyUp: "up"
                Button { id: "b"; width: 50; height: 20; onKeyDown: "down"; onKeyUp: "up" }
            }
            """, scripts);
        rt.Key("a"); // nothing focused: the App gets the keys
        Assert.Equal(["down(a|app|)", "up(a|app|)"], Trace(scripts));
        scripts.Calls.Clear();

        rt.Click("b");
        rt.Key("s", KeyModifiers.Control);
        rt.Key("ArrowDown", KeyModifiers.Shift | KeyModifiers.Control | KeyModifiers.Alt | KeyModifiers.Meta);
        Assert.Equal([
            "down(s|b|Control)", "up(s|b|Control)",
            "down(ArrowDown|b|Shift+Control+Alt+Meta)", "up(ArrowDown|b|Shift+Control+Alt+Meta)",
        ], Trace(scripts));
    }

    // ---- text entry --------------------------------------------------------------------------------

    private const string Form = """
        @variables { name: "" }
        App { layout: column
            Input { id: "field"; width: 200; height: 20; value: $name; onInput: "typed"; onChange: "changed"; onSubmit: "submitted" }
            Text { id: "greeting"; text: "Hi $name" }
        }
        """;

    [Fact]
    public void Typing_runs_onInput_and_onChange_with_the_value_and_writes_the_bound_variable()
    {
        var scripts = Recorder("typed", "changed", "submitted");
        var rt = AppTestKit.Start(Form, scripts);
        rt.Click("field");
        rt.Type("B");
        rt.Type("o");
        Assert.Equal(["B|field", "Bo|field"], CallsOf(scripts, "typed"));
        Assert.Equal(["B|field", "Bo|field"], CallsOf(scripts, "changed"));
        Assert.Equal(new StringLiteral("Bo"), rt.State.GetVariable("name"));
        Assert.Equal("Hi Bo", rt.Text("greeting"));
        Assert.Equal(new StringValue("Bo"), rt.ById("field").Get(Props.Value));
        rt.Key("Backspace");
        Assert.Equal("B|field", CallsOf(scripts, "changed")[^1]);
        Assert.Equal("Hi B", rt.Text("greeting"));
    }

    [Fact]
    public void The_bound_variable_changed_by_the_program_shows_in_the_input_and_typing_continues_from_it()
    {
        var scripts = Recorder("typed", "changed", "submitted");
        var rt = AppTestKit.Start(Form, scripts);
        rt.Click("field");
        rt.State.SetVariable("name", new StringLiteral("Ann"));
        rt.Settle();
        Assert.Equal("Ann", rt.EditorOf(rt.ById("field"))!.Text);
        Assert.Empty(CallsOf(scripts, "changed")); // a program change is not a user change
        rt.Type("a");
        Assert.Equal(new StringLiteral("Anna"), rt.State.GetVariable("name"));
        Assert.Equal("Hi Anna", rt.Text("greeting"));
    }

    [Fact]
    public void Enter_submits_the_value_without_changing_it()
    {
        var scripts = Recorder("typed", "changed", "submitted");
        var rt = AppTestKit.Start(Form, scripts);
        rt.Click("field");
        rt.Type("hey");
        scripts.Calls.Clear();
        rt.Key("Enter");
        Assert.Equal(["submitted(hey|field)"], Trace(scripts));
    }

    [Fact]
    public void Text_typed_with_no_input_focused_goes_nowhere()
    {
        var scripts = Recorder("typed", "changed", "submitted");
        var rt = AppTestKit.Start(Form, scripts);
        rt.Type("x");
        Assert.Empty(scripts.Calls);
        Assert.Equal(new StringLiteral(""), rt.State.GetVariable("name"));
    }

    [Fact]
    public void Checkbox_click_toggles_and_onChange_gets_the_new_state_and_the_id()
    {
        var scripts = Recorder("changed", "clicked");
        var rt = AppTestKit.Start("""App { Checkbox { id: "c"; width: 20; height: 20; onChange: "changed"; onClick: "clicked" } }""", scripts);
        rt.Click("c");
        rt.Click("c");
        Assert.Equal(["changed(true|c)", "clicked(c)", "changed(false|c)", "clicked(c)"], Trace(scripts));
    }

    // ---- pointer in an Input: caret and selection ----------------------------------------------------

    private const string Field = """
        App { Input { id: "f"; width: 200; height: 20; padding: 0; value: "hello" } }
        """;

    private static void PressAt(KryonRuntime rt, float x, float y, KeyModifiers modifiers = KeyModifiers.None)
    {
        rt.Enqueue(new PointerMoveEvent(x, y));
        rt.Enqueue(new PointerDownEvent(x, y, PointerButton.Primary, modifiers));
        rt.Enqueue(new PointerUpEvent(x, y));
        rt.Settle();
    }

    [Fact]
    public void A_press_in_an_input_puts_the_caret_at_the_pressed_character_boundary()
    {
        var rt = AppTestKit.Start(Field);
        var f = rt.ById("f");
        float left = f.ScreenBox.X, y = f.ScreenBox.Y + 10;
        // The test font is 10 px a character: "hello" spans 0..50.
        PressAt(rt, left + 2, y);
        Assert.Same(f, rt.Focused);
        Assert.Equal(0, rt.EditorOf(f)!.Caret);
        PressAt(rt, left + 190, y); // far right of the text: the end
        Assert.Equal(5, rt.EditorOf(f)!.Caret);
        PressAt(rt, left + 22, y); // nearest boundary to 22 is after "he"
        Assert.Equal(2, rt.EditorOf(f)!.Caret);
        PressAt(rt, left + 27, y); // nearest to 27 is after "hel"
        Assert.Equal(3, rt.EditorOf(f)!.Caret);
        rt.Type("X");
        Assert.Equal("helXlo", rt.EditorOf(f)!.Text);
    }

    [Fact]
    public void The_first_press_into_an_unfocused_input_also_places_the_caret()
    {
        var rt = AppTestKit.Start(Field);
        var f = rt.ById("f");
        PressAt(rt, f.ScreenBox.X + 1, f.ScreenBox.Y + 5);
        Assert.Equal(0, rt.EditorOf(f)!.Caret);
        Assert.False(rt.EditorOf(f)!.HasSelection);
        // The drawn caret is where the editor says it is.
        var caret = Assert.Single(rt.DisplayList.Commands.ToArray(), c => c.Kind == Rendering.DisplayCommandKind.Caret);
        Assert.Equal(f.ScreenBox.X, caret.Bounds.X);
    }

    [Fact]
    public void Shift_press_extends_the_selection_and_a_drag_selects()
    {
        var rt = AppTestKit.Start(Field);
        var f = rt.ById("f");
        float left = f.ScreenBox.X, y = f.ScreenBox.Y + 10;
        PressAt(rt, left + 10, y);
        PressAt(rt, left + 40, y, KeyModifiers.Shift);
        var editor = rt.EditorOf(f)!;
        Assert.Equal("ell", editor.SelectedText);

        rt.Enqueue(new PointerMoveEvent(left + 50, y));
        rt.Enqueue(new PointerDownEvent(left + 50, y));
        rt.Enqueue(new PointerMoveEvent(left + 31, y));
        rt.Enqueue(new PointerMoveEvent(left + 19, y));
        rt.Enqueue(new PointerUpEvent(left + 19, y));
        rt.Settle();
        Assert.Equal("llo", editor.SelectedText);
        Assert.Equal(2, editor.Caret);
        rt.Enqueue(new PointerMoveEvent(left + 60, y)); // moving after the release selects nothing more
        rt.Settle();
        Assert.Equal("llo", editor.SelectedText);
        rt.Type("y");
        Assert.Equal("hey", editor.Text);
    }

    [Fact]
    public void A_move_and_click_in_one_frame_that_only_change_hover_still_report_a_new_frame()
    {
        // The press needs a hit test, which builds the display list mid-frame; the frame must still count as drawn anew.
        var scripts = Recorder("noop");
        var rt = AppTestKit.Start("""
            App { layout: column
                Button { id: "a"; width: 100; height: 30; background_color: "#000001"; &:hover { background_color: "#0000AA" } }
                Button { id: "b"; width: 100; height: 30; background_color: "#000001"; onClick: "noop"; &:hover { background_color: "#00AA00" } }
            }
            """, scripts);
        Move(rt, 50, 15);
        Assert.Same(rt.ById("a"), rt.Hovered);

        rt.Enqueue(new PointerMoveEvent(50, 45));
        rt.Enqueue(new PointerDownEvent(50, 45));
        rt.Enqueue(new PointerUpEvent(50, 45));
        Assert.True(rt.RunFrame(rt.NowMs + 16), "the frame that moved the hover reported no change");

        Assert.Equal(["noop(b)"], Trace(scripts));
        var fills = rt.DisplayList.Commands.ToArray().Where(c => c.Kind == DisplayCommandKind.FillRect).Select(c => c.Color).ToList();
        Assert.Contains(new Color(0, 0xAA, 0, 255), fills);
        Assert.DoesNotContain(new Color(0, 0, 0xAA, 255), fills);
    }

    // ---- wheel scroll ------------------------------------------------------------------------------

    private const string ScrollList = """
        App { layout: column
            Container { id: "list"; width: 100; height: 50; overflow: scroll; onScroll: "scrolled"
                Container { id: "r0"; width: 100; height: 30; onHover: "enter"; onLeave: "leave"; background_color: "#000001"
                    &:hover { background_color: "#0000AA" } }
                Container { id: "r1"; width: 100; height: 30; onHover: "enter"; onLeave: "leave"; background_color: "#000001"
                    &:hover { background_color: "#0000AA" } }
                Container { id: "r2"; width: 100; height: 30 }
                Container { id: "r3"; width: 100; height: 30 }
                Container { id: "r4"; width: 100; height: 30 }
            }
            Container { id: "below"; width: 100; height: 50 }
        }
        """;

    private static void Wheel(KryonRuntime rt, float x, float y, float dy)
    {
        rt.Enqueue(new WheelEvent(x, y, 0, dy));
        rt.Settle();
    }

    [Fact]
    public void Wheel_over_a_scroll_container_scrolls_it_clamped_to_its_content_and_runs_onScroll()
    {
        var scripts = Recorder("scrolled", "enter", "leave");
        var rt = AppTestKit.Start(ScrollList, scripts);
        var list = rt.ById("list");
        Wheel(rt, 50, 25, 40);
        Assert.Equal(40, list.ScrollY);
        Assert.Equal(30 - 40, rt.ById("r1").ScreenBox.Y); // children are drawn (and hit) shifted
        Wheel(rt, 50, 25, 1000); // 5 rows of 30 in a box of 50: at most 100
        Assert.Equal(100, list.ScrollY);
        Wheel(rt, 50, 25, 10); // already at the end: no change, no handler
        Wheel(rt, 50, 25, -500);
        Assert.Equal(0, list.ScrollY);
        Assert.Equal(["40|list", "100|list", "0|list"], CallsOf(scripts, "scrolled"));
    }

    [Fact]
    public void Wheel_past_the_end_of_a_nested_scroll_container_scrolls_the_one_around_it()
    {
        var scripts = Recorder("scrolled");
        var rt = AppTestKit.Start("""
            App { layout: column
                Container { id: "outer"; width: 120; height: 100; overflow: scroll; layout: column; onScroll: "scrolled"
                    Container { id: "inner"; width: 100; height: 50; overflow: scroll; layout: column; onScroll: "scrolled"
                        Container { width: 100; height: 80 }
                    }
                    Container { width: 100; height: 150 }
                }
            }
            """, scripts);
        var (outer, inner) = (rt.ById("outer"), rt.ById("inner"));

        Wheel(rt, 50, 25, 20); // the inner list has 30 to go: it takes all of it
        Assert.Equal((20f, 0f), (inner.ScrollY, outer.ScrollY));
        Wheel(rt, 50, 25, 25); // 10 more for the inner one, the other 15 for the outer one
        Assert.Equal((30f, 15f), (inner.ScrollY, outer.ScrollY));
        Wheel(rt, 50, 10, 1000); // the inner one is at its end: the outer one scrolls to its own (200 of content in 100)
        Assert.Equal((30f, 100f), (inner.ScrollY, outer.ScrollY));
        Assert.Equal(["20|inner", "30|inner", "15|outer", "100|outer"], CallsOf(scripts, "scrolled"));
    }

    [Fact]
    public void Wheel_outside_any_scroll_container_scrolls_nothing()
    {
        var scripts = Recorder("scrolled", "enter", "leave");
        var rt = AppTestKit.Start(ScrollList, scripts);
        Wheel(rt, 50, 75, 40); // over "below"
        Assert.Equal(0, rt.ById("list").ScrollY);
        Assert.Empty(CallsOf(scripts, "scrolled"));
    }

    [Fact]
    public void After_a_wheel_scroll_under_a_still_pointer_hover_follows_the_content()
    {
        var scripts = Recorder("scrolled", "enter", "leave");
        var rt = AppTestKit.Start(ScrollList, scripts);
        Move(rt, 50, 10); // over r0
        Assert.Same(rt.ById("r0"), rt.Hovered);
        scripts.Calls.Clear();

        Wheel(rt, 50, 10, 30); // r1 moves up under the pointer
        Assert.Same(rt.ById("r1"), rt.Hovered);
        Assert.Equal(["leave(r0)", "enter(r1)"], Trace(scripts).Where(c => !c.StartsWith("scrolled")));
        Assert.False(rt.ById("r0").State.HasFlag(InteractionState.Hover));
        Assert.Equal(new ColorValue(new Color(0, 0, 0xAA, 255)), rt.ById("r1").Get(Props.BackgroundColor));
        Assert.Equal(new ColorValue(new Color(0, 0, 1, 255)), rt.ById("r0").Get(Props.BackgroundColor));

        Wheel(rt, 50, 10, 30); // r2 has no handlers; r1 is left
        Assert.Same(rt.ById("r2"), rt.Hovered);
        Assert.Equal("leave(r1)", Trace(scripts).Where(c => !c.StartsWith("scrolled")).Last());
    }

    // ---- resize ------------------------------------------------------------------------------------

    [Fact]
    public void Resize_lays_the_tree_out_again_and_runs_onResize_with_the_new_size()
    {
        var scripts = Recorder("resized");
        var rt = AppTestKit.Start("""
            App { id: "app"; layout: row; onResize: "resized"
                Container { id: "fixed"; width: 100; height: 20 }
                Container { id: "rest"; layout: grow; height: 20 }
            }
            """, scripts);
        Assert.Equal(300, rt.ById("rest").ScreenBox.Width);
        rt.Enqueue(new ResizeEvent(600, 200));
        rt.Settle();
        Assert.Equal(600, rt.ById("app").ScreenBox.Width);
        Assert.Equal(500, rt.ById("rest").ScreenBox.Width);
        Assert.Equal(["600|200"], CallsOf(scripts, "resized"));
    }

    [Fact]
    public void After_a_resize_hover_follows_what_the_new_layout_put_under_the_still_pointer()
    {
        var scripts = Recorder("enter", "leave");
        var rt = AppTestKit.Start("""
            App { layout: row; gap: 0
                Container { id: "left"; layout: grow; height: 50; onHover: "enter"; onLeave: "leave" }
                Container { id: "right"; layout: grow; height: 50; onHover: "enter"; onLeave: "leave" }
            }
            """, scripts);
        Assert.Equal(400, rt.ViewportWidth);
        Move(rt, 250, 25); // the right half of 400
        Assert.Same(rt.ById("right"), rt.Hovered);

        rt.Enqueue(new ResizeEvent(600, 200)); // now x 250 is in the left half of 600
        rt.Settle();

        Assert.Same(rt.ById("left"), rt.Hovered);
        Assert.Equal(["enter(right)", "leave(right)", "enter(left)"], Trace(scripts));
    }

    [Fact]
    public void When_the_program_moves_elements_under_a_still_pointer_hover_follows_them()
    {
        var scripts = Recorder("enter", "leave");
        var rt = AppTestKit.Start("""
            @variables { top: 50 }
            App { layout: column
                Container { id: "spacer"; width: 100; height: $top }
                Container { id: "first"; width: 100; height: 50; onHover: "enter"; onLeave: "leave"
                    &:hover { background_color: "#0000AA" } }
                Container { id: "second"; width: 100; height: 50; onHover: "enter"; onLeave: "leave"
                    &:hover { background_color: "#0000AA" } }
            }
            """, scripts);
        Move(rt, 50, 75); // in "first" (50–100)
        Assert.Same(rt.ById("first"), rt.Hovered);
        int shown = rt.DisplayList.Version;

        // Not an input event: a variable change lays the column out again, "second" (now 50–100) is under the pointer.
        rt.State.SetVariable("top", new NumberLiteral(0, true));
        Assert.True(rt.RunFrame(rt.NowMs + 16));
        // One frame: the new layout, the new hover and its style. Its damage is relative to the frame shown
        // before (not to the list built in between) and covers where "first" was highlighted (50–100) and
        // where both boxes are now (0–100).
        Assert.Equal(shown, rt.DisplayList.DamageBase);
        Assert.True(rt.DisplayList.DamageIsFull || (rt.DisplayList.DamageBounds.Y <= 0 && rt.DisplayList.DamageBounds.Bottom >= 100), $"damage {rt.DisplayList.DamageBounds}");
        rt.Settle();

        Assert.Same(rt.ById("second"), rt.Hovered);
        Assert.Equal(["enter(first)", "leave(first)", "enter(second)"], Trace(scripts));
        // The hover style follows too: the frame drawn shows "second" highlighted, "first" not.
        var fills = rt.DisplayList.Commands.ToArray().Where(c => c.Kind == DisplayCommandKind.FillRect && c.Color == new Color(0, 0, 0xAA, 255)).ToList();
        Assert.Equal(rt.ById("second").Handle, Assert.Single(fills).Element);
    }

    // ---- custom events and listeners ---------------------------------------------------------------

    [Fact]
    public void A_custom_event_reaches_the_listeners_of_on_name_with_its_detail_and_the_element_id()
    {
        var rt = AppTestKit.Start("""App { Container { id: "box" } Container { id: "other" } }""");
        var box = rt.ById("box");
        var heard = new List<string>();
        rt.AddEventListener(box, "onPing", (target, name, args) => heard.Add($"{target.Id}:{name}:{string.Join("|", args)}"));
        rt.AddEventListener(rt.ById("other"), "onPing", (_, _, _) => heard.Add("wrong element"));
        rt.Enqueue(new CustomEvent("Ping", box.Handle, ScriptValue.From("payload")));
        rt.Settle();
        Assert.Equal(["box:onPing:payload|box"], heard);
    }

    [Fact]
    public void A_custom_event_runs_a_KRY_handler_of_the_same_name()
    {
        // The compiler only accepts registry event names (an unknown `onPing` is error 1107), so a
        // KRY handler for an app-sent event uses one of those, e.g. the doc-only onDoubleClick.
        var scripts = Recorder("twice");
        var rt = AppTestKit.Start("""App { Container { id: "box"; onDoubleClick: "twice" } }""", scripts);
        rt.Enqueue(new CustomEvent("DoubleClick", rt.ById("box").Handle, ScriptValue.From(2L)));
        rt.Settle();
        Assert.Equal(["2|box"], CallsOf(scripts, "twice"));
    }

    [Fact]
    public void A_custom_event_for_an_unknown_element_is_ignored()
    {
        var rt = AppTestKit.Start("""App { Container { id: "box" } }""");
        int heard = 0;
        rt.AddEventListener(rt.ById("box"), "onPing", (_, _, _) => heard++);
        rt.Enqueue(new CustomEvent("Ping", 987654, ScriptValue.Null));
        rt.Settle();
        Assert.Equal(0, heard);
        Assert.True(rt.IsRunning);
        Assert.Empty(rt.Log.Entries);
    }

    [Fact]
    public void Listeners_see_built_in_events_and_can_be_removed()
    {
        var rt = AppTestKit.Start(TwoButtons, Recorder("clicked", "pressed", "released"));
        var one = rt.ById("one");
        int count = 0;
        ElementEventListener listener = (_, _, args) => { Assert.Equal("one", args[0].AsString()); count++; };
        rt.AddEventListener(one, "onClick", listener);
        rt.Click("one");
        Assert.True(rt.RemoveEventListener(one, "onClick", listener));
        rt.Click("one");
        Assert.Equal(1, count);
    }

    // ---- failures ----------------------------------------------------------------------------------

    [Fact]
    public void A_handler_naming_a_missing_function_logs_2304_and_the_app_keeps_going()
    {
        var scripts = Recorder("clicked");
        var rt = AppTestKit.Start("""
            App { layout: column
                Button { id: "broken"; width: 50; height: 20; onClick: "doesNotExist" }
                Button { id: "fine"; width: 50; height: 20; onClick: "clicked" }
            }
            """, scripts);
        rt.Click("broken");
        Assert.True(rt.Logged(DiagnosticCodes.FunctionNotFound));
        Assert.Contains(rt.Log.Entries, d => d.Code == 2304 && d.Message.Contains("doesNotExist"));
        Assert.True(rt.IsRunning);
        rt.Click("fine");
        Assert.Equal(["fine"], CallsOf(scripts, "clicked"));
    }

    [Fact]
    public void A_handler_that_throws_is_logged_and_the_other_handlers_still_run()
    {
        var scripts = Recorder("changed");
        scripts.Define("typed", _ => throw new InvalidOperationException("boom"));
        var rt = AppTestKit.Start(Form, scripts);
        var field = rt.ById("field");
        int listened = 0;
        rt.AddEventListener(field, "onChange", (_, _, _) => throw new InvalidOperationException("listener boom"));
        rt.AddEventListener(field, "onChange", (_, _, _) => listened++);
        rt.Click("field");
        rt.Type("x");
        Assert.Contains(rt.Log.Entries, d => d.Code == DiagnosticCodes.ScriptError.Code && d.Message.Contains("boom"));
        Assert.Contains(rt.Log.Entries, d => d.Code == DiagnosticCodes.ScriptError.Code && d.Message.Contains("listener boom"));
        Assert.Equal(["x|field"], CallsOf(scripts, "changed")); // onChange ran after the failed onInput
        Assert.Equal(1, listened); // and so did the listener after the failed one
        Assert.Equal(new StringLiteral("x"), rt.State.GetVariable("name"));
        rt.Type("y"); // and input keeps working
        Assert.Equal("Hi xy", rt.Text("greeting"));
    }

    [Fact]
    public void An_engine_that_throws_out_of_a_call_is_contained_too()
    {
        var throwing = new ThrowingScripts();
        var runtime = KryonRuntime.Load(AppTestKit.Compile("""App { Button { id: "b"; width: 50; height: 20; onClick: "explode" } }"""),
            new RuntimeOptions { Scripts = throwing, Measurer = new Kryon.Runtime.Layout.TestFontMeasurer(), Width = 400, Height = 300 });
        runtime.Start();
        runtime.Click("b");
        runtime.Click("b");
        Assert.Equal(2, throwing.Calls);
        Assert.Equal(2, runtime.Log.Entries.Count(d => d.Code == DiagnosticCodes.ScriptError.Code));
        Assert.True(runtime.IsRunning);
    }

    /// <summary>An engine whose Call throws a .NET exception instead of returning a failure.</summary>
    private sealed class ThrowingScripts : IScriptFunctions
    {
        public int Calls { get; private set; }

        public bool Contains(string name) => true;

        public ScriptCallResult Call(string name, ReadOnlySpan<ScriptValue> arguments)
        {
            Calls++;
            throw new InvalidOperationException("engine fault");
        }
    }
}

/// <summary>The per-call script budget: a handler that finished but overran it is a warning, and its work stands.</summary>
public class ScriptBudgetTests
{
    [Fact]
    public void A_handler_that_overruns_the_script_budget_is_a_warning_and_its_work_stands()
    {
        int clicks = 0;
        var scripts = new Kryon.Runtime.Tests.State.FakeScriptFunctions().Define("slow", _ =>
        {
            System.Threading.Thread.Sleep(3);
            clicks++;
            return Kryon.Runtime.Scripting.ScriptValue.Null;
        });
        var rt = AppTestKit.Start("""App { Button { id: "go"; text: "Go"; onClick: "slow" } }""", scripts,
            configure: o => o with { Budgets = new Kryon.Runtime.Frames.FrameBudgets(ScriptMs: 0) });
        rt.Click("go");
        Assert.Equal(1, clicks);
        var entry = Assert.Single(rt.Log.Entries, d => d.Code == Kryon.Diagnostics.DiagnosticCodes.ScriptBudgetExceeded.Code);
        Assert.Equal(Kryon.Diagnostics.DiagnosticSeverity.Warning, entry.Severity);
        Assert.Contains("'slow' ran", entry.Message);
    }
}

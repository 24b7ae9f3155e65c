using Kryon.Runtime.Events;
using Kryon.Runtime.Rendering;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// What a focused Input draws besides its text: the selection's highlight behind the text, and an
/// input method's composition (preedit) put in at the caret, underlined, and kept out of the value
/// until it is committed.
/// </summary>
public class EditingVisualsTests
{
    private const string Form = """
        @variables { name: "" }
        App { layout: column
            Input { id: "field"; width: 200; height: 24; value: $name; onChange: "changed" }
            Input { id: "other"; width: 200; height: 24 }
        }
        """;

    private static DisplayCommand[] Commands(KryonRuntime rt) => rt.DisplayList.Commands.ToArray();

    private static DisplayCommand TextOf(KryonRuntime rt, string id)
    {
        int handle = rt.ById(id).Handle;
        return Assert.Single(Commands(rt), c => c.Kind == DisplayCommandKind.Text && c.Element == handle);
    }

    private static DisplayCommand? CaretOf(KryonRuntime rt) => Commands(rt).Where(c => c.Kind == DisplayCommandKind.Caret).Cast<DisplayCommand?>().SingleOrDefault();

    private static DisplayCommand[] FillsOf(KryonRuntime rt, string id, Color color)
    {
        int handle = rt.ById(id).Handle;
        return Commands(rt).Where(c => c.Kind == DisplayCommandKind.FillRect && c.Element == handle && c.Color == color).ToArray();
    }

    /// <summary>Where the caret would stand before <paramref name="index"/> of <paramref name="text"/> in the Input (the painter's rule).</summary>
    private static float EdgeAt(KryonRuntime rt, string id, string text, int index)
    {
        var content = TextOf(rt, id).Bounds;
        return content.X + TextPlacement.CaretX(rt.Layout.Measurer, rt.ById(id), content.Width, text, index);
    }

    /// <summary>The form with <paramref name="typed"/> typed into the first field, which keeps focus.</summary>
    private static KryonRuntime Focused(string typed)
    {
        var rt = AppTestKit.Start(Form);
        rt.Click("field");
        rt.Type(typed);
        return rt;
    }

    [Fact]
    public void A_selection_is_highlighted_behind_its_text_from_one_end_to_the_other()
    {
        var rt = Focused("hello world");
        rt.Key("Home");
        rt.Key("ArrowRight");
        rt.Key("End", KeyModifiers.Shift); // selects "ello world"
        var highlight = Assert.Single(FillsOf(rt, "field", DisplayListBuilder.SelectionColor));
        Assert.Equal(EdgeAt(rt, "field", "hello world", 1), highlight.Bounds.X, 0.01);
        Assert.Equal(EdgeAt(rt, "field", "hello world", 11), highlight.Bounds.Right, 0.01);
        Assert.Equal(CaretOf(rt)!.Value.Bounds.Y, highlight.Bounds.Y);
        Assert.Equal(CaretOf(rt)!.Value.Bounds.Height, highlight.Bounds.Height);
        // Behind the text: drawn before it.
        var commands = Commands(rt);
        Assert.True(Array.IndexOf(commands, highlight) < Array.IndexOf(commands, TextOf(rt, "field")));

        rt.Key("ArrowLeft"); // collapses the selection
        Assert.Empty(FillsOf(rt, "field", DisplayListBuilder.SelectionColor));
    }

    [Fact]
    public void Only_the_focused_Input_shows_its_selection()
    {
        var rt = Focused("abc");
        rt.Key("Home", KeyModifiers.Shift);
        Assert.Single(FillsOf(rt, "field", DisplayListBuilder.SelectionColor));
        rt.Click("other");
        Assert.Empty(FillsOf(rt, "field", DisplayListBuilder.SelectionColor));
        Assert.Equal(rt.ById("other").Handle, CaretOf(rt)!.Value.Element);
    }

    [Fact]
    public void A_composition_shows_at_the_caret_underlined_with_the_input_methods_cursor_and_is_not_the_value_yet()
    {
        var scripts = EventDispatchTests.Recorder("changed");
        var rt = AppTestKit.Start(Form, scripts);
        rt.Click("field");
        rt.Type("ab");
        rt.Key("ArrowLeft"); // between a and b
        var before = CallsOf(scripts);

        rt.Enqueue(new CompositionEvent("かん", 1));
        rt.Settle();

        Assert.Equal("aかんb", TextOf(rt, "field").Text!.Text);
        Assert.Equal(EdgeAt(rt, "field", "aかんb", 2), CaretOf(rt)!.Value.Bounds.X, 0.01); // after か, where the IME put its cursor
        var textColor = TextOf(rt, "field").Color;
        var underline = Assert.Single(FillsOf(rt, "field", textColor));
        Assert.Equal(EdgeAt(rt, "field", "aかんb", 1), underline.Bounds.X, 0.01);
        Assert.Equal(EdgeAt(rt, "field", "aかんb", 3), underline.Bounds.Right, 0.01);
        Assert.True(underline.Bounds.Height is >= 1 and <= 2);
        // Not typed yet: the value, the bound variable and onChange are as they were.
        Assert.Equal(new StringValue("ab"), rt.ById("field").Get(Kryon.Runtime.Elements.Props.Value));
        Assert.Equal(before, CallsOf(scripts));

        rt.Enqueue(new TextInputEvent("漢"));
        rt.Settle();

        Assert.Null(rt.Composition);
        Assert.Equal("a漢b", TextOf(rt, "field").Text!.Text);
        Assert.Empty(FillsOf(rt, "field", textColor));
        Assert.Equal(new StringValue("a漢b"), rt.ById("field").Get(Kryon.Runtime.Elements.Props.Value));
    }

    [Fact]
    public void A_cancelled_composition_leaves_the_text_as_it_was()
    {
        var rt = Focused("ab");
        rt.Enqueue(new CompositionEvent("zz", 2));
        rt.Settle();
        Assert.Equal("abzz", TextOf(rt, "field").Text!.Text);
        rt.Enqueue(new CompositionEvent("", 0));
        rt.Settle();
        Assert.Null(rt.Composition);
        Assert.Equal("ab", TextOf(rt, "field").Text!.Text);
        Assert.Equal(EdgeAt(rt, "field", "ab", 2), CaretOf(rt)!.Value.Bounds.X, 0.01);
    }

    [Fact]
    public void A_composition_replaces_the_selection_on_screen_and_ends_when_focus_moves()
    {
        var rt = Focused("hello");
        rt.Key("ArrowLeft", KeyModifiers.Shift);
        rt.Key("ArrowLeft", KeyModifiers.Shift); // "lo" selected
        rt.Enqueue(new CompositionEvent("p", 1));
        rt.Settle();
        Assert.Equal("help", TextOf(rt, "field").Text!.Text);
        Assert.Empty(FillsOf(rt, "field", DisplayListBuilder.SelectionColor));

        rt.Click("other");
        Assert.Null(rt.Composition);
        Assert.Equal("hello", TextOf(rt, "field").Text!.Text);
    }

    [Fact]
    public void A_composition_without_a_focused_Input_is_ignored_and_one_too_long_is_cut()
    {
        var rt = AppTestKit.Start(Form);
        rt.Enqueue(new CompositionEvent("x", 1));
        rt.Settle();
        Assert.Null(rt.Composition);

        rt.Click("field");
        rt.Enqueue(new CompositionEvent(new string('x', KryonRuntime.MaxCompositionLength + 50), int.MaxValue));
        rt.Settle();
        Assert.Equal(KryonRuntime.MaxCompositionLength, rt.Composition!.Value.Text.Length);
        Assert.Equal(KryonRuntime.MaxCompositionLength, rt.Composition!.Value.Cursor);
    }

    private static List<string> CallsOf(State.FakeScriptFunctions scripts) => EventDispatchTests.CallsOf(scripts, "changed");
}

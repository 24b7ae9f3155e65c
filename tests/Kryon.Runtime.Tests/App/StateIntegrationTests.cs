using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.State;
using Kryon.Runtime.Tests.State;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// Reactive state in a running app compiled from KRY (KRY.md §7.7): bindings in properties and
/// string templates, typed variables, watchers, stores, per-frame batching, and that a change
/// touches only the elements that depend on it.
/// </summary>
public class StateIntegrationTests
{
    private static NumberLiteral Int(int n) => new(n, true);

    private static StringLiteral Str(string s) => new(s);

    /// <summary>Texts in a row are as wide as their text (10 px a character with the test font).</summary>
    private const string BoundApp = """
        @variables { count: Int = 0; name: String = "Ada"; bar: Int = 100 }
        App { layout: column
            Container { id: "row"; layout: row
                Text { id: "count"; text: "Count: $count" }
                Text { id: "after"; text: "|" }
            }
            Text { id: "greet"; text: "Hi ${name}!" }
            Text { id: "plain_name"; text: $name }
            Container { id: "bar"; width: $bar; height: 10; background_color: "#336699" }
        }
        """;

    [Fact]
    public void Bound_properties_and_string_templates_update_text_and_layout_after_a_set()
    {
        var rt = AppTestKit.Start(BoundApp);
        Assert.Equal("Count: 0", rt.Text("count"));
        Assert.Equal("Hi Ada!", rt.Text("greet"));
        Assert.Equal("Ada", rt.Text("plain_name"));
        Assert.Equal(80, rt.ById("count").ScreenBox.Width);
        Assert.Equal(80, rt.ById("after").ScreenBox.X);
        Assert.Equal(100, rt.ById("bar").ScreenBox.Width);

        rt.State.SetVariable("count", Int(1234));
        rt.State.SetVariable("name", Str("Grace"));
        rt.State.SetVariable("bar", Int(250));
        // Reads see a set at once; the elements follow at the next frame.
        Assert.Equal(Int(1234), rt.State.GetVariable("count"));
        Assert.Equal("Count: 0", rt.Text("count"));
        rt.Settle();

        Assert.Equal("Count: 1234", rt.Text("count"));
        Assert.Equal("Hi Grace!", rt.Text("greet"));
        Assert.Equal("Grace", rt.Text("plain_name"));
        Assert.Equal(110, rt.ById("count").ScreenBox.Width);
        Assert.Equal(110, rt.ById("after").ScreenBox.X); // the sibling moved over
        Assert.Equal(250, rt.ById("bar").ScreenBox.Width);
        Assert.Equal(rt.ById("greet").ScreenBox.Bottom, rt.ById("plain_name").ScreenBox.Y);
        Assert.Empty(rt.Log.Entries);
    }

    [Fact]
    public void A_typed_variable_rejects_a_wrong_typed_set_with_2205_and_keeps_its_value()
    {
        var rt = AppTestKit.Start(BoundApp);
        Assert.Equal(VariableType.Int, rt.State.GlobalVariables["count"].Type);

        var result = rt.State.SetVariable("count", Str("lots"));
        rt.Settle();

        Assert.Equal(SetStatus.Rejected, result.Status);
        Assert.Equal(DiagnosticCodes.VariableTypeMismatch.Code, result.Error!.Code);
        var logged = Assert.Single(rt.Log.Entries);
        Assert.Equal(2205, logged.Code);
        Assert.Contains("'count'", logged.Message);
        Assert.Equal(Int(0), rt.State.GetVariable("count"));
        Assert.Equal("Count: 0", rt.Text("count"));

        // Text that reads as the right kind is accepted (values come from text fields and scripts).
        Assert.Equal(SetStatus.Changed, rt.State.SetVariable("count", Str("42")).Status);
        Assert.Equal(SetStatus.Rejected, rt.State.SetVariable("count", new NumberLiteral(1.5, false)).Status);
        rt.Settle();
        Assert.Equal(Int(42), rt.State.GetVariable("count"));
        Assert.Equal("Count: 42", rt.Text("count"));
        Assert.Equal(2, rt.Log.Entries.Count(d => d.Code == 2205));
    }

    [Fact]
    public void Declared_types_are_kept_even_when_the_initial_value_reads_as_another_type()
    {
        // Regression: the loader inferred the type from the stored value, so a Color given as a
        // string became a String variable and an integral Float an Int.
        var rt = AppTestKit.Start("""
            @variables {
                tint: Color = "#336699"
                ratio: Float = 2
                whole: Int = 3
                label: String = "7"
                on: Bool = true
                loose: "#112233"
            }
            App { layout: column
                Container { id: "swatch"; width: 20; height: 20; background_color: $tint }
                Text { id: "ratio"; text: "r=$ratio" }
            }
            """);
        var vars = rt.State.GlobalVariables;
        Assert.Equal(VariableType.Color, vars["tint"].Type);
        Assert.Equal(new ColorLiteral(new Color(0x33, 0x66, 0x99, 0xFF)), vars["tint"].Value);
        Assert.Equal(VariableType.Float, vars["ratio"].Type);
        Assert.Equal(VariableType.Int, vars["whole"].Type);
        Assert.Equal(VariableType.String, vars["label"].Type);
        Assert.Equal(Str("7"), vars["label"].Value);
        Assert.Equal(VariableType.Bool, vars["on"].Type);
        Assert.Equal(VariableType.String, vars["loose"].Type); // untyped: whatever its value reads as (a quoted string)
        Assert.Equal(new ColorValue(new Color(0x33, 0x66, 0x99, 0xFF)), rt.ById("swatch").Get(Props.BackgroundColor));
        Assert.Equal("r=2", rt.Text("ratio"));
        Assert.Empty(rt.Log.Entries);

        // The declared type is enforced at run time.
        Assert.Equal(SetStatus.Rejected, rt.State.SetVariable("tint", Str("banana")).Status);
        Assert.Equal(SetStatus.Changed, rt.State.SetVariable("tint", Str("#FF0000")).Status);
        Assert.Equal(SetStatus.Changed, rt.State.SetVariable("ratio", new NumberLiteral(2.5, false)).Status);
        Assert.Equal(SetStatus.Rejected, rt.State.SetVariable("whole", new NumberLiteral(2.5, false)).Status);
        Assert.Equal(SetStatus.Changed, rt.State.SetVariable("label", Int(8)).Status);
        rt.Settle();
        Assert.Equal(new ColorValue(new Color(0xFF, 0, 0, 0xFF)), rt.ById("swatch").Get(Props.BackgroundColor));
        Assert.Equal("r=2.5", rt.Text("ratio"));
        Assert.Equal(Str("8"), rt.State.GetVariable("label"));
        Assert.Equal(2, rt.Log.Entries.Count(d => d.Code == 2205));
    }

    [Fact]
    public void Watchers_fire_once_per_frame_with_the_old_and_the_final_value()
    {
        var rt = AppTestKit.Start(BoundApp);
        var heard = new List<VariableChange>();
        using var watch = rt.State.Watch("count", heard.Add);

        rt.State.SetVariable("count", Int(1));
        rt.State.SetVariable("count", Int(2));
        rt.State.SetVariable("count", Int(3));
        Assert.Empty(heard); // not before the frame
        rt.RunFrame(rt.NowMs + 16);

        var change = Assert.Single(heard);
        Assert.Equal("count", change.Name);
        Assert.Equal(Int(0), change.OldValue);
        Assert.Equal(Int(3), change.NewValue);

        // Idle frames say nothing; a set that ends where it started says nothing either.
        rt.RunFrame(rt.NowMs + 16);
        rt.State.SetVariable("count", Int(9));
        rt.State.SetVariable("count", Int(3));
        rt.RunFrame(rt.NowMs + 16);
        Assert.Single(heard);

        rt.State.SetVariable("count", Int(4));
        rt.RunFrame(rt.NowMs + 16);
        Assert.Equal(2, heard.Count);
        Assert.Equal((Int(3), Int(4)), (heard[1].OldValue, heard[1].NewValue));
        // Other variables' changes do not reach this watcher.
        rt.State.SetVariable("name", Str("Bob"));
        rt.RunFrame(rt.NowMs + 16);
        Assert.Equal(2, heard.Count);
    }

    [Fact]
    public void A_store_action_dispatched_from_a_click_updates_the_store_and_what_mirrors_it()
    {
        // Stores have no KRY syntax: the host (or a script through the bridge) creates them and
        // registers named actions; bindings show store fields through variables mirrored by a subscriber.
        KryonRuntime? rt = null;
        var scripts = new FakeScriptFunctions()
            .Define("cart_add", args =>
            {
                var state = args[0].AsObject();
                return ScriptValue.Object(new Dictionary<string, ScriptValue> { ["items"] = ScriptValue.From(state["items"].AsInt() + args[1].AsInt()) });
            })
            .Define("addTwo", args => rt!.State.Dispatch("cart", "add", ScriptValue.From(2L), rt.Scripts).Value);
        rt = AppTestKit.Start("""
            @variables { items: Int = 0 }
            App { layout: column
                Text { id: "summary"; text: "Items: $items" }
                Button { id: "add"; text: "+2"; width: 40; height: 20; onClick: "addTwo" }
            }
            """, scripts);
        rt.State.CreateStore("cart", new Dictionary<string, ScriptValue> { ["items"] = ScriptValue.From(0L), ["owner"] = ScriptValue.From("ada") });
        Assert.True(rt.State.RegisterAction("cart", "add", "cart_add"));
        var changes = new List<StoreChange>();
        rt.State.Subscribe("cart", change =>
        {
            changes.Add(change);
            if (change.Field == "items") rt.State.SetVariable("items", Int((int)change.NewValue.AsInt()));
        });

        rt.Click("add");
        rt.Click("add");
        rt.Click("add");

        var cart = rt.State.GetStore("cart")!;
        Assert.Equal(6L, cart.Get("items").AsInt());
        Assert.Equal("ada", cart.Get("owner").AsString()); // fields the action did not return stay
        Assert.Equal(3, changes.Count); // one per frame with a change
        Assert.Equal((4L, 6L), (changes[^1].OldValue.AsInt(), changes[^1].NewValue.AsInt()));
        Assert.Equal("Items: 6", rt.Text("summary"));
        Assert.Equal(3, scripts.Calls.Count(c => c.Name == "cart_add"));
        Assert.Empty(rt.Log.Entries);

        // An unknown action is reported (2207) and changes nothing.
        Assert.False(rt.State.Dispatch("cart", "remove", ScriptValue.Null, rt.Scripts).Succeeded);
        rt.Settle();
        Assert.True(rt.Logged(DiagnosticCodes.UnknownRuntimeTarget));
        Assert.Equal("Items: 6", rt.Text("summary"));
    }

    [Fact]
    public void Several_sets_in_one_frame_update_each_bound_element_once_and_call_the_watcher_once()
    {
        var updates = new List<string>();
        var scripts = new FakeScriptFunctions().Define("updated", args =>
        {
            updates.Add(args[0].AsString());
            return ScriptValue.Null;
        });
        var rt = AppTestKit.Start("""
            @variables { count: Int = 0 }
            App { layout: column
                Text { id: "a"; text: "A $count"; onUpdate: "updated" }
                Text { id: "b"; text: "B ${count}!"; onUpdate: "updated" }
                Text { id: "c"; text: "unbound"; onUpdate: "updated" }
            }
            """, scripts);
        var watched = new List<VariableChange>();
        rt.State.Watch("count", watched.Add);
        long appliedBefore = rt.Profiler.BindingsApplied;
        long layoutsBefore = rt.Profiler.LayoutPasses;

        for (int i = 1; i <= 10; i++) rt.State.SetVariable("count", Int(i));
        rt.RunFrame(rt.NowMs + 16);

        Assert.Equal(2, rt.Profiler.BindingsApplied - appliedBefore); // each binding once, not ten times
        Assert.Equal(1, rt.Profiler.LayoutPasses - layoutsBefore);
        Assert.Equal(["a", "b"], updates.Order());
        var change = Assert.Single(watched);
        Assert.Equal((Int(0), Int(10)), (change.OldValue, change.NewValue));
        Assert.Equal("A 10", rt.Text("a"));
        Assert.Equal("B 10!", rt.Text("b"));
        Assert.False(rt.State.HasPendingChanges);
    }

    [Fact]
    public void A_change_marks_only_the_elements_that_depend_on_the_changed_variable()
    {
        var rt = AppTestKit.Start("""
            @variables { left: Int = 0; right: Int = 0 }
            App { layout: column
                Text { id: "l1"; text: "L $left" }
                Container { layout: row
                    Text { id: "l2"; text: $left }
                    Text { id: "r1"; text: "R $right" }
                }
                Text { id: "both"; text: "$left/$right" }
                Text { id: "none"; text: "static" }
            }
            """);
        rt.Settle();
        Assert.Empty(rt.Tree.Changed);

        rt.State.SetVariable("left", Int(5));
        int applied = rt.State.Flush();

        Assert.Equal(3, applied);
        Assert.Equal(["both", "l1", "l2"], rt.Tree.Changed.Select(e => e.Id ?? "?").Order());
        rt.Settle();
        Assert.Equal(["L 5", "5", "R 0", "5/0", "static"], new[] { "l1", "l2", "r1", "both", "none" }.Select(rt.Text));
        Assert.Empty(rt.Tree.Changed);

        rt.State.SetVariable("right", Int(7));
        Assert.Equal(2, rt.State.Flush());
        Assert.Equal(["both", "r1"], rt.Tree.Changed.Select(e => e.Id ?? "?").Order());
        rt.Settle();
        Assert.Equal("5/7", rt.Text("both"));
    }
}

using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Scripting.Tests;

/// <summary>
/// Every DOM bridge function from both in-process languages, through the real script manager and
/// runtime: the same behaviour written in Lua and in Kryon Lisp must give the same app state.
/// </summary>
public sealed class BridgeTests
{
    public static TheoryData<string> Languages => new() { "lua", "lisp" };

    private static string Pick(string language, string lua, string lisp) => language == "lua" ? lua : lisp;

    private static List<string> DrawnTexts(ScriptedApp app)
        => app.Runtime.DisplayList.Commands.ToArray().Where(c => c.Text is not null).Select(c => c.Text!.Text).ToList();

    private static double? Number(PropertyValue? v) => v switch { FloatValue f => f.Value, IntValue i => i.Value, _ => null };

    [Theory, MemberData(nameof(Languages))]
    public void SetTimeout_with_a_function_value_fires_once_at_its_time_and_releases_the_function(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            function start()
              kryon.setTimeout(function() kryon.setVariable("count", kryon.getVariable("count") + 1) end, 100)
            end
            """, """
            (defn start [] (set-timeout (fn [] (set-variable! "count" (inc (get-variable "count")))) 100))
            """));
        app.Call("start");
        Assert.Equal(1, app.Manager.HeldFunctions);
        app.Advance(90);
        Assert.Equal("0", app.Variable("count"));
        app.Advance(20);
        Assert.Equal("1", app.Variable("count"));
        app.Advance(500);
        Assert.Equal("1", app.Variable("count"));
        Assert.Equal(0, app.Manager.HeldFunctions);
        Assert.Empty(app.Runtime.Timers.Pending);
        app.AssertNoErrors();
    }

    [Theory, MemberData(nameof(Languages))]
    public void SetInterval_repeats_with_its_extra_arguments_until_cleared(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            local id
            function start()
              id = kryon.setInterval(function(step)
                kryon.setVariable("count", kryon.getVariable("count") + step)
                if kryon.getVariable("count") >= 6 then kryon.clearTimer(id) end
              end, 50, 2)
              return id
            end
            """, """
            (def timer (atom nil))
            (defn start []
              (reset! timer (set-interval (fn [step]
                                            (set-variable! "count" (+ step (get-variable "count")))
                                            (when (>= (get-variable "count") 6) (clear-timer! @timer)))
                                          50 2))
              @timer)
            """));
        var id = app.Call("start");
        Assert.True(id.AsInt() > 0);
        app.Advance(1000);
        Assert.Equal("6", app.Variable("count"));
        Assert.Empty(app.Runtime.Timers.Pending);
        Assert.Equal(0, app.Manager.HeldFunctions);
        app.AssertNoErrors();
    }

    [Theory, MemberData(nameof(Languages))]
    public void A_timer_can_call_a_global_function_by_name_and_clearTimer_says_whether_it_cancelled(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            function bump() kryon.setVariable("count", kryon.getVariable("count") + 1) end
            function start() return kryon.setTimeout("bump", 10) end
            function stop(id) return kryon.clearTimer(id) end
            """, """
            (defn bump [] (set-variable! "count" (inc (get-variable "count"))))
            (defn start [] (set-timeout "bump" 10))
            (defn stop [id] (clear-timer! id))
            """));
        app.Call("start");
        app.Advance(20);
        Assert.Equal("1", app.Variable("count"));
        var second = app.Call("start");
        Assert.True(app.Call("stop", second).AsBool());
        Assert.False(app.Call("stop", second).AsBool());
        app.Advance(50);
        Assert.Equal("1", app.Variable("count"));
        app.AssertNoErrors();
    }

    [Fact]
    public void A_callback_that_clears_a_timer_due_in_the_same_frame_stops_it()
    {
        using var app = ScriptedApp.Start("lua", """
            local second
            function start()
              kryon.setTimeout(function() kryon.clearTimer(second) end, 10)
              second = kryon.setTimeout(function() kryon.setVariable("note", "second ran") end, 20)
            end
            """);
        app.Call("start");
        app.Runtime.RunFrame(app.Runtime.NowMs + 50); // both are due in this one frame
        Assert.Equal("", app.Variable("note"));
        Assert.Equal(0, app.Manager.HeldFunctions);
    }

    [Theory, MemberData(nameof(Languages))]
    public void CreateElement_appendChild_and_removeElement_change_the_tree_and_run_mount_hooks(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            local made
            function add()
              made = kryon.createElement("Text", { id = "extra", text = "added", font_size = 20, onMount = "mounted", onUnmount = "unmounted" })
              kryon.appendChild("box", made)
            end
            function mounted(id) kryon.setVariable("note", "mounted " .. id) end
            function unmounted(id) kryon.setVariable("note", "unmounted " .. id) end
            function remove() kryon.removeElement(made) end
            function again() kryon.appendChild(kryon.getElementById("box"), made, 0) end
            """, """
            (def made (atom nil))
            (defn add []
              (reset! made (create-element "Text" {:id "extra" :text "added" :font-size 20 :onMount "mounted" :onUnmount "unmounted"}))
              (append-child! "box" @made))
            (defn mounted [id] (set-variable! "note" (str "mounted " id)))
            (defn unmounted [id] (set-variable! "note" (str "unmounted " id)))
            (defn remove [] (remove-element! @made))
            (defn again [] (append-child! (get-element-by-id "box") @made 0))
            """));
        int before = app.Runtime.Tree.Count;
        app.Call("add");
        var extra = app.Element("extra");
        Assert.Equal("box", extra.Parent!.Id);
        Assert.Equal(1, extra.Parent.Children.ToList().IndexOf(extra));
        Assert.Equal(before + 1, app.Runtime.Tree.Count);
        Assert.Equal("mounted extra", app.Variable("note"));
        app.Advance(16);
        Assert.True(extra.ScreenBox.Width > 0 && extra.ScreenBox.Height >= 20, $"laid out: {extra.ScreenBox}");
        Assert.Contains("added", DrawnTexts(app));

        app.Call("remove");
        Assert.Null(app.Runtime.GetElementById("extra"));
        Assert.Equal(before, app.Runtime.Tree.Count);
        Assert.Equal("unmounted extra", app.Variable("note"));
        app.Advance(16);
        Assert.DoesNotContain("added", DrawnTexts(app));

        app.Call("again");
        Assert.Same(extra, app.Element("box").Children[0]);
        app.AssertNoErrors();
    }

    [Theory, MemberData(nameof(Languages))]
    public void A_refused_createElement_or_appendChild_changes_nothing_and_says_why(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            function badValue() kryon.createElement("Text", { text = "x", opacity = "lots" }) end
            function badType() kryon.createElement("Txt") end
            function intoText() kryon.appendChild("label", kryon.createElement("Text")) end
            function twice() kryon.appendChild("box", kryon.getElementById("label")) end
            function root() kryon.removeElement("nothing") end
            """, """
            (defn badValue [] (create-element "Text" {:text "x" :opacity "lots"}))
            (defn badType [] (create-element "Txt"))
            (defn intoText [] (append-child! "label" (create-element "Text")))
            (defn twice [] (append-child! "box" (get-element-by-id "label")))
            (defn root [] (remove-element! "nothing"))
            """));
        int before = app.Runtime.Tree.Count;
        Assert.Contains("opacity", app.CallFailing("badValue").Message);
        Assert.Contains("no element type 'Txt'", app.CallFailing("badType").Message);
        Assert.Contains("cannot have children", app.CallFailing("intoText").Message);
        Assert.Contains("already in the tree", app.CallFailing("twice").Message);
        Assert.Contains("no element has the id \"nothing\"", app.CallFailing("root").Message);
        Assert.Equal(before, app.Runtime.Tree.Count);
        Assert.All(app.Errors, e => Assert.Equal(2302, e.Code));
    }

    [Theory, MemberData(nameof(Languages))]
    public void AddEventListener_hears_clicks_until_removeEventListener(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            local id
            function listen()
              id = kryon.addEventListener("box", "click", function(elementId)
                kryon.setVariable("note", "clicked " .. elementId)
                kryon.setVariable("count", kryon.getVariable("count") + 1)
              end)
            end
            function unlisten() return kryon.removeEventListener(id) end
            """, """
            (def listener (atom nil))
            (defn listen []
              (reset! listener (add-event-listener! "box" "click"
                                 (fn [element-id]
                                   (set-variable! "note" (str "clicked " element-id))
                                   (set-variable! "count" (inc (get-variable "count")))))))
            (defn unlisten [] (remove-event-listener! @listener))
            """));
        app.Advance(16);
        app.Click("box");
        Assert.Equal("0", app.Variable("count")); // nothing listens yet: a Container is not clickable
        app.Call("listen");
        app.Click("box");
        app.Click("label"); // inside the box: the box's click
        Assert.Equal("2", app.Variable("count"));
        Assert.Equal("clicked box", app.Variable("note"));
        Assert.True(app.Call("unlisten").AsBool());
        Assert.False(app.Call("unlisten").AsBool());
        app.Click("box");
        Assert.Equal("2", app.Variable("count"));
        Assert.Equal(0, app.Manager.HeldFunctions);
        app.AssertNoErrors();
    }

    [Theory, MemberData(nameof(Languages))]
    public void Emit_runs_the_targets_listeners_now_with_the_detail(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            function listen()
              kryon.addEventListener(kryon.getElementById("box"), "saved", function(detail, id)
                kryon.setVariable("note", detail.name .. "@" .. id)
              end)
            end
            function fire(target) return kryon.emit("saved", { name = "doc" }, target) end
            """, """
            (defn listen []
              (add-event-listener! (get-element-by-id "box") "saved"
                (fn [detail id] (set-variable! "note" (str (get detail :name) "@" id)))))
            (defn fire [target] (emit-event! "saved" {:name "doc"} target))
            """));
        Assert.False(app.Call("fire", ScriptValue.From("box")).AsBool());
        app.Call("listen");
        Assert.False(app.Call("fire", ScriptValue.Null).AsBool()); // the App has no listener
        Assert.True(app.Call("fire", ScriptValue.From("box")).AsBool());
        Assert.Equal("doc@box", app.Variable("note"));
        app.AssertNoErrors();
    }

    [Theory, MemberData(nameof(Languages))]
    public void WatchVariable_reports_new_and_old_values_after_the_frame_until_unwatched(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            local id
            function watch()
              id = kryon.watchVariable("count", function(new, old, name)
                kryon.setVariable("note", name .. ":" .. old .. "->" .. new)
              end)
            end
            function bump() kryon.setVariable("count", kryon.getVariable("count") + 1) end
            function unwatch() return kryon.unwatchVariable(id) end
            """, """
            (def watcher (atom nil))
            (defn watch []
              (reset! watcher (watch-variable! "count" (fn [new old name] (set-variable! "note" (str name ":" old "->" new))))))
            (defn bump [] (set-variable! "count" (inc (get-variable "count"))))
            (defn unwatch [] (unwatch-variable! @watcher))
            """));
        app.Call("watch");
        app.Call("bump");
        app.Advance(16);
        Assert.Equal("count:0->1", app.Variable("note"));
        Assert.True(app.Call("unwatch").AsBool());
        app.Call("bump");
        app.Advance(16);
        Assert.Equal("count:0->1", app.Variable("note"));
        Assert.Equal(0, app.Manager.HeldFunctions);
        app.AssertNoErrors();
    }

    [Theory, MemberData(nameof(Languages))]
    public void Animate_tweens_on_the_runtime_clock_and_calls_onComplete(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            function fade()
              return kryon.animate("box", { property = "opacity", from = 0, to = 1, duration = 100, easing = "linear",
                onComplete = function(id) kryon.setVariable("note", "done " .. id) end })
            end
            function tint() kryon.animate("label", { property = "text_color", from = "#000000", to = "#FFFFFF", duration = 100, easing = "linear" }) end
            function wrong() kryon.animate("label", { property = "text", to = "bye", duration = 100 }) end
            function badEasing() kryon.animate("box", { property = "opacity", to = 0, easing = "bouncy" }) end
            """, """
            (defn fade []
              (animate! "box" {:property "opacity" :from 0 :to 1 :duration-ms 100 :easing "linear"
                               :on-complete (fn [id] (set-variable! "note" (str "done " id)))}))
            (defn tint [] (animate! "label" {:property "text_color" :from "#000000" :to "#FFFFFF" :duration-ms 100 :easing "linear"}))
            (defn wrong [] (animate! "label" {:property "text" :to "bye" :duration-ms 100}))
            (defn badEasing [] (animate! "box" {:property "opacity" :to 0 :easing "bouncy"}))
            """));
        var box = app.Element("box");
        Assert.True(app.Call("fade").AsInt() > 0);
        app.Call("tint");
        Assert.Equal(0, Number(box.Get(Kryon.Runtime.Elements.Props.Opacity)));
        app.Advance(50);
        Assert.Equal(0.5, Number(box.Get(Kryon.Runtime.Elements.Props.Opacity))!.Value, 2);
        var half = Assert.IsType<ColorValue>(app.Element("label").Get(Kryon.Runtime.Elements.Props.TextColor)).Value;
        Assert.InRange(half.R, 0x7D, 0x82);
        Assert.Equal("", app.Variable("note"));
        app.Advance(60);
        Assert.Equal(1, Number(box.Get(Kryon.Runtime.Elements.Props.Opacity)));
        Assert.Equal(new Color(255, 255, 255, 255), ((ColorValue)app.Element("label").Get(Kryon.Runtime.Elements.Props.TextColor)!).Value);
        Assert.Equal("done box", app.Variable("note"));
        Assert.Equal(0, app.Runtime.Animations.Count);
        Assert.Equal(0, app.Manager.HeldFunctions);

        Assert.Contains("only numbers, lengths and colours", app.CallFailing("wrong").Message);
        Assert.Contains("unknown easing 'bouncy'", app.CallFailing("badEasing").Message);
    }

    [Theory, MemberData(nameof(Languages))]
    public void Now_is_the_runtime_clock_and_random_is_seeded_and_in_range(string language)
    {
        string code = Pick(language, """
            function clock() return kryon.now() end
            function roll() return kryon.random(1, 6) end
            function unit() return kryon.random() end
            """, """
            (defn clock [] (current-time-ms))
            (defn roll [] (random 1 6))
            (defn unit [] (random))
            """);
        using var a = ScriptedApp.Start(language, code, seed: 42);
        using var b = ScriptedApp.Start(language, code, seed: 42);
        a.Advance(250);
        Assert.Equal(a.Runtime.NowMs, a.Call("clock").AsFloat());
        var rollsA = Enumerable.Range(0, 200).Select(_ => a.Call("roll").AsInt()).ToList();
        var rollsB = Enumerable.Range(0, 200).Select(_ => b.Call("roll").AsInt()).ToList();
        Assert.Equal(rollsA, rollsB);
        Assert.All(rollsA, r => Assert.InRange(r, 1, 6));
        Assert.Equal(6, rollsA.Distinct().Count());
        double u = a.Call("unit").AsFloat();
        Assert.InRange(u, 0, 0.9999999);
    }

    [Theory, MemberData(nameof(Languages))]
    public void Hot_reload_replaces_one_scripts_functions_and_keeps_the_app_state(string language)
    {
        using var app = ScriptedApp.Start(language, Pick(language, """
            function version() return "v1" end
            function old() return 1 end
            function bump() kryon.setVariable("count", kryon.getVariable("count") + 1) end
            """, """
            (defn version [] "v1")
            (defn old [] 1)
            (defn bump [] (set-variable! "count" (inc (get-variable "count"))))
            """), scriptName: "logic");
        app.Call("bump");
        app.Call("bump");
        Assert.Equal("v1", app.Call("version").AsString());

        var diagnostics = app.Manager.Reload("logic", Pick(language, """
            function version() return "v2" end
            function bump() kryon.setVariable("count", kryon.getVariable("count") + 10) end
            """, """
            (defn version [] "v2")
            (defn bump [] (set-variable! "count" (+ 10 (get-variable "count"))))
            """));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal("v2", app.Call("version").AsString());
        Assert.False(app.Manager.Contains("old"));
        Assert.Equal(2304, app.Runtime.CallFunction("old", [], "test").Error!.Code);
        Assert.Equal("2", app.Variable("count")); // state outside the script is kept
        app.Call("bump");
        Assert.Equal("12", app.Variable("count"));

        var broken = app.Manager.Reload("logic", Pick(language, "function version( return end", "(defn version [] \"v3\""));
        Assert.Contains(broken, d => d.Code == 2301);
        Assert.Equal("v2", app.Call("version").AsString()); // a reload that does not compile changes nothing
        Assert.True(app.Manager.Contains("bump"));
    }
}

using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Scripting.Tests;

/// <summary>
/// Every DOM bridge function from both in-process languages, through the real script manager and
/// runtime: the same behaviour written in Lua and in Kryon Lisp must give the same app state.
/// </summary>
public sealed class BridgeTests
{
    public static TheoryData<string> Languages => ScriptedApp.Languages;

    private static string Pick(string language, string lua, string lisp, string javascript, string python, string wren = "")
        => ScriptedApp.Pick(language, lua, lisp, javascript, python, wren);

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
            """, """
            function start() {
              kryon.setTimeout(() => kryon.setVariable("count", kryon.getVariable("count") + 1), 100);
            }
            """, """
            def start():
                kryon.set_timeout(lambda: kryon.set_variable("count", kryon.get_variable("count") + 1), 100)
            """, """
            class Timers {
              static start() {
                Kryon.setTimeout(Fn.new { Kryon.setVariable("count", Kryon.getVariable("count") + 1) }, 100)
              }
            }
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
            """, """
            let id = 0;
            function start() {
              id = kryon.setInterval(step => {
                kryon.setVariable("count", kryon.getVariable("count") + step);
                if (kryon.getVariable("count") >= 6) kryon.clearTimer(id);
              }, 50, 2);
              return id;
            }
            """, """
            timer = None
            def start():
                global timer
                def step(by):
                    kryon.set_variable("count", kryon.get_variable("count") + by)
                    if kryon.get_variable("count") >= 6:
                        kryon.clear_timer(timer)
                timer = kryon.set_interval(step, 50, 2)
                return timer
            """, """
            class Timers {
              static start() {
                __id = Kryon.setInterval(Fn.new { |step|
                  Kryon.setVariable("count", Kryon.getVariable("count") + step)
                  if (Kryon.getVariable("count") >= 6) Kryon.clearTimer(__id)
                }, 50, 2)
                return __id
              }
            }
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
            """, """
            function bump() { kryon.setVariable("count", kryon.getVariable("count") + 1); }
            function start() { return kryon.setTimeout("bump", 10); }
            function stop(id) { return kryon.clearTimer(id); }
            """, """
            def bump():
                kryon.set_variable("count", kryon.get_variable("count") + 1)
            def start():
                return kryon.set_timeout("bump", 10)
            def stop(id):
                return kryon.clear_timer(id)
            """, """
            class Timers {
              static bump() { Kryon.setVariable("count", Kryon.getVariable("count") + 1) }
              static start() { Kryon.setTimeout("bump", 10) }
              static stop(id) { Kryon.clearTimer(id) }
            }
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
            """, """
            let made = null;
            function add() {
              made = kryon.createElement("Text", { id: "extra", text: "added", font_size: 20, onMount: "mounted", onUnmount: "unmounted" });
              kryon.appendChild("box", made);
            }
            function mounted(id) { kryon.setVariable("note", "mounted " + id); }
            function unmounted(id) { kryon.setVariable("note", "unmounted " + id); }
            function remove() { kryon.removeElement(made); }
            function again() { kryon.appendChild(kryon.getElementById("box"), made, 0); }
            """, """
            made = None
            def add():
                global made
                made = kryon.create_element("Text", {"id": "extra", "text": "added", "font_size": 20, "onMount": "mounted", "onUnmount": "unmounted"})
                kryon.append_child("box", made)
            def mounted(id):
                kryon.set_variable("note", "mounted " + id)
            def unmounted(id):
                kryon.set_variable("note", "unmounted " + id)
            def remove():
                kryon.remove_element(made)
            def again():
                kryon.append_child(kryon.get_element_by_id("box"), made, 0)
            """, """
            class Tree {
              static add() {
                __made = Kryon.createElement("Text", {"id": "extra", "text": "added", "font_size": 20, "onMount": "mounted", "onUnmount": "unmounted"})
                Kryon.appendChild("box", __made)
              }
              static mounted(id) { Kryon.setVariable("note", "mounted " + id) }
              static unmounted(id) { Kryon.setVariable("note", "unmounted " + id) }
              static remove() { Kryon.removeElement(__made) }
              static again() { Kryon.appendChild(Kryon.getElementById("box"), __made, 0) }
            }
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
            """, """
            function badValue() { kryon.createElement("Text", { text: "x", opacity: "lots" }); }
            function badType() { kryon.createElement("Txt"); }
            function intoText() { kryon.appendChild("label", kryon.createElement("Text")); }
            function twice() { kryon.appendChild("box", kryon.getElementById("label")); }
            function root() { kryon.removeElement("nothing"); }
            """, """
            def badValue():
                kryon.create_element("Text", {"text": "x", "opacity": "lots"})
            def badType():
                kryon.create_element("Txt")
            def intoText():
                kryon.append_child("label", kryon.create_element("Text"))
            def twice():
                kryon.append_child("box", kryon.get_element_by_id("label"))
            def root():
                kryon.remove_element("nothing")
            """, """
            class Refused {
              static badValue() { Kryon.createElement("Text", {"text": "x", "opacity": "lots"}) }
              static badType() { Kryon.createElement("Txt") }
              static intoText() { Kryon.appendChild("label", Kryon.createElement("Text")) }
              static twice() { Kryon.appendChild("box", Kryon.getElementById("label")) }
              static root() { Kryon.removeElement("nothing") }
            }
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
            """, """
            let id = 0;
            function listen() {
              id = kryon.addEventListener("box", "click", elementId => {
                kryon.setVariable("note", "clicked " + elementId);
                kryon.setVariable("count", kryon.getVariable("count") + 1);
              });
            }
            function unlisten() { return kryon.removeEventListener(id); }
            """, """
            listener = None
            def listen():
                global listener
                def clicked(element_id):
                    kryon.set_variable("note", "clicked " + element_id)
                    kryon.set_variable("count", kryon.get_variable("count") + 1)
                listener = kryon.add_event_listener("box", "click", clicked)
            def unlisten():
                return kryon.remove_event_listener(listener)
            """, """
            class Listening {
              static listen() {
                __id = Kryon.addEventListener("box", "click", Fn.new { |elementId|
                  Kryon.setVariable("note", "clicked " + elementId)
                  Kryon.setVariable("count", Kryon.getVariable("count") + 1)
                })
              }
              static unlisten() { Kryon.removeEventListener(__id) }
            }
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
            """, """
            function listen() {
              kryon.addEventListener(kryon.getElementById("box"), "saved", (detail, id) => kryon.setVariable("note", detail.name + "@" + id));
            }
            function fire(target) { return kryon.emit("saved", { name: "doc" }, target); }
            """, """
            def listen():
                kryon.add_event_listener(kryon.get_element_by_id("box"), "saved", lambda detail, id: kryon.set_variable("note", detail["name"] + "@" + id))
            def fire(target):
                return kryon.emit("saved", {"name": "doc"}, target)
            """, """
            class Events {
              static listen() {
                Kryon.addEventListener(Kryon.getElementById("box"), "saved", Fn.new { |detail, id| Kryon.setVariable("note", detail["name"] + "@" + id) })
              }
              static fire(target) { Kryon.emit("saved", {"name": "doc"}, target) }
            }
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
            """, """
            let id = 0;
            function watch() {
              id = kryon.watchVariable("count", (now, old, name) => kryon.setVariable("note", `${name}:${old}->${now}`));
            }
            function bump() { kryon.setVariable("count", kryon.getVariable("count") + 1); }
            function unwatch() { return kryon.unwatchVariable(id); }
            """, """
            watcher = None
            def watch():
                global watcher
                watcher = kryon.watch_variable("count", lambda new, old, name: kryon.set_variable("note", "%s:%s->%s" % (name, old, new)))
            def bump():
                kryon.set_variable("count", kryon.get_variable("count") + 1)
            def unwatch():
                return kryon.unwatch_variable(watcher)
            """, """
            class Watching {
              static watch() {
                __id = Kryon.watchVariable("count", Fn.new { |new, old, name| Kryon.setVariable("note", "%(name):%(old)->%(new)") })
              }
              static bump() { Kryon.setVariable("count", Kryon.getVariable("count") + 1) }
              static unwatch() { Kryon.unwatchVariable(__id) }
            }
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
            """, """
            function fade() {
              return kryon.animate("box", { property: "opacity", from: 0, to: 1, duration: 100, easing: "linear",
                onComplete: id => kryon.setVariable("note", "done " + id) });
            }
            function tint() { kryon.animate("label", { property: "text_color", from: "#000000", to: "#FFFFFF", duration: 100, easing: "linear" }); }
            function wrong() { kryon.animate("label", { property: "text", to: "bye", duration: 100 }); }
            function badEasing() { kryon.animate("box", { property: "opacity", to: 0, easing: "bouncy" }); }
            """, """
            def fade():
                return kryon.animate("box", {"property": "opacity", "from": 0, "to": 1, "duration": 100, "easing": "linear",
                    "on_complete": lambda id: kryon.set_variable("note", "done " + id)})
            def tint():
                kryon.animate("label", {"property": "text_color", "from": "#000000", "to": "#FFFFFF", "duration": 100, "easing": "linear"})
            def wrong():
                kryon.animate("label", {"property": "text", "to": "bye", "duration": 100})
            def badEasing():
                kryon.animate("box", {"property": "opacity", "to": 0, "easing": "bouncy"})
            """, """
            class Animating {
              static fade() {
                return Kryon.animate("box", {"property": "opacity", "from": 0, "to": 1, "duration": 100, "easing": "linear",
                  "onComplete": Fn.new { |id| Kryon.setVariable("note", "done " + id) }})
              }
              static tint() { Kryon.animate("label", {"property": "text_color", "from": "#000000", "to": "#FFFFFF", "duration": 100, "easing": "linear"}) }
              static wrong() { Kryon.animate("label", {"property": "text", "to": "bye", "duration": 100}) }
              static badEasing() { Kryon.animate("box", {"property": "opacity", "to": 0, "easing": "bouncy"}) }
            }
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
            """, """
            function clock() { return kryon.now(); }
            function roll() { return kryon.random(1, 6); }
            function unit() { return kryon.random(); }
            """, """
            def clock():
                return kryon.now()
            def roll():
                return kryon.random(1, 6)
            def unit():
                return kryon.random()
            """, """
            class Clock {
              static clock() { Kryon.now() }
              static roll() { Kryon.random(1, 6) }
              static unit() { Kryon.random() }
            }
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
            """, """
            function version() { return "v1"; }
            function old() { return 1; }
            function bump() { kryon.setVariable("count", kryon.getVariable("count") + 1); }
            """, """
            def version():
                return "v1"
            def old():
                return 1
            def bump():
                kryon.set_variable("count", kryon.get_variable("count") + 1)
            """, """
            class Logic {
              static version() { "v1" }
              static old() { 1 }
              static bump() { Kryon.setVariable("count", Kryon.getVariable("count") + 1) }
            }
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
            """, """
            function version() { return "v2"; }
            function bump() { kryon.setVariable("count", kryon.getVariable("count") + 10); }
            """, """
            def version():
                return "v2"
            def bump():
                kryon.set_variable("count", kryon.get_variable("count") + 10)
            """, """
            class Logic {
              static version() { "v2" }
              static bump() { Kryon.setVariable("count", Kryon.getVariable("count") + 10) }
            }
            """));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal("v2", app.Call("version").AsString());
        Assert.False(app.Manager.Contains("old"));
        Assert.Equal(2304, app.Runtime.CallFunction("old", [], "test").Error!.Code);
        Assert.Equal("2", app.Variable("count")); // state outside the script is kept
        app.Call("bump");
        Assert.Equal("12", app.Variable("count"));

        var broken = app.Manager.Reload("logic", Pick(language, "function version( return end", "(defn version [] \"v3\"", "function version( { return 3; }", "def version(:\n    return 3\n", "class Logic { static version( { 3 } }"));
        Assert.Contains(broken, d => d.Code == 2301);
        Assert.Equal("v2", app.Call("version").AsString()); // a reload that does not compile changes nothing
        Assert.True(app.Manager.Contains("bump"));
    }
}

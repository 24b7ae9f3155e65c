using Kryon.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.Tests.State;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// Lifecycle hooks driven through compiled KRY (registry names: App `onStart`/`onStop`, every element
/// `onMount`/`onUpdate`/`onUnmount`): when each runs, in which order (app → component → element;
/// mount parents first, unmount children first), and that a failing or slow hook is reported
/// (2401/2402) while the other hooks and the app go on.
/// </summary>
public class LifecycleTests
{
    /// <summary>Every hook records "function(elementId)" in call order.</summary>
    private static (FakeScriptFunctions Scripts, List<string> Calls) Recorder(params string[] names)
    {
        var calls = new List<string>();
        var scripts = new FakeScriptFunctions();
        foreach (var name in names)
            scripts.Define(name, args =>
            {
                calls.Add($"{name}({(args.Length > 0 ? args[0].AsString() : "")})");
                return ScriptValue.Null;
            });
        return (scripts, calls);
    }

    private static readonly string[] HookNames =
    [
        "app_start", "app_stop", "mount", "unmount", "card_mount", "card_unmount", "title_mount", "title_unmount", "usage_mount", "usage_unmount",
    ];

    /// <summary>Plain elements, a component instance with hooks in its template and at its usage, and a sibling after it.</summary>
    private const string HookedApp = """
        Define Card {
            Properties { title: String = "card" }
            Container { layout: column; onMount: "card_mount"; onUnmount: "card_unmount"
                Text { id: "card_title"; text: $title; onMount: "title_mount"; onUnmount: "title_unmount" }
            }
        }
        App {
            id: "app"
            layout: column
            onStart: "app_start"
            onStop: "app_stop"
            onMount: "mount"
            onUnmount: "unmount"
            Container { id: "outer"; layout: column; onMount: "mount"; onUnmount: "unmount"
                Text { id: "inner"; text: "x"; onMount: "mount"; onUnmount: "unmount" }
                Text { id: "quiet"; text: "no hooks" }
            }
            Card { id: "card"; title: "Hello"; onMount: "usage_mount"; onUnmount: "usage_unmount" }
            Text { id: "last"; text: "z"; onMount: "mount"; onUnmount: "unmount" }
        }
        """;

    [Fact]
    public void The_start_hook_runs_once_before_the_first_frame_then_elements_mount_in_pre_order()
    {
        var (scripts, calls) = Recorder(HookNames);
        KryonRuntime? rt = null;
        long framesAtStart = -1;
        int displayListAtStart = -1;
        scripts.Define("app_start", _ =>
        {
            calls.Add("app_start");
            framesAtStart = rt!.Profiler.Frames;
            displayListAtStart = rt.DisplayList.Version;
            return ScriptValue.Null;
        });
        rt = AppTestKit.Load(HookedApp, scripts);
        Assert.Empty(calls); // loading runs nothing

        rt.Start();
        Assert.Equal(0, framesAtStart);
        Assert.Equal(0, displayListAtStart);
        Assert.Equal(1, rt.Profiler.Frames);
        Assert.Equal(
        [
            "app_start",
            "mount(app)",
            "mount(outer)",
            "mount(inner)",
            // The instance root: the component's own (template) hook, then the usage's.
            "card_mount(card)",
            "usage_mount(card)",
            "title_mount(card_title)",
            "mount(last)",
        ], calls);

        // Starting again, and running frames, runs no hook again.
        rt.Start();
        rt.Settle();
        for (int i = 0; i < 5; i++) rt.RunFrame(rt.NowMs + 16);
        Assert.Single(calls, c => c == "app_start");
        Assert.Equal(8, calls.Count);
        Assert.Empty(rt.Log.Entries);
    }

    [Fact]
    public void Stopping_runs_the_stop_hook_then_unmounts_children_before_parents()
    {
        var (scripts, calls) = Recorder(HookNames);
        var rt = AppTestKit.Start(HookedApp, scripts);
        calls.Clear();

        rt.Stop();

        Assert.Equal(
        [
            "app_stop(app)",
            "unmount(last)",
            "title_unmount(card_title)",
            "card_unmount(card)",
            "usage_unmount(card)",
            "unmount(inner)",
            "unmount(outer)",
            "unmount(app)",
        ], calls);
        Assert.False(rt.IsRunning);

        // A stopped app runs no frames and no more hooks.
        calls.Clear();
        Assert.False(rt.RunFrame(rt.NowMs + 16));
        rt.Stop();
        Assert.Empty(calls);
        Assert.Empty(rt.Log.Entries);
    }

    [Fact]
    public void Removing_a_subtree_unmounts_it_children_first_and_leaves_the_rest_mounted()
    {
        // The runtime has no public remove yet (the script bridge's removeElement will be it): it
        // runs onUnmount for the subtree, then detaches it, which is what this does.
        var (scripts, calls) = Recorder(HookNames);
        var rt = AppTestKit.Start(HookedApp, scripts);
        calls.Clear();

        var outer = rt.ById("outer");
        rt.Unmount(outer);
        var removed = rt.Tree.Remove(outer);
        rt.Settle();

        Assert.Equal(["unmount(inner)", "unmount(outer)"], calls);
        Assert.Equal(["outer", "inner", "quiet"], removed.Select(e => e.Id));
        Assert.Null(rt.GetElementById("inner"));
        // What stays is laid out without the removed subtree: the card now starts at the top.
        Assert.Equal(0, rt.ById("card").ScreenBox.Y);

        calls.Clear();
        rt.Stop();
        Assert.DoesNotContain("unmount(inner)", calls);
        Assert.DoesNotContain("unmount(outer)", calls);
        Assert.Contains("unmount(last)", calls);
    }

    [Fact]
    public void The_update_hook_runs_once_per_frame_for_an_element_whose_bound_property_changed()
    {
        var updates = new List<string>();
        var scripts = new FakeScriptFunctions().Define("updated", args =>
        {
            updates.Add(args[0].AsString());
            return ScriptValue.Null;
        });
        var rt = AppTestKit.Start("""
            @variables { count: Int = 0; other: Int = 0 }
            App { layout: column
                Text { id: "label"; text: "Count: $count"; onUpdate: "updated" }
                Text { id: "other_label"; text: "Other: $other"; onUpdate: "updated" }
                Text { id: "static"; text: "static"; onUpdate: "updated" }
            }
            """, scripts);
        rt.Settle();
        Assert.Empty(updates); // starting is not an update

        rt.State.SetVariable("count", new NumberLiteral(1, true));
        rt.State.SetVariable("count", new NumberLiteral(2, true));
        rt.State.SetVariable("count", new NumberLiteral(3, true));
        rt.Settle();

        Assert.Equal(["label"], updates);
        Assert.Equal("Count: 3", rt.Text("label"));

        // A set that changes nothing is no update; an idle frame neither.
        updates.Clear();
        rt.State.SetVariable("count", new NumberLiteral(3, true));
        rt.Settle();
        rt.RunFrame(rt.NowMs + 16);
        Assert.Empty(updates);

        rt.State.SetVariable("other", new NumberLiteral(7, true));
        rt.Settle();
        Assert.Equal(["other_label"], updates);
        Assert.Empty(rt.Log.Entries);
    }

    [Fact]
    public void A_throwing_hook_is_reported_as_2401_and_every_other_hook_and_the_app_keep_working()
    {
        var (scripts, calls) = Recorder(HookNames);
        scripts.Define("boom", _ => throw new InvalidOperationException("mount exploded"));
        scripts.Define("start_boom", _ => throw new InvalidOperationException("start exploded"));
        KryonRuntime? rt = null;
        scripts.Define("increment", _ =>
        {
            var n = rt!.State.GetVariable("count") is NumberLiteral c ? c.Value : 0;
            rt.State.SetVariable("count", new NumberLiteral(n + 1, true));
            return ScriptValue.Null;
        });
        rt = AppTestKit.Start("""
            @variables { count: Int = 0 }
            App { id: "app"; layout: column; onStart: "start_boom"; onMount: "mount"
                Text { id: "first"; text: "a"; onMount: "mount" }
                Text { id: "bad"; text: "b"; onMount: "boom" }
                Text { id: "label"; text: "Count: $count"; onMount: "mount" }
                Button { id: "inc"; text: "+"; width: 40; height: 20; onClick: "increment"; onMount: "mount" }
            }
            """, scripts);

        Assert.Equal(["mount(app)", "mount(first)", "mount(label)", "mount(inc)"], calls);
        var failures = rt.Log.Entries.Where(d => d.Code == DiagnosticCodes.HookFailed.Code).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, d => d.Message.Contains("start exploded") && d.Message.Contains("onStart"));
        Assert.Contains(failures, d => d.Message.Contains("mount exploded") && d.Message.Contains("#bad"));
        Assert.All(failures, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));

        // The app is running and responds.
        Assert.True(rt.IsRunning);
        rt.Click("inc");
        rt.Click("inc");
        Assert.Equal("Count: 2", rt.Text("label"));
        Assert.Equal(failures, rt.Log.Entries); // nothing else went wrong
    }

    [Fact]
    public void A_hook_over_its_time_budget_is_reported_as_2402_and_the_app_goes_on()
    {
        var (scripts, calls) = Recorder(HookNames);
        scripts.Define("slow_mount", _ =>
        {
            Thread.Sleep(2); // any measurable time is over a zero budget
            calls.Add("slow_mount");
            return ScriptValue.Null;
        });
        var rt = AppTestKit.Start("""
            @variables { count: Int = 0 }
            App { layout: column
                Text { id: "slow"; text: "s"; onMount: "slow_mount" }
                Text { id: "label"; text: "Count: $count"; onMount: "mount" }
            }
            """, scripts, configure: o => o with { HookBudgetMs = 0 });

        Assert.Equal(["slow_mount", "mount(label)"], calls);
        var over = rt.Log.Entries.Where(d => d.Code == DiagnosticCodes.HookBudgetExceeded.Code).ToList();
        Assert.Contains(over, d => d.Message.Contains("slow_mount") && d.Message.Contains("#slow"));
        Assert.All(over, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.DoesNotContain(rt.Log.Entries, d => d.IsError);

        Assert.True(rt.IsRunning);
        rt.State.SetVariable("count", new NumberLiteral(4, true));
        rt.Settle();
        Assert.Equal("Count: 4", rt.Text("label"));
    }

    [Fact]
    public void A_hook_naming_a_missing_function_is_reported_and_the_others_still_run()
    {
        var (scripts, calls) = Recorder(HookNames);
        var rt = AppTestKit.Start("""
            App { layout: column
                Text { id: "a"; text: "a"; onMount: "nowhere" }
                Text { id: "b"; text: "b"; onMount: "mount" }
            }
            """, scripts);

        Assert.Equal(["mount(b)"], calls);
        Assert.True(rt.Logged(DiagnosticCodes.FunctionNotFound));
        Assert.True(rt.IsRunning);
    }
}

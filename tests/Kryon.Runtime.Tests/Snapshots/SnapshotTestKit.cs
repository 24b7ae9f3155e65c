using Kryon.Krb;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.Snapshots;
using Kryon.Runtime.Tests.App;
using Kryon.Runtime.Tests.State;
using Kryon.Values;

namespace Kryon.Runtime.Tests.Snapshots;

/// <summary>An app that has every kind of state a snapshot keeps, and ways to compare two runtimes of it.</summary>
internal static class SnapshotTestKit
{
    public const string AppSource = """
        @variables {
            count: Int = 0
            ratio: Float = 0.5
            name: String = "Ada"
            dark: Bool = false
            tint: #336699
        }

        style "hoverable" {
            background_color: "#EEEEEE"
            &:hover { background_color: "#CCCCCC" }
            &:focus { border_width: 2; border_color: "#0000FF" }
        }

        Define Card {
            Properties {
                title: String = "Card"
                level: Int = 1
            }
            Container {
                layout: column
                Text { text: "$title ($level)"; height: 16 }
            }
        }

        App {
            layout: column
            gap: 2
            Text { id: "label"; text: "Count: $count, $name, $ratio, $dark"; text_color: $tint; height: 16 }
            Button { id: "inc"; text: "+"; width: 60; height: 20; style: "hoverable"; onClick: "increment" }
            Input { id: "name_input"; value: $name; width: 200; height: 20; style: "hoverable" }
            Input { id: "free"; value: "start"; width: 200; height: 20 }
            Checkbox { id: "agree"; text: "Agree"; width: 100; height: 16 }
            Radio { id: "r1"; name: "grp"; value: "a"; text: "A"; checked: true; width: 60; height: 16 }
            Radio { id: "r2"; name: "grp"; value: "b"; text: "B"; width: 60; height: 16 }
            Card { id: "first"; title: "One" }
            Card { id: "second"; title: "Two"; level: 2 }
            Container {
                id: "list"
                overflow: scroll
                width: 200
                height: 40
                layout: column
                Text { text: "one"; height: 20 }
                Text { text: "two"; height: 20 }
                Text { text: "three"; height: 20 }
                Text { text: "four"; height: 20 }
                Text { text: "five"; height: 20 }
            }
        }
        """;

    private static readonly Lazy<KrbDocument> Document = new(() => AppTestKit.Compile(AppSource));

    /// <summary>A started runtime of <see cref="AppSource"/> whose `increment` handler adds one to `count`.</summary>
    public static KryonRuntime Start(RuntimeLog? log = null, bool prepareSnapshots = false)
    {
        KryonRuntime? runtime = null;
        var scripts = new FakeScriptFunctions()
            .Define("increment", _ =>
            {
                var count = runtime!.State.GetVariable("count") is NumberLiteral n ? n.Value : 0;
                runtime.State.SetVariable("count", new NumberLiteral(count + 1, true));
                return ScriptValue.Null;
            })
            .Define("tick", _ => ScriptValue.Null);
        runtime = KryonRuntime.Load(Document.Value, new RuntimeOptions
        {
            Scripts = scripts,
            Measurer = new TestFontMeasurer(),
            Width = 400,
            Height = 600,
            // A cold JIT can make the first handler call slow; budget reports would make the log checks flaky.
            Budgets = new Kryon.Runtime.Frames.FrameBudgets(ScriptMs: 10_000),
            HookBudgetMs = 10_000,
            PrepareSnapshots = prepareSnapshots,
        }, log);
        runtime.Start();
        return runtime;
    }

    public static string Json(this KryonRuntime runtime) => SnapshotJson.Write(runtime.TakeSnapshot());

    public static DisplayCommand[] Commands(this KryonRuntime runtime) => runtime.DisplayList.Commands.ToArray();

    /// <summary>Snapshot → JSON → read → restore into a fresh runtime of the same app, then one frame.</summary>
    public static KryonRuntime RestoredCopy(this KryonRuntime original)
    {
        string json = original.Json();
        var copy = Start();
        var snapshot = SnapshotJson.Read(json, copy.Log);
        Assert.True(snapshot is not null, string.Join("\n", copy.Log.Entries));
        Assert.True(copy.RestoreSnapshot(snapshot!), string.Join("\n", copy.Log.Entries));
        copy.RunFrame(copy.NowMs);
        return copy;
    }

    /// <summary>Where two display lists first differ, for a readable failure.</summary>
    public static string FirstDifference(DisplayCommand[] expected, DisplayCommand[] actual)
    {
        for (int i = 0; i < Math.Min(expected.Length, actual.Length); i++)
            if (!expected[i].Equals(actual[i])) return $"command {i}: expected {expected[i]}, got {actual[i]}";
        return expected.Length == actual.Length ? "none" : $"lengths {expected.Length} and {actual.Length}";
    }
}

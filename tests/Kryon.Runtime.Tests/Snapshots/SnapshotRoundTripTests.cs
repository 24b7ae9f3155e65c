using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.Snapshots;
using Kryon.Runtime.Tests.App;
using Kryon.Values;

namespace Kryon.Runtime.Tests.Snapshots;

public class SnapshotRoundTripTests
{
    /// <summary>Every kind of state: variables, a store, component properties, typed text with a selection, hover, focus, checks, script values, scroll, timers.</summary>
    private static KryonRuntime Busy(bool prepareSnapshots = false)
    {
        var rt = SnapshotTestKit.Start(prepareSnapshots: prepareSnapshots);
        rt.Click("inc");
        rt.Click("inc");
        rt.State.SetVariable("ratio", new NumberLiteral(0.75, false));
        rt.State.SetVariable("dark", new BoolLiteral(true));
        rt.State.SetVariable("tint", new StringLiteral("#FF000080"));
        rt.State.SetVariable("loose", new ListLiteral([new NumberLiteral(1, true), new StringLiteral("two")]));
        rt.State.SetVariable("note", new StringLiteral("made by a script"));
        rt.State.CreateStore("cart", new Dictionary<string, ScriptValue>
        {
            ["items"] = ScriptValue.From(2L),
            ["total"] = ScriptValue.From(10.0),
            ["owner"] = ScriptValue.Element(rt.ById("label").Handle),
            ["tags"] = ScriptValue.Array([ScriptValue.From("a"), ScriptValue.Null, ScriptValue.From(double.NaN)]),
            ["meta"] = ScriptValue.Object(new Dictionary<string, ScriptValue> { ["$odd"] = ScriptValue.From(true) }),
        });
        var second = SnapshotKeys.ForScopes(rt.State.Globals).Single(s => s.Key == "Card#second").Scope;
        rt.State.Set(second, "title", new StringLiteral("Changed"));

        rt.Click("name_input");
        rt.Type("bc");
        rt.Key("ArrowLeft", KeyModifiers.Shift);
        rt.Click("agree");
        rt.Click("r2");
        rt.ById("label").SetScriptValue(Props.FontSize, new IntValue(20));
        rt.ById("inc").SetScriptValue(PropertyRegistry.Get("width"), new LengthValue(Length.Percent(50)));

        var list = rt.ById("list").ScreenBox;
        rt.Enqueue(new WheelEvent(list.X + 5, list.Y + 5, 0, 7));
        rt.Settle();

        rt.Click("free");
        rt.Type("!");
        rt.Key("Home");
        rt.Timers.Schedule("tick", rt.NowMs, 500, repeat: false, [ScriptValue.From(7L)]);
        rt.Timers.Schedule("tick", rt.NowMs, 250, repeat: true);
        rt.Timers.Cancel(rt.Timers.Schedule("tick", rt.NowMs, 100, repeat: false));
        rt.Settle();
        Assert.Empty(rt.Log.Entries);
        return rt;
    }

    [Fact]
    public void TheBusyAppReallyHasTheStateTheTestsRelyOn()
    {
        var rt = Busy();
        Assert.Equal("Count: 2, Adabc, 0.75, true", rt.Text("label"));
        Assert.Equal("start!", rt.EditorOf(rt.ById("free"))!.Text);
        Assert.Equal(0, rt.EditorOf(rt.ById("free"))!.Caret);
        Assert.Equal((5, 4), (rt.EditorOf(rt.ById("name_input"))!.Anchor, rt.EditorOf(rt.ById("name_input"))!.Caret));
        Assert.True(rt.ById("agree").State.HasFlag(InteractionState.Checked));
        Assert.True(rt.ById("r2").State.HasFlag(InteractionState.Checked));
        Assert.False(rt.ById("r1").State.HasFlag(InteractionState.Checked));
        Assert.True(rt.ById("free").State.HasFlag(InteractionState.Hover | InteractionState.Focus));
        Assert.Equal(7, rt.ById("list").ScrollY);
        Assert.Equal(2, rt.Timers.Pending.Count);
    }

    [Fact]
    public void ARestoredRuntimeHasTheSameSnapshotAndShowsTheSame()
    {
        var original = Busy();
        var copy = original.RestoredCopy();

        Assert.Equal(original.Json(), copy.Json());
        Assert.Equal(original.TakeSnapshot(), copy.TakeSnapshot());
        var expected = original.Commands();
        var actual = copy.Commands();
        Assert.True(expected.SequenceEqual(actual), SnapshotTestKit.FirstDifference(expected, actual));
        Assert.Equal(original.DisplayList.Background, copy.DisplayList.Background);
        Assert.Empty(copy.Log.Entries);
    }

    [Fact]
    public void ARuntimePreparedForSnapshotsAtLoadTakesTheSameSnapshot()
    {
        // The baseline kept while loading is the one loading the document again gives.
        var prepared = Busy(prepareSnapshots: true);
        Assert.Equal(Busy().Json(), prepared.Json());
        Assert.Equal(prepared.Json(), prepared.RestoredCopy().Json());
    }

    [Fact]
    public void ARestoredRuntimeBehavesTheSameOnTheNextInput()
    {
        var original = Busy();
        var copy = original.RestoredCopy();
        foreach (var rt in new[] { original, copy })
        {
            rt.Type("X");
            rt.Key("Tab");
            rt.Click("inc");
            rt.Enqueue(new PointerMoveEvent(1, 1));
            rt.RunFrame(rt.NowMs + 600);
        }

        Assert.Equal(original.Json(), copy.Json());
        Assert.True(original.Commands().SequenceEqual(copy.Commands()), SnapshotTestKit.FirstDifference(original.Commands(), copy.Commands()));
        Assert.Equal(original.Timers.Schedule("tick", original.NowMs, 1, false), copy.Timers.Schedule("tick", copy.NowMs, 1, false));
    }

    [Fact]
    public void TheJsonSaysWhatChangedInPlainValues()
    {
        string json = Busy().Json();

        Assert.Contains("\"count\": 2", json);
        Assert.Contains("\"ratio\": 0.75", json);
        Assert.Contains("\"tint\": \"#FF000080\"", json);
        Assert.Contains("\"$kry\": \"[1, \\\"two\\\"]\"", json);
        Assert.Contains("\"Card#second\"", json);
        Assert.Contains("\"title\": \"Changed\"", json);
        Assert.Contains("\"focus\": \"free\"", json);
        Assert.Contains("\"$element\"", json);
        Assert.Contains("\"$float\": \"NaN\"", json);
        Assert.Contains("\"$object\"", json);
        Assert.Contains("\"remainingMs\": ", json);
        // Values bindings compute are not stored: the label's text follows from the variables.
        Assert.DoesNotContain("Count: 2", json);
    }

    [Fact]
    public void ASnapshotOfVariablesAloneSetsABoundInputThroughItsBinding()
    {
        var rt = SnapshotTestKit.Start();
        var snapshot = new RuntimeSnapshot
        {
            Variables = new Dictionary<string, SnapshotVariable> { ["name"] = new(new StringLiteral("Ada L."), IsAny: false) },
        };
        Assert.True(rt.RestoreSnapshot(snapshot), string.Join("\n", rt.Log.Entries));
        rt.Settle();
        Assert.Equal("Ada L.", rt.Text("name_input"));
        rt.Click("name_input");
        rt.Key("End");
        rt.Type("!");
        Assert.Equal("Ada L.!", ((StringLiteral)rt.State.GetVariable("name")!).Value);
    }

    [Fact]
    public void AFreshAppHasNoElementDifferences()
    {
        var snapshot = SnapshotTestKit.Start().TakeSnapshot();

        Assert.Empty(snapshot.Elements);
        Assert.Empty(snapshot.Inputs);
        Assert.Empty(snapshot.Timers);
        Assert.Null(snapshot.Focus);
        Assert.Equal(["Card#first", "Card#second"], snapshot.Components.Keys.Order());
    }

    [Fact]
    public void RestoringAFreshSnapshotUndoesEverything()
    {
        var fresh = SnapshotTestKit.Start();
        var snapshot = fresh.TakeSnapshot();
        var busy = Busy();

        Assert.True(busy.RestoreSnapshot(snapshot));
        busy.RunFrame(busy.NowMs);

        // Variables a script created stay (nothing deletes a variable), so compare without them.
        var restored = busy.TakeSnapshot();
        Assert.Equal(
            SnapshotJson.Write(snapshot),
            SnapshotJson.Write(restored with { Variables = restored.Variables.Where(v => snapshot.Variables.ContainsKey(v.Key)).ToDictionary(), Stores = snapshot.Stores }));
        Assert.True(fresh.Commands().SequenceEqual(busy.Commands()), SnapshotTestKit.FirstDifference(fresh.Commands(), busy.Commands()));
    }

    [Fact]
    public void TimersContinueFromTheSnapshotsClock()
    {
        var original = Busy();
        var copy = original.RestoredCopy();
        Assert.Equal(original.NowMs, copy.NowMs);
        Assert.Equal(original.Timers.Pending.Select(Describe), copy.Timers.Pending.Select(Describe));
        Assert.Equal(original.Timers.NextId, copy.Timers.NextId);
    }

    private static string Describe(Kryon.Runtime.Frames.ScheduledTimer t) => $"{t.Id} {t.FunctionName} {t.DueMs} {t.IntervalMs} [{string.Join(", ", t.Arguments)}]";

    [Fact]
    public void ElementsWithoutAUniqueIdAreKeyedByHandle()
    {
        var rt = SnapshotTestKit.Start();
        var unnamed = rt.Tree.Elements.First(e => e.Id is null && e.Is(ElementKind.Text));
        unnamed.SetScriptValue(Props.TextColor, new ColorValue(new Color(1, 2, 3, 255)));

        var snapshot = rt.TakeSnapshot();

        var key = Assert.Single(snapshot.Elements).Key;
        Assert.Equal("@" + unnamed.Handle, key);
        var copy = rt.RestoredCopy();
        Assert.Equal(new ColorValue(new Color(1, 2, 3, 255)), copy.Tree.GetByHandle(unnamed.Handle)!.Get(Props.TextColor));
    }

    [Fact]
    public void NestedComponentInstancesAreKeyedByTheirPath()
    {
        const string source = """
            Define Badge {
                Properties { n: Int = 0 }
                Text { text: "n=$n"; height: 16 }
            }
            Define Row {
                Properties { label: String = "" }
                Container {
                    layout: row
                    Text { text: $label; width: 80; height: 16 }
                    Badge { n: 5 }
                }
            }
            App {
                layout: column
                Row { label: "a" }
                Row { label: "b" }
            }
            """;
        var rt = AppTestKit.Start(source);
        var scopes = SnapshotKeys.ForScopes(rt.State.Globals);
        Assert.Equal(4, scopes.Select(s => s.Key).Distinct().Count());
        var secondBadge = scopes.Where(s => s.Key.Contains("/Badge", StringComparison.Ordinal)).Last();
        rt.State.Set(secondBadge.Scope, "n", new NumberLiteral(9, true));
        rt.Settle();
        string json = rt.Json();

        var copy = AppTestKit.Start(source);
        Assert.True(copy.RestoreSnapshot(SnapshotJson.Read(json, copy.Log)!));
        copy.RunFrame(copy.NowMs);

        Assert.Equal(json, copy.Json());
        Assert.Contains(copy.Tree.Elements, e => ElementText.Displayed(e) == "n=9");
        Assert.True(rt.Commands().SequenceEqual(copy.Commands()));
    }
}

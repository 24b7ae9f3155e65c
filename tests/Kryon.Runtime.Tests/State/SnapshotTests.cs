using Kryon.Runtime.Scripting;
using Kryon.Runtime.State;
using Kryon.Values;
using static Kryon.Runtime.Tests.State.StateTestKit;

namespace Kryon.Runtime.Tests.State;

public class SnapshotTests
{
    private static StateManager Populated()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "count", Int(42));
        state.Declare(state.Globals, "ratio", Float(0.25));
        state.Declare(state.Globals, "gap", new NumberLiteral(10, true, "px"));
        state.Declare(state.Globals, "on", Bool(true));
        state.Declare(state.Globals, "tint", new ColorLiteral(new Color(1, 2, 3, 4)));
        state.Declare(state.Globals, "name", Str("say \"$hi\"\n"));
        state.SetVariable("loose", Str("a \"quoted\" $thing"));
        state.SetVariable("looseNumber", new NumberLiteral(-3, true, "em"));
        state.SetVariable("looseList", new ListLiteral([Int(1), Str("two")]));
        state.CreateStore("cart", new Dictionary<string, ScriptValue>
        {
            ["items"] = ScriptValue.From(2L),
            ["tags"] = ScriptValue.Array([ScriptValue.From("a"), ScriptValue.From(1.5)]),
        });
        state.Flush();
        return state;
    }

    [Fact]
    public void ASnapshotRestoredIntoAFreshManagerGivesTheSameState()
    {
        var original = Populated();
        var snapshot = original.TakeSnapshot();
        var (copy, log) = NewState();

        copy.Restore(snapshot);

        Assert.Empty(log.Entries);
        foreach (var (name, slot) in original.GlobalVariables)
        {
            var restored = copy.Globals.FindLocal(name);
            Assert.NotNull(restored);
            Assert.Equal(slot.Type, restored.Type);
            Assert.True(LiteralEquality.Equal(slot.Value, restored.Value), $"{name}: {slot.Value.Describe()} vs {restored.Value.Describe()}");
        }
        Assert.Equal(original.GetStore("cart")!.State.OrderBy(kv => kv.Key), copy.GetStore("cart")!.State.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void SnapshotsHoldPlainText()
    {
        var snapshot = Populated().TakeSnapshot();

        Assert.Equal(new VariableSnapshot(VariableType.Int, "42"), snapshot.Globals["count"]);
        Assert.Equal(new VariableSnapshot(VariableType.Float, "10px"), snapshot.Globals["gap"]);
        Assert.Equal(new VariableSnapshot(VariableType.Color, "#01020304"), snapshot.Globals["tint"]);
        Assert.Equal(new VariableSnapshot(VariableType.Any, "\"a \\\"quoted\\\" \\$thing\""), snapshot.Globals["loose"]);
    }

    [Fact]
    public void RestoringGoesThroughTheNormalPathSoBindingsAndWatchersFollowAtTheFlush()
    {
        var state = Populated();
        var snapshot = state.TakeSnapshot();
        var text = new Recorder();
        state.Bind(state.Globals, "\"n=$count\"", text.Apply, "Text#n.text");
        var heard = new List<VariableChange>();
        state.Watch("count", heard.Add);
        state.SetVariable("count", Int(7));
        state.SetStoreField("cart", "items", ScriptValue.From(9L));
        state.Flush();

        state.Restore(snapshot);
        Assert.Equal("n=7", text.Last);
        state.Flush();

        Assert.Equal("n=42", text.Last);
        Assert.Equal("42", TextOf(heard[^1].NewValue));
        Assert.Equal(2L, state.GetStore("cart")!.Get("items").AsInt());
    }

    [Fact]
    public void UnreadableSnapshotTextIsReportedAndSkipped()
    {
        var (state, log) = NewState();
        state.Declare(state.Globals, "count", Int(1));
        var snapshot = new StateSnapshot(
            new Dictionary<string, VariableSnapshot> { ["count"] = new(VariableType.Int, "many") },
            new Dictionary<string, IReadOnlyDictionary<string, ScriptValue>>());

        state.Restore(snapshot);

        Assert.Contains(log.Entries, d => d.Code == 2203);
        Assert.Equal("1", TextOf(state.GetVariable("count")));
    }
}

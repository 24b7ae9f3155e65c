using Kryon.Runtime.Scripting;
using Kryon.Runtime.State;
using static Kryon.Runtime.Tests.State.StateTestKit;

namespace Kryon.Runtime.Tests.State;

public class StoreTests
{
    private static Dictionary<string, ScriptValue> Fields(params (string Name, ScriptValue Value)[] fields)
        => fields.ToDictionary(f => f.Name, f => f.Value);

    private static (StateManager, Kryon.Runtime.Diagnostics.RuntimeLog, FakeScriptFunctions) CartStore()
    {
        var (state, log) = NewState();
        state.CreateStore("cart", Fields(("items", ScriptValue.From(0L)), ("owner", ScriptValue.From("ada"))));
        state.RegisterAction("cart", "add", "cart_add");
        var scripts = new FakeScriptFunctions().Define("cart_add", args =>
        {
            var current = args[0].AsObject();
            return ScriptValue.Object(Fields(("items", ScriptValue.From(current["items"].AsInt() + args[1].AsInt()))));
        });
        return (state, log, scripts);
    }

    [Fact]
    public void DispatchCallsTheActionWithStateAndPayloadAndReplacesTheFieldsItReturns()
    {
        var (state, log, scripts) = CartStore();

        var result = state.Dispatch("cart", "add", ScriptValue.From(3L), scripts);

        Assert.True(result.Succeeded);
        var (name, args) = Assert.Single(scripts.Calls);
        Assert.Equal("cart_add", name);
        Assert.Equal(ScriptValueKind.Object, args[0].Kind);
        Assert.Equal(3L, args[1].AsInt());
        var store = state.GetStore("cart")!;
        Assert.Equal(3L, store.Get("items").AsInt());
        Assert.Equal("ada", store.Get("owner").AsString());
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void SubscribersHearOncePerChangedFieldPerFlush()
    {
        var (state, _, scripts) = CartStore();
        var heard = new List<StoreChange>();
        state.Subscribe("cart", heard.Add);

        state.Dispatch("cart", "add", ScriptValue.From(1L), scripts);
        state.Dispatch("cart", "add", ScriptValue.From(2L), scripts);
        state.SetStoreField("cart", "owner", ScriptValue.From("grace"));
        Assert.Empty(heard);
        state.Flush();

        Assert.Equal(2, heard.Count);
        var items = heard.Single(c => c.Field == "items");
        Assert.Equal(0L, items.OldValue.AsInt());
        Assert.Equal(3L, items.NewValue.AsInt());
        Assert.Equal("grace", heard.Single(c => c.Field == "owner").NewValue.AsString());

        state.Flush();
        Assert.Equal(2, heard.Count);
    }

    [Fact]
    public void AFieldThatReturnsToItsValueIsNotReported()
    {
        var (state, _, _) = CartStore();
        int calls = 0;
        state.Subscribe("cart", _ => calls++);

        state.SetStoreField("cart", "owner", ScriptValue.From("x"));
        state.SetStoreField("cart", "owner", ScriptValue.From("ada"));
        state.Flush();

        Assert.Equal(0, calls);
    }

    [Fact]
    public void AMissingStoreOrActionIsReportedAs2207()
    {
        var (state, log, scripts) = CartStore();

        var noStore = state.Dispatch("crat", "add", ScriptValue.Null, scripts);
        var noAction = state.Dispatch("cart", "remove", ScriptValue.Null, scripts);

        Assert.Equal(2207, noStore.Error!.Code);
        Assert.Contains("did you mean 'cart'", noStore.Error.Suggestions[0]);
        Assert.Equal(2207, noAction.Error!.Code);
        Assert.Empty(scripts.Calls);
        Assert.Equal(2, log.Entries.Count(d => d.Code == 2207));
        Assert.False(state.SetStoreField("nope", "a", ScriptValue.Null));
        Assert.False(state.RegisterAction("nope", "a", "f"));
    }

    [Fact]
    public void AFailingActionIsReportedAndLeavesTheStateAlone()
    {
        var (state, log, _) = CartStore();
        var scripts = new FakeScriptFunctions().Define("cart_add", _ => throw new InvalidOperationException("bad payload"));

        var result = state.Dispatch("cart", "add", ScriptValue.From("x"), scripts);

        Assert.False(result.Succeeded);
        Assert.Contains(log.Entries, d => d.Code == 2302 && d.Message.Contains("bad payload"));
        Assert.Equal(0L, state.GetStore("cart")!.Get("items").AsInt());
        Assert.False(state.HasPendingChanges);
    }

    [Fact]
    public void AnActionReturningNothingChangesNothing()
    {
        var (state, _, _) = CartStore();
        var scripts = new FakeScriptFunctions().Define("cart_add", _ => ScriptValue.Null);

        Assert.True(state.Dispatch("cart", "add", ScriptValue.Null, scripts).Succeeded);
        Assert.False(state.HasPendingChanges);
    }

    [Fact]
    public void StoreAndVariableChangesShareTheFlush()
    {
        var (state, _, scripts) = CartStore();
        state.Declare(state.Globals, "badge", Int(0));
        // A subscriber mirrors the store field into a variable, which a binding shows.
        state.Subscribe("cart", c => { if (c.Field == "items") state.SetVariable("badge", c.NewValue.ToLiteral()!); });
        var text = new Recorder();
        state.Bind(state.Globals, "\"Cart ($badge)\"", text.Apply, "Text#badge.text");

        state.Dispatch("cart", "add", ScriptValue.From(2L), scripts);
        state.Flush();

        Assert.Equal("Cart (2)", text.Last);
        Assert.False(state.HasPendingChanges);
    }

    [Fact]
    public void AFailingSubscriberIsIsolated()
    {
        var (state, log, _) = CartStore();
        var heard = new List<string>();
        state.Subscribe("cart", _ => throw new InvalidOperationException("oops"));
        state.Subscribe("cart", c => heard.Add(c.Field));

        state.SetStoreField("cart", "owner", ScriptValue.From("zed"));
        state.Flush();

        Assert.Equal(["owner"], heard);
        Assert.Contains(log.Entries, d => d.Code == 2302);
    }
}

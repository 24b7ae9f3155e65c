using Kryon.Runtime.State;
using Kryon.Values;
using static Kryon.Runtime.Tests.State.StateTestKit;

namespace Kryon.Runtime.Tests.State;

public class WatcherTests
{
    [Fact]
    public void AWatcherHearsTheValueBeforeTheBatchAndTheFinalValueOncePerFlush()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "count", Int(0));
        var heard = new List<VariableChange>();
        state.Watch("count", heard.Add);

        state.SetVariable("count", Int(1));
        state.SetVariable("count", Int(2));
        state.SetVariable("count", Int(3));
        Assert.Empty(heard);
        state.Flush();

        var change = Assert.Single(heard);
        Assert.Equal("count", change.Name);
        Assert.Equal("0", TextOf(change.OldValue));
        Assert.Equal("3", TextOf(change.NewValue));

        state.SetVariable("count", Int(4));
        state.Flush();
        Assert.Equal("3", TextOf(heard[1].OldValue));
        Assert.Equal("4", TextOf(heard[1].NewValue));
    }

    [Fact]
    public void AWatcherIsNotCalledWhenTheValueReturnsToWhatItWas()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "mode", Str("idle"));
        int calls = 0;
        state.Watch("mode", _ => calls++);

        state.SetVariable("mode", Str("busy"));
        state.SetVariable("mode", Str("idle"));
        state.Flush();

        Assert.Equal(0, calls);
    }

    [Fact]
    public void AWatcherOfAVariableCreatedBySettingHearsNoOldValue()
    {
        var (state, _) = NewState();
        var heard = new List<VariableChange>();
        state.Watch("late", heard.Add);

        state.SetVariable("late", Str("here"));
        state.Flush();

        var change = Assert.Single(heard);
        Assert.Null(change.OldValue);
        Assert.Equal("here", TextOf(change.NewValue));
    }

    [Fact]
    public void ChangesMadeByAWatcherAreProcessedInTheSameFlush()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "celsius", Int(0));
        state.Declare(state.Globals, "fahrenheit", Int(32));
        state.Watch("celsius", c => state.SetVariable("fahrenheit", Int((long)(((NumberLiteral)c.NewValue).Value * 9 / 5 + 32))));
        var text = new Recorder();
        state.Bind(state.Globals, "\"$fahrenheit F\"", text.Apply, "Text#f.text");

        state.SetVariable("celsius", Int(100));
        Assert.Equal(1, state.Flush());

        Assert.Equal("212 F", text.Last);
        Assert.False(state.HasPendingChanges);
    }

    [Fact]
    public void AWatcherCycleStopsAfterTheRoundLimitWithA2206()
    {
        var (state, log) = NewState();
        state.Declare(state.Globals, "ping", Int(0));
        state.Declare(state.Globals, "pong", Int(0));
        int calls = 0;
        state.Watch("ping", c => { calls++; state.SetVariable("pong", Int((long)((NumberLiteral)c.NewValue).Value + 1)); });
        state.Watch("pong", c => { calls++; state.SetVariable("ping", Int((long)((NumberLiteral)c.NewValue).Value + 1)); });

        state.SetVariable("ping", Int(1));
        state.Flush();

        Assert.Equal(StateManager.MaxRounds, calls);
        var loop = Assert.Single(log.Entries, d => d.Code == 2206);
        Assert.Contains("p", loop.Message);
        Assert.False(state.HasPendingChanges);
        Assert.Equal(0, state.Flush());
    }

    [Fact]
    public void AFailingWatcherIsReportedAndTheOthersStillRun()
    {
        var (state, log) = NewState();
        state.Declare(state.Globals, "n", Int(0));
        var heard = new List<string>();
        state.Watch("n", _ => heard.Add("first"));
        state.Watch("n", _ => throw new InvalidOperationException("watcher broke"));
        state.Watch("n", _ => heard.Add("third"));

        state.SetVariable("n", Int(1));
        state.Flush();

        Assert.Equal(["first", "third"], heard);
        Assert.Contains(log.Entries, d => d.Code == 2302 && d.Message.Contains("watcher broke"));
    }

    [Fact]
    public void AWatcherCanStopWatchingWhileBeingNotified()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "n", Int(0));
        var heard = new List<string>();
        IDisposable? first = null;
        first = state.Watch("n", _ => { heard.Add("first"); first!.Dispose(); });
        state.Watch("n", _ => heard.Add("second"));

        state.SetVariable("n", Int(1));
        state.Flush();
        state.SetVariable("n", Int(2));
        state.Flush();

        Assert.Equal(["first", "second", "second"], heard);
    }

    [Fact]
    public void ComponentScopeVariablesDoNotReachGlobalWatchers()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "title", Str("g"));
        var scope = state.CreateScope(state.Globals, "Card#1");
        state.Declare(scope, "title", Str("c"));
        int calls = 0;
        state.Watch("title", _ => calls++);

        state.Set(scope, "title", Str("changed"));
        state.Flush();

        Assert.Equal(0, calls);
    }

    [Fact]
    public void AFlushCalledFromAWatcherDoesNothingAndTheOuterFlushFinishesTheWork()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "a", Int(0));
        state.Declare(state.Globals, "b", Int(0));
        var text = new Recorder();
        state.Bind(state.Globals, "$b", text.Apply, "T");
        int inner = -1;
        state.Watch("a", _ => { state.SetVariable("b", Int(1)); inner = state.Flush(); });

        state.SetVariable("a", Int(1));
        state.Flush();

        Assert.Equal(0, inner);
        Assert.Equal("1", text.Last);
    }
}

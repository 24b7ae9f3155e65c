using Kryon.Runtime.State;
using Kryon.Values;
using static Kryon.Runtime.Tests.State.StateTestKit;

namespace Kryon.Runtime.Tests.State;

public class BindingTests
{
    [Fact]
    public void ABindingAppliesItsInitialValueAtOnce()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "count", Int(3));
        var text = new Recorder();

        var binding = state.Bind(state.Globals, "\"Count: $count\"", text.Apply, "Text#counter.text");

        Assert.Equal(["Count: 3"], text.Applied);
        Assert.Equal("Count: 3", TextOf(binding.LastValue));
        Assert.Same(state.Globals.FindLocal("count"), Assert.Single(binding.Dependencies));
    }

    [Fact]
    public void AStringTemplateUpdatesAtTheFlushNotBefore()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "count", Int(0));
        var text = new Recorder();
        state.Bind(state.Globals, "\"Count: $count\"", text.Apply, "Text#counter.text");

        state.SetVariable("count", Int(5));

        Assert.Equal("5", TextOf(state.GetVariable("count"))); // reads see the new value at once
        Assert.Equal("Count: 0", text.Last);
        Assert.True(state.HasPendingChanges);

        Assert.Equal(1, state.Flush());
        Assert.Equal("Count: 5", text.Last);
        Assert.False(state.HasPendingChanges);
    }

    [Theory]
    [InlineData("$status", "ready")]
    [InlineData("$spacing * 2", "20")]
    [InlineData("$a > 2 ? \"#F00\" : \"#0F0\"", "#F00")]
    [InlineData("!$enabled", "false")]
    [InlineData("\"Hi ${name}!\"", "Hi Ada!")]
    public void ExpressionsOfEveryKindAreEvaluated(string expression, string expected)
    {
        var (state, log) = NewState();
        state.Declare(state.Globals, "status", Str("ready"));
        state.Declare(state.Globals, "spacing", Int(10));
        state.Declare(state.Globals, "a", Int(3));
        state.Declare(state.Globals, "enabled", Bool(true));
        state.Declare(state.Globals, "name", Str("Ada"));
        var target = new Recorder();

        state.Bind(state.Globals, expression, target.Apply, "Test.value");

        Assert.Equal(expected, target.Last);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void OnlyTheDependentsOfAChangedVariableAreRecomputed()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "a", Int(1));
        state.Declare(state.Globals, "b", Int(1));
        var onA = new Recorder();
        var onB = new Recorder();
        var onBoth = new Recorder();
        state.Bind(state.Globals, "$a", onA.Apply, "A");
        state.Bind(state.Globals, "$b", onB.Apply, "B");
        state.Bind(state.Globals, "$a + $b", onBoth.Apply, "AB");

        state.SetVariable("a", Int(2));
        int applied = state.Flush();

        Assert.Equal(2, applied);
        Assert.Equal(["1", "2"], onA.Applied);
        Assert.Equal(["1"], onB.Applied);
        Assert.Equal(["2", "3"], onBoth.Applied);
    }

    [Fact]
    public void ABindingWhoseInputsAllChangedIsRecomputedOnce()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "first", Str("Ada"));
        state.Declare(state.Globals, "last", Str("Lovelace"));
        var name = new Recorder();
        state.Bind(state.Globals, "\"$first $last\"", name.Apply, "Text#name.text");

        state.SetVariable("first", Str("Grace"));
        state.SetVariable("last", Str("Hopper"));
        state.SetVariable("first", Str("Grace")); // again: still one change
        Assert.Equal(1, state.Flush());

        Assert.Equal(["Ada Lovelace", "Grace Hopper"], name.Applied);
    }

    [Fact]
    public void ARecomputationWithTheSameResultDoesNotApplyAgain()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "n", Int(5));
        var colour = new Recorder();
        state.Bind(state.Globals, "$n > 2 ? \"#F00\" : \"#0F0\"", colour.Apply, "Box.background_color");

        state.SetVariable("n", Int(6));
        Assert.Equal(0, state.Flush());
        Assert.Equal(["#F00"], colour.Applied);
    }

    [Fact]
    public void AFailingEvaluationIsReportedAndKeepsThePreviousValue()
    {
        var (state, log) = NewState();
        state.Declare(state.Globals, "label", Str("x"), VariableType.Any);
        var width = new Recorder();
        state.Bind(state.Globals, "$label * 2", width.Apply, "Box.width");
        Assert.Contains(log.Entries, d => d.Code == 1203);
        Assert.Empty(width.Applied);

        state.SetVariable("label", Int(4));
        state.Flush();
        Assert.Equal(["8"], width.Applied);

        log.Clear();
        state.SetVariable("label", Str("wide"));
        Assert.Equal(0, state.Flush());
        Assert.Equal(["8"], width.Applied);
        var report = Assert.Single(log.Entries);
        Assert.Contains("Box.width", report.Notes[0].Message);
    }

    [Fact]
    public void AnExpressionThatDoesNotParseIsReportedAndTheBindingStaysInert()
    {
        var (state, log) = NewState();
        state.Declare(state.Globals, "n", Int(1));
        var target = new Recorder();

        var binding = state.Bind(state.Globals, "$n * (", target.Apply, "Box.width");

        Assert.True(binding.IsInert);
        Assert.NotEmpty(log.Entries);
        state.SetVariable("n", Int(2));
        state.Flush();
        Assert.Empty(target.Applied);
    }

    [Fact]
    public void AnUndefinedNameIsReportedAndTheBindingFollowsOnceItIsSet()
    {
        var (state, log) = NewState();
        var target = new Recorder();

        state.Bind(state.Globals, "\"Hello $who\"", target.Apply, "Text#greeting.text");

        Assert.Contains(log.Entries, d => d.Code == 2204 && d.Message.Contains("$who"));
        Assert.Empty(target.Applied);

        state.SetVariable("who", Str("world"));
        Assert.Equal(1, state.Flush());
        Assert.Equal(["Hello world"], target.Applied);
    }

    [Fact]
    public void AnUnboundBindingIsNoLongerRecomputed()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "n", Int(1));
        var target = new Recorder();
        var binding = state.Bind(state.Globals, "$n", target.Apply, "T");

        binding.Dispose();
        state.SetVariable("n", Int(2));

        Assert.Equal(0, state.Flush());
        Assert.Equal(["1"], target.Applied);
        Assert.Equal(0, state.Globals.FindLocal("n")!.DependentCount);
    }

    [Fact]
    public void AThrowingApplyIsReportedAndOtherBindingsStillRun()
    {
        var (state, log) = NewState();
        state.Declare(state.Globals, "n", Int(1));
        bool armed = false;
        state.Bind(state.Globals, "$n", _ => { if (armed) throw new InvalidOperationException("boom"); }, "Bad");
        var good = new Recorder();
        state.Bind(state.Globals, "$n", good.Apply, "Good");

        armed = true;
        state.SetVariable("n", Int(2));
        state.Flush();

        Assert.Equal("2", good.Last);
        Assert.Contains(log.Entries, d => d.Code == 2203 && d.Message.Contains("boom"));
    }

    [Fact]
    public void AnIdleFlushDoesNothingAndAllocatesNothing()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "n", Int(1));
        state.Bind(state.Globals, "$n", _ => { }, "T");
        state.SetVariable("n", Int(2));
        state.Flush();

        state.Flush(); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        int applied = 0;
        for (int i = 0; i < 1000; i++) applied += state.Flush();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, applied);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ARecomputationAllocatesLittle()
    {
        // Steady state after warm-up: the evaluator's own result and nothing proportional to the number of bindings.
        var (state, _) = NewState();
        state.Declare(state.Globals, "n", Int(0));
        for (int i = 0; i < 100; i++) state.Bind(state.Globals, "$n + 1", _ => { }, "T" + i);
        for (int i = 1; i < 5; i++) { state.SetVariable("n", Int(i)); state.Flush(); }

        long before = GC.GetAllocatedBytesForCurrentThread();
        state.SetVariable("n", Int(99));
        Assert.Equal(100, state.Flush());
        long perBinding = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        Assert.True(perBinding < 512, $"{perBinding} bytes per recomputed binding");
    }
}

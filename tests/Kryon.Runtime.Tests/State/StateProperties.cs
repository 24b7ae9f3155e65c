using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.State;
using Kryon.Values;
using static Kryon.Runtime.Tests.State.StateTestKit;

namespace Kryon.Runtime.Tests.State;

/// <summary>Invariants of batching over random sequences of writes (FsCheck).</summary>
public class StateProperties
{
    private static readonly string[] Names = ["i0", "i1", "s0", "s1"];

    private static readonly string[] InitialValues = ["1", "2", "a", "b"];

    private static readonly string[] Expressions =
    [
        "\"$s0-$i0\"",
        "$i0 + $i1",
        "$i1 > 2 ? $s0 : $s1",
        "\"${s1}${i1}\"",
    ];

    /// <summary>One write: a variable and a value, for an Int sometimes as text ("4", or "x" which is rejected).</summary>
    public sealed record Write(int Variable, int Value, int Form)
    {
        public string Name => Names[Variable];

        public Literal Literal => Variable < 2
            ? Form switch { 0 => Int(Value), 1 => Str(Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), _ => Str("x") }
            : Str("s" + Value);

        public override string ToString() => $"{Name}={Literal.Describe()}";
    }

    private static readonly Gen<Write> Writes =
        from variable in Gen.Choose(0, 3)
        from value in Gen.Choose(-2, 5)
        from form in Gen.Frequency((6, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
        select new Write(variable, value, form);

    private static readonly Arbitrary<Write[]> Sequences = Arb.From(
        from n in Gen.Choose(0, 12)
        from writes in Gen.ArrayOf(Writes, n)
        select writes);

    /// <summary>
    /// Globals, global bindings, and a component instance whose `p` is bound to `$i0 * 2` and
    /// shown by a template binding — every path a change can take in a flush.
    /// </summary>
    private sealed class World
    {
        public readonly StateManager State;
        public readonly Recorder[] Targets = new Recorder[Expressions.Length + 1];
        public readonly Binding[] Bindings = new Binding[Expressions.Length + 1];
        public readonly Dictionary<string, string> Watched = [];
        public readonly ReactiveScope Instance;
        public int Calls;

        public World()
        {
            (State, _) = NewState();
            State.Declare(State.Globals, "i0", Int(1));
            State.Declare(State.Globals, "i1", Int(2));
            State.Declare(State.Globals, "s0", Str("a"));
            State.Declare(State.Globals, "s1", Str("b"));
            for (int i = 0; i < Expressions.Length; i++) Bindings[i] = BindCounted(State.Globals, Expressions[i], i);
            var instance = Instance = State.CreateScope(State.Globals, "Widget#1");
            State.Declare(instance, "p", Int(0));
            State.BindArgument(instance, "p", "$i0 * 2", "Widget#1.p");
            Bindings[^1] = BindCounted(instance, "\"$p/$s0\"", Expressions.Length);
            foreach (var name in Names) State.Watch(name, c => { Calls++; Watched[c.Name] = TextOf(c.NewValue); });
        }

        private Binding BindCounted(ReactiveScope scope, string expression, int index)
        {
            var recorder = Targets[index] = new Recorder();
            return State.Bind(scope, expression, value => { Calls++; recorder.Apply(value); }, "T" + index);
        }

        public void Apply(Write write) => State.SetVariable(write.Name, write.Literal);

        public string[] Shown => Targets.Select(t => t.Last ?? "<none>").ToArray();

        public string[] Values => Names.Select(n => TextOf(State.GetVariable(n))).ToArray();
    }

    [Fact]
    public void OneFlushAfterManyWritesShowsWhatFlushingAfterEachWriteShows()
    {
        Prop.ForAll(Sequences, writes =>
        {
            var batched = new World();
            var stepwise = new World();
            foreach (var write in writes)
            {
                batched.Apply(write);
                stepwise.Apply(write);
                stepwise.State.Flush();
            }
            batched.State.Flush();
            // Watchers of the batch hear each variable that ended elsewhere than it started, with its final value.
            bool watchersAgree = Names.Select((name, i) => (name, i)).All(v =>
                batched.Watched.TryGetValue(v.name, out var heard)
                    ? heard == batched.Values[v.i]
                    : batched.Values[v.i] == InitialValues[v.i]);
            return batched.Shown.SequenceEqual(stepwise.Shown)
                && batched.Values.SequenceEqual(stepwise.Values)
                && watchersAgree;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnIdleFlushReturnsZeroAndCallsNothing()
    {
        Prop.ForAll(Sequences, writes =>
        {
            var world = new World();
            foreach (var write in writes) world.Apply(write);
            world.State.Flush();
            int calls = world.Calls;
            return world.State.Flush() == 0 && world.Calls == calls && !world.State.HasPendingChanges;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AfterAFlushEveryBindingShowsItsExpressionEvaluatedNow()
    {
        Prop.ForAll(Sequences, writes =>
        {
            var world = new World();
            foreach (var write in writes) world.Apply(write);
            world.State.Flush();
            return world.Bindings.All(binding =>
            {
                var fresh = new Recorder();
                var now = world.State.Bind(binding.Scope, binding.ExpressionText, fresh.Apply, "check");
                now.Dispose();
                return fresh.Last == TextOf(binding.LastValue);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void EachBindingIsAppliedAtMostOncePerFlush()
    {
        Prop.ForAll(Sequences, writes =>
        {
            var world = new World();
            var argument = world.Instance.FindLocal("p")!;
            int[] before = world.Targets.Select(t => t.Applied.Count).ToArray();
            int argumentBefore = argument.Version;
            foreach (var write in writes) world.Apply(write);
            int applied = world.State.Flush();
            int[] after = world.Targets.Select(t => t.Applied.Count).ToArray();
            int argumentApplied = argument.Version - argumentBefore; // the argument binding's apply writes `p`
            return after.Zip(before, (a, b) => a - b).All(d => d <= 1)
                && argumentApplied <= 1
                && applied == after.Sum() - before.Sum() + argumentApplied;
        }).QuickCheckThrowOnFailure();
    }
}

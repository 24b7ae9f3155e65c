using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Events;
using Kryon.Runtime.Tests.App;
using Kryon.Values;

namespace Kryon.Runtime.Tests.Snapshots;

/// <summary>Snapshots over random sessions (FsCheck): whatever the user did, a restored copy is the same.</summary>
public class SnapshotProperties
{
    private static readonly string[] Clickable = ["inc", "name_input", "free", "agree", "r1", "r2", "label", "list"];

    private static readonly string[] Keys = ["Tab", "ArrowLeft", "ArrowRight", "Backspace", "Home", "Escape", "Enter", " "];

    private static readonly string[] Texts = ["a", "é", "🎉", "x y", "👩‍👩‍👧"];

    /// <summary>One thing a user (or a script) does; <see cref="Value"/> picks among the options of its kind.</summary>
    public sealed record Step(int Kind, int Value, bool Shift)
    {
        public void Run(KryonRuntime rt)
        {
            switch (Kind)
            {
                case 0: rt.Click(Clickable[Value % Clickable.Length]); break;
                case 1: rt.Type(Texts[Value % Texts.Length]); break;
                case 2: rt.Key(Keys[Value % Keys.Length], Shift ? KeyModifiers.Shift : KeyModifiers.None); break;
                case 3:
                    var target = Value % 3 == 0 ? null : rt.ById(Clickable[Value % Clickable.Length]);
                    rt.SetFocus(target);
                    rt.Settle();
                    break;
                case 4:
                    rt.State.SetVariable(Value % 2 == 0 ? "count" : "name", Value % 2 == 0 ? new NumberLiteral(Value, true) : new StringLiteral("n" + Value));
                    rt.Settle();
                    break;
                case 5:
                    var list = rt.ById("list").ScreenBox;
                    rt.Enqueue(new WheelEvent(list.X + 3, list.Y + 3, 0, Shift ? -15 : 15));
                    rt.Settle();
                    break;
                case 6:
                    rt.Timers.Schedule("tick", rt.NowMs, Value * 10, repeat: Shift);
                    rt.RunFrame(rt.NowMs + 40);
                    break;
                default:
                    rt.Enqueue(new PointerMoveEvent(Value * 13 % 400, Value * 29 % 600));
                    rt.Settle();
                    break;
            }
        }

        public override string ToString() => $"{Kind}:{Value}{(Shift ? "+shift" : "")}";
    }

    private static readonly Arbitrary<Step[]> Sessions = Arb.From(
        from n in Gen.Choose(0, 12)
        from steps in Gen.ArrayOf(
            from kind in Gen.Choose(0, 7)
            from value in Gen.Choose(0, 40)
            from shift in Gen.Elements(true, false)
            select new Step(kind, value, shift), n)
        select steps);

    [Fact]
    public void ARestoredCopyHasTheSameSnapshotAndDisplay()
    {
        Prop.ForAll(Sessions, steps =>
        {
            var rt = SnapshotTestKit.Start();
            foreach (var step in steps) step.Run(rt);
            var copy = rt.RestoredCopy();
            return rt.Json() == copy.Json() && rt.Commands().SequenceEqual(copy.Commands());
        }).QuickCheckThrowOnFailure();
    }
}

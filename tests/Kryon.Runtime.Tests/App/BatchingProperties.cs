using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Layout;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// Batching is invisible (FsCheck): a random sequence of variable sets applied in one frame leaves
/// an app exactly as applying them one at a time with a frame after each — same texts, variable
/// values and layout boxes — including sets a typed variable rejects.
/// </summary>
public class BatchingProperties
{
    /// <summary>
    /// Bound texts in a row (a set changes the widths and moves the siblings), a template mixing
    /// three variables, a bound width, a conditional visibility, and a component whose argument is
    /// bound to a global.
    /// </summary>
    private const string App = """
        @variables { count: Int = 0; name: String = "Ada"; size: Int = 40; shown: Bool = true; ratio: Float = 1.5 }
        Define Badge {
            Properties { caption: String = "?" }
            Container { layout: row; gap: 2
                Text { text: "[$caption]" }
            }
        }
        App { layout: column; gap: 3
            Container { id: "row"; layout: row; gap: 5
                Text { id: "count"; text: "n=$count" }
                Text { id: "name"; text: $name }
                Text { id: "mixed"; text: "${name}:${count}/${ratio}" }
            }
            Container { id: "bar"; width: $size; height: 10 }
            Text { id: "maybe"; text: "visible"; visibility: $shown }
            Badge { id: "badge"; caption: $name }
            Text { id: "after"; text: "end" }
        }
        """;

    private static readonly string[] Ids = ["row", "count", "name", "mixed", "bar", "maybe", "badge", "after"];

    private static readonly string[] Variables = ["count", "name", "size", "shown", "ratio"];

    /// <summary>One set: a variable and a value of a random kind (often the right one, sometimes text, sometimes wrong).</summary>
    public sealed record Set(int Variable, int Value, int Kind)
    {
        public string Name => Variables[Variable];

        public Literal Literal => Kind switch
        {
            0 => Variables[Variable] switch
            {
                "count" or "size" => new NumberLiteral(Value, true),
                "ratio" => new NumberLiteral(Value / 4.0, false),
                "shown" => new BoolLiteral(Value % 2 == 0),
                _ => new StringLiteral(new string('x', Math.Abs(Value) % 6) + Value.ToString(CultureInfo.InvariantCulture)),
            },
            1 => new StringLiteral(Value.ToString(CultureInfo.InvariantCulture)), // text: accepted where it reads as the type
            _ => new BoolLiteral(true), // rejected by the numbers (2205); a String takes it as "true"
        };

        public override string ToString() => $"{Name}={Literal.Describe()}";
    }

    private static readonly Gen<Set> Sets =
        from variable in Gen.Choose(0, Variables.Length - 1)
        from value in Gen.Choose(0, 120)
        from kind in Gen.Frequency((6, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
        select new Set(variable, value, kind);

    private static readonly Arbitrary<Set[]> Sequences = Arb.From(
        from n in Gen.Choose(1, 10)
        from sets in Gen.ArrayOf(Sets, n)
        select sets);

    /// <summary>What a person (or a test) can see of the app: texts, boxes, painted flags, variables, log codes.</summary>
    private static string Observe(KryonRuntime rt)
    {
        var lines = new List<string>();
        foreach (var id in Ids)
        {
            var e = rt.ById(id);
            lines.Add($"{id}: '{ElementText.Displayed(e)}' {e.ScreenBox} painted={e.IsPainted}");
        }
        int index = 0;
        foreach (var e in rt.ById("badge").DescendantsAndSelf()) lines.Add($"badge/{index++}: '{ElementText.Displayed(e)}' {e.ScreenBox}");
        foreach (var name in Variables)
        {
            var slot = rt.State.GlobalVariables[name];
            lines.Add($"${name}: {slot.Type} {slot.Value.Describe()}");
        }
        lines.Add("log: " + string.Join(",", rt.Log.Entries.Select(d => d.Code)));
        return string.Join("\n", lines);
    }

    [Fact]
    public void Applying_sets_in_one_frame_shows_the_same_as_a_frame_after_each()
    {
        Prop.ForAll(Sequences, sets =>
        {
            var batched = AppTestKit.Start(App);
            foreach (var set in sets) batched.State.SetVariable(set.Name, set.Literal);
            batched.RunFrame(batched.NowMs + 16);

            var stepped = AppTestKit.Start(App);
            foreach (var set in sets)
            {
                stepped.State.SetVariable(set.Name, set.Literal);
                stepped.RunFrame(stepped.NowMs + 16);
            }

            // One frame was enough: nothing is left pending for a later one.
            Assert.False(batched.State.HasPendingChanges);
            Assert.Empty(batched.Tree.LayoutChanged);
            Assert.Equal(Observe(stepped), Observe(batched));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_batched_frame_lays_out_once_however_many_sets_it_holds()
    {
        Prop.ForAll(Sequences, sets =>
        {
            var rt = AppTestKit.Start(App);
            long layouts = rt.Profiler.LayoutPasses, builds = rt.Profiler.DisplayListBuilds, applied = rt.Profiler.BindingsApplied;
            foreach (var set in sets) rt.State.SetVariable(set.Name, set.Literal);
            rt.RunFrame(rt.NowMs + 16);
            Assert.InRange(rt.Profiler.LayoutPasses - layouts, 0, 1);
            Assert.InRange(rt.Profiler.DisplayListBuilds - builds, 0, 1);
            // Each of the app's bindings is applied at most once (count, name, mixed, width, visibility,
            // the badge's argument and its template text).
            Assert.InRange(rt.Profiler.BindingsApplied - applied, 0, 7);
        }).QuickCheckThrowOnFailure();
    }
}

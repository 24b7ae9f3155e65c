using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Wren.Tests;

/// <summary>
/// ScriptValue → Wren → ScriptValue keeps every tree of null/bool/number/string/array/object, except
/// that Wren has one number type: an integral Float comes back as an Int, and an Int beyond 2^53 as
/// the nearest double.
/// </summary>
public class ConversionProperties
{
    private static Gen<ScriptValue> Scalar => Gen.OneOf(
        Gen.Constant(ScriptValue.Null),
        ArbMap.Default.GeneratorFor<bool>().Select(ScriptValue.From),
        ArbMap.Default.GeneratorFor<long>().Select(ScriptValue.From),
        ArbMap.Default.GeneratorFor<int>().Select(i => ScriptValue.From((long)i)),
        ArbMap.Default.GeneratorFor<double>().Select(ScriptValue.From),
        ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => ScriptValue.From(s.Get)));

    private static Gen<ScriptValue> Tree(int size) => size <= 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Tree(size / 2), n)).Select(items => ScriptValue.Array(items))),
            (1, Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(
                    ArbMap.Default.GeneratorFor<NonNull<string>>().SelectMany(k => Tree(size / 2).Select(v => (k.Get, v))), n))
                .Select(pairs => ScriptValue.Object(pairs.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().v)))));

    /// <summary>What a value becomes in Wren's single number type.</summary>
    internal static ScriptValue Normalize(ScriptValue value) => value.Kind switch
    {
        ScriptValueKind.Int => FromDouble(value.AsInt()),
        ScriptValueKind.Float => FromDouble(value.AsFloat()),
        ScriptValueKind.Array => ScriptValue.Array(value.AsArray().Select(Normalize).ToArray()),
        ScriptValueKind.Object => ScriptValue.Object(value.AsObject().ToDictionary(kv => kv.Key, kv => Normalize(kv.Value))),
        _ => value,
    };

    private static ScriptValue FromDouble(double d)
        => d == Math.Floor(d) && d >= -9.2233720368547758e18 && d < 9.2233720368547758e18 && !(d == 0 && double.IsNegative(d))
            ? ScriptValue.From((long)d)
            : ScriptValue.From(d);

    [Fact]
    public void Round_trip_through_wren_is_identity_up_to_numbers()
    {
        using var engine = WrenTestKit.NewEngine();
        var load = engine.Load(new ScriptSource("wren", """
            var echo = Fn.new { |x| x }
            var copy = Fn.new { |x|
              if (x is List) return x.map { |item| copy.call(item) }.toList
              if (x is Map) {
                var m = {}
                for (entry in x) m[entry.key] = copy.call(entry.value)
                return m
              }
              return x
            }
            """, "t.kry"));
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics));
        Prop.ForAll(Arb.From(Gen.Sized(Tree)), value =>
        {
            var expected = Normalize(value);
            var echoed = engine.Call("echo", [value]);
            var copied = engine.Call("copy", [value]);
            return echoed.Succeeded && echoed.Value.Equals(expected) && copied.Succeeded && copied.Value.Equals(expected);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Round_trip_through_globals_is_identity_up_to_numbers()
    {
        using var engine = WrenTestKit.NewEngine();
        Prop.ForAll(Arb.From(Gen.Sized(Tree)), value =>
        {
            engine.SetGlobal("g", value);
            return engine.GetGlobal("g").Equals(Normalize(value));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Small_integers_and_fractions_keep_their_kind()
    {
        using var engine = WrenTestKit.NewEngine();
        engine.Load(new ScriptSource("wren", "var values = Fn.new { [3, 2.5, -0, 1e300, 1..2, Fn] }", "t.kry"));
        var items = engine.Call("values", []).Value.AsArray();
        Assert.Equal(ScriptValue.From(3L), items[0]);
        Assert.Equal(ScriptValue.From(2.5), items[1]);
        Assert.Equal(ScriptValueKind.Float, items[3].Kind);
        Assert.Equal("1..2", items[4].AsString());
        Assert.Equal("Fn", items[5].AsString());
    }
}

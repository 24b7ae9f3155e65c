using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Engine;

namespace Kryon.Scripting.Lisp.Tests;

/// <summary>ScriptValue → Lisp → ScriptValue is the identity for trees of null/bool/int/float/string/array/object (LISP.md §7.4).</summary>
public class ConversionProperties
{
    private static Gen<ScriptValue> Scalar => Gen.OneOf(
        Gen.Constant(ScriptValue.Null),
        ArbMap.Default.GeneratorFor<bool>().Select(ScriptValue.From),
        ArbMap.Default.GeneratorFor<long>().Select(ScriptValue.From),
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

    [Fact]
    public void Round_trip_through_lisp_is_identity()
    {
        using var engine = EngineTests.NewEngine();
        engine.Load(new ScriptSource("lisp", "(defn echo [x] x) (defn echo-copy [x] (if (map? x) (into {} x) x))", "t.kry"));
        Prop.ForAll(Arb.From(Gen.Sized(Tree)), value =>
        {
            var echoed = engine.Call("echo", [value]);
            var copied = engine.Call("echo-copy", [value]);
            return echoed.Succeeded && echoed.Value.Equals(value) && copied.Succeeded && copied.Value.Equals(value);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Round_trip_through_globals_is_identity()
    {
        using var engine = EngineTests.NewEngine();
        Prop.ForAll(Arb.From(Gen.Sized(Tree)), value =>
        {
            engine.SetGlobal("g", value);
            return engine.GetGlobal("g").Equals(value);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Lisp_only_values_convert_as_the_spec_says()
    {
        using var engine = EngineTests.NewEngine();
        engine.Load(new ScriptSource("lisp", "(defn values [] [:kw 'sym '(1 2) #{3} {1 :one \"s\" 2} (atom 5) \\c 0.5])", "t.kry"));
        var items = engine.Call("values", []).Value.AsArray();
        Assert.Equal("kw", items[0].AsString());
        Assert.Equal("sym", items[1].AsString());
        Assert.Equal(2, items[2].AsArray().Count);
        Assert.Equal(3L, items[3].AsArray()[0].AsInt());
        Assert.Equal("one", items[4].AsObject()["1"].AsString());
        Assert.Equal(2L, items[4].AsObject()["s"].AsInt());
        Assert.Equal(5L, items[5].AsInt());
        Assert.Equal("c", items[6].AsString());
        Assert.Equal(0.5, items[7].AsFloat());
    }
}

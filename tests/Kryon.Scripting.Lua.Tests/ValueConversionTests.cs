using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Lua.Tests.LuaTestKit;

namespace Kryon.Scripting.Lua.Tests;

public sealed class ValueConversionTests
{
    private const string Code = """
        function id(x) return x end
        function kind(x) return math.type(x) or type(x) end
        function build() return { 1, 2.5, "three", true, { a = 1 }, {} } end
        function record() return { name = "n", list = { 10, 20 } } end
        function mixed() local t = { 1, 2 } t.extra = "e" return t end
        function count(t) return #t end
        function at(t, i) return t[i] end
        function get(t, k) return t[k] end
        """;

    [Fact]
    public void Scalars_arrive_as_their_Lua_types()
    {
        using var engine = Engine(Code);
        Assert.Equal("nil", engine.Call("kind", ScriptValue.Null).Ok().AsString());
        Assert.Equal("boolean", engine.Call("kind", ScriptValue.From(true)).Ok().AsString());
        Assert.Equal("integer", engine.Call("kind", V(3)).Ok().AsString());
        Assert.Equal("float", engine.Call("kind", ScriptValue.From(3.0)).Ok().AsString());
        Assert.Equal("string", engine.Call("kind", V("s")).Ok().AsString());
        Assert.Equal("table", engine.Call("kind", ScriptValue.Array([V(1)])).Ok().AsString());
        Assert.Equal("userdata", engine.Call("kind", ScriptValue.Element(4)).Ok().AsString());
    }

    [Fact]
    public void Arrays_are_one_based_sequences_and_objects_have_string_keys()
    {
        using var engine = Engine(Code);
        var array = ScriptValue.Array([V("a"), V("b"), V("c")]);
        Assert.Equal(V(3), engine.Call("count", array).Ok());
        Assert.Equal(V("a"), engine.Call("at", array, V(1)).Ok());
        var obj = ScriptValue.Object(new Dictionary<string, ScriptValue> { ["k"] = V(9) });
        Assert.Equal(V(9), engine.Call("get", obj, V("k")).Ok());
    }

    [Fact]
    public void Lua_tables_come_back_as_arrays_or_objects()
    {
        using var engine = Engine(Code);
        var built = engine.Call("build").Ok().AsArray();
        Assert.Equal(6, built.Count);
        Assert.Equal(V(1), built[0]);
        Assert.Equal(ScriptValue.From(2.5), built[1]);
        Assert.Equal(V("three"), built[2]);
        Assert.Equal(ScriptValue.From(true), built[3]);
        Assert.Equal(V(1), built[4].AsObject()["a"]);
        Assert.Empty(built[5].AsArray());
        var record = engine.Call("record").Ok().AsObject();
        Assert.Equal(V("n"), record["name"]);
        Assert.Equal(2, record["list"].AsArray().Count);
        var mixed = engine.Call("mixed").Ok().AsObject();
        Assert.Equal(V(1), mixed["1"]);
        Assert.Equal(V("e"), mixed["extra"]);
    }

    [Fact]
    public void Strings_are_UTF8_and_may_hold_NUL()
    {
        using var engine = Engine(Code + "\nfunction len(s) return #s end");
        Assert.Equal(V("héllo ✓ \0 end"), engine.Call("id", V("héllo ✓ \0 end")).Ok());
        Assert.Equal(V(3), engine.Call("len", V("aé")).Ok());
    }

    [Fact]
    public void A_self_referencing_table_comes_back_bounded()
    {
        using var engine = Engine("function cycle() local t = {} t.self = t return t end");
        var value = engine.Call("cycle").Ok();
        int depth = 0;
        while (value.Kind == ScriptValueKind.Object) { value = value.AsObject()["self"]; depth++; }
        Assert.True(value.IsNull);
        Assert.Equal(LuaValues.MaxDepth, depth);
    }

    private static readonly Gen<string> AnyText =
        from chars in Gen.ArrayOf(Gen.Elements("abcxyz019 _-\u00e9\u4e2d\n\t\0\"'".ToCharArray()))
        select new string(chars);

    private static readonly Gen<double> AnyFloat = Gen.Elements(0.5, -0.0, 1.0, 1e300, -3.25, double.Epsilon, Math.PI, double.MaxValue, 42.0);

    private static Gen<ScriptValue> Values(ScriptFunctionRef[] functions, int depth, bool topLevel)
    {
        var scalars = new List<(int, Gen<ScriptValue>)>
        {
            (2, Gen.Elements(true, false).Select(ScriptValue.From)),
            (3, Gen.Choose(int.MinValue, int.MaxValue).Select(i => ScriptValue.From((long)i * 3))),
            (2, Gen.Elements(long.MinValue, long.MaxValue, 0L).Select(ScriptValue.From)),
            (2, AnyFloat.Select(ScriptValue.From)),
            (3, AnyText.Select(ScriptValue.From)),
            (1, Gen.Choose(0, 1000).Select(ScriptValue.Element)),
            (1, Gen.Elements(functions).Select(ScriptValue.Function)),
        };
        // nil cannot be stored in a Lua table: null only at the top.
        if (topLevel) scalars.Add((1, Gen.Constant(ScriptValue.Null)));
        if (depth <= 0) return Gen.Frequency(scalars.ToArray());
        var inner = Values(functions, depth - 1, false);
        var arrays = Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(inner, n)).Select(items => ScriptValue.Array(items));
        var objects = Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(AnyText.SelectMany(k => inner.Select(v => (k, v))), n))
            .Select(pairs => ScriptValue.Object(pairs.DistinctBy(p => p.k).ToDictionary(p => p.k, p => p.v)));
        scalars.Add((2, arrays));
        scalars.Add((2, objects));
        return Gen.Frequency(scalars.ToArray());
    }

    [Fact]
    public void Any_value_tree_round_trips_through_Lua()
    {
        using var engine = Engine(Code + "\nfunction f1() end function f2() end function handout() return f1, f2 end function pair() return {f1, f2} end");
        var functions = engine.Call("pair").Ok().AsArray().Select(v => v.AsFunction()).ToArray();
        Prop.ForAll(Arb.From(Values(functions, 3, true)), value =>
        {
            engine.SetGlobal("held", value);
            var global = engine.GetGlobal("held");
            var called = engine.Call("id", value).Ok();
            return global.Equals(value) && called.Equals(value);
        }).QuickCheckThrowOnFailure();
    }
}

using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Tests;

/// <summary>
/// Cross-language calls (issue 10, item 6): any script calls a function another language defines
/// (`kryon.call`), and function values cross languages (`kryon.callFunction`), with values
/// converted through <see cref="ScriptValue"/>.
/// </summary>
public sealed class CrossLanguageTests
{
    private const string Chain = ScriptedApp.DefaultMarkup + """

        @script "lua" {
            function viaLua(v) return kryon.call("viaPython", v) end
        }
        @script "python" {
            def viaPython(v):
                return kryon.call("viaJs", v)
        }
        @script "javascript" {
            function viaJs(v) { return kryon.call("viaLisp", v); }
            function applyTwice(f, v) { return f(f(v)); }
        }
        @script "lisp" {
            (defn viaLisp [v] v)
            (defn lispInc [n] (+ n 1))
            (defn incTwiceInJs [n] (call "applyTwice" lispInc n))
        }
        """;

    private static readonly Gen<string> AnyText =
        from chars in Gen.ArrayOf(Gen.Elements("abcxyz019 _-\u00e9\u4e2d\n\t\"'$".ToCharArray()))
        select new string(chars);

    /// <summary>
    /// Values every language keeps exactly: integers within JavaScript's safe range, floats with a
    /// fraction (JavaScript has one number type, so 2.0 comes back as the integer 2), no null inside
    /// containers (Lua tables cannot hold nil) and no empty ones (an empty Lua table is either).
    /// </summary>
    private static Gen<ScriptValue> Values(int depth)
    {
        var scalars = new List<(int, Gen<ScriptValue>)>
        {
            (2, Gen.Elements(true, false).Select(ScriptValue.From)),
            (3, Gen.Choose(int.MinValue, int.MaxValue).Select(i => ScriptValue.From((long)i * 1000))),
            (2, Gen.Elements(0.5, -3.25, Math.PI, 1e-7, 123456.789).Select(ScriptValue.From)),
            (3, AnyText.Select(ScriptValue.From)),
            (1, Gen.Choose(1, 1000).Select(ScriptValue.Element)),
        };
        if (depth <= 0) return Gen.Frequency(scalars.ToArray());
        var inner = Values(depth - 1);
        var arrays = Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(inner, n)).Select(items => ScriptValue.Array(items));
        var objects = Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(AnyText.SelectMany(k => inner.Select(v => (k: "k" + k, v))), n))
            .Select(pairs => ScriptValue.Object(pairs.DistinctBy(p => p.k).ToDictionary(p => p.k, p => p.v)));
        scalars.Add((2, arrays));
        scalars.Add((2, objects));
        return Gen.Frequency(scalars.ToArray());
    }

    [Fact]
    public void Lua_calls_Python_calls_JavaScript_calls_Lisp_and_any_value_arrives_intact()
    {
        using var app = ScriptedApp.StartSource(Chain);
        Assert.Equal("hello", app.Call("viaLua", ScriptValue.From("hello")).AsString());
        Prop.ForAll(Arb.From(Values(3)), value =>
        {
            var back = app.Runtime.CallFunction("viaLua", [value], "test");
            return back.Succeeded && back.Value.Equals(value);
        }).QuickCheckThrowOnFailure();
        app.AssertNoErrors();
    }

    [Fact]
    public void A_function_value_crosses_languages_and_is_called_where_it_was_defined()
    {
        using var app = ScriptedApp.StartSource(Chain);
        Assert.Equal(42, app.Call("incTwiceInJs", ScriptValue.From(40L)).AsInt());
        app.AssertNoErrors();
    }

    [Fact]
    public void A_failure_in_the_called_language_comes_back_as_an_error_in_the_caller()
    {
        using var app = ScriptedApp.StartSource(ScriptedApp.DefaultMarkup + """

            @script "python" {
                def fails(v):
                    return 1 / 0
            }
            @script "javascript" {
                function callsPython() { try { kryon.call("fails", 1); return "no error"; } catch (e) { return String(e.message); } }
            }
            """);
        Assert.Contains("ZeroDivisionError", app.Call("callsPython").AsString());
    }
}

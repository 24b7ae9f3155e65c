using Kryon.Runtime.Scripting;
using Kryon.Scripting.Wren.Engine;

namespace Kryon.Scripting.Wren.Tests;

/// <summary>The engine contract: entry points, calls by name and by reference, globals, undefine, reload, cache, host functions.</summary>
public class EngineTests
{
    private static ScriptLoadResult Load(WrenEngine engine, string code, int firstLine = 1, string name = "app.kry")
        => engine.Load(new ScriptSource("wren", code, name, firstLine));

    [Fact]
    public void Identifies_itself()
    {
        using var engine = new WrenEngine();
        Assert.Equal("wren", engine.Language);
        Assert.Equal(ScriptCapabilities.FunctionValues | ScriptCapabilities.Reload | ScriptCapabilities.CompileCache, engine.Capabilities);
        Assert.False(string.IsNullOrEmpty(engine.Version));
    }

    [Fact]
    public void Load_returns_static_methods_and_function_variables()
    {
        using var engine = WrenTestKit.NewEngine();
        var result = Load(engine, """
            import "kryon" for Kryon
            var limit = 3
            var onReset = Fn.new { |id| 0 }
            class Handlers {
              static increment(elementId) { 1 }
              static changed(value, elementId) { value }
              static helper_() { 2 }
              static count { 5 }
              construct new() {}
              instanceMethod() { 3 }
            }
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["increment", "Handlers.increment", "changed", "Handlers.changed", "helper_", "Handlers.helper_", "onReset"], result.Functions);
        Assert.Equal(1L, engine.Call("Handlers.increment", [ScriptValue.From("x")]).Value.AsInt());
    }

    [Fact]
    public void Call_by_name_converts_arguments_and_results()
    {
        using var engine = WrenTestKit.NewEngine();
        Load(engine, """
            class H {
              static describe(n, s, xs, m) {
                return {"n": n + 1, "s": s + "!", "xs": xs.count, "m": m["k"], "f": 1.5, "nil": null, "list": [1, "two", true]}
              }
            }
            """);
        var result = engine.Call("describe", [ScriptValue.From(1L), ScriptValue.From("hi"), ScriptValue.Array([ScriptValue.From(true)]),
            ScriptValue.Object(new Dictionary<string, ScriptValue> { ["k"] = ScriptValue.From("v") })]);
        Assert.True(result.Succeeded, result.Error?.ToString());
        var fields = result.Value.AsObject();
        Assert.Equal(2L, fields["n"].AsInt());
        Assert.Equal(ScriptValueKind.Int, fields["n"].Kind);
        Assert.Equal("hi!", fields["s"].AsString());
        Assert.Equal(1L, fields["xs"].AsInt());
        Assert.Equal("v", fields["m"].AsString());
        Assert.Equal(ScriptValueKind.Float, fields["f"].Kind);
        Assert.True(fields["nil"].IsNull);
        Assert.Equal(3, fields["list"].AsArray().Count);
    }

    [Fact]
    public void Handlers_get_only_as_many_arguments_as_they_declare()
    {
        using var engine = WrenTestKit.NewEngine();
        Load(engine, """
            var lambda = Fn.new { |id| "fn " + id }
            class H {
              static click(elementId) { "clicked " + elementId }
              static none() { "none" }
              static both(value, elementId) { "%(value) from %(elementId)" }
            }
            """);
        Assert.Equal("clicked b1", engine.Call("click", [ScriptValue.From("b1")]).Value.AsString());
        Assert.Equal("none", engine.Call("none", [ScriptValue.From("b1")]).Value.AsString());
        Assert.Equal("7 from slider", engine.Call("both", [ScriptValue.From(7L), ScriptValue.From("slider")]).Value.AsString());
        Assert.Equal("null from null", engine.Call("both", []).Value.AsString());
        Assert.Equal("fn b2", engine.Call("lambda", [ScriptValue.From("b2"), ScriptValue.From("extra")]).Value.AsString());
    }

    [Fact]
    public void Overloads_by_arity_pick_the_best_fit()
    {
        using var engine = WrenTestKit.NewEngine();
        Load(engine, """
            class H {
              static f() { 0 }
              static f(a) { 1 }
              static f(a, b) { 2 }
            }
            """);
        Assert.Equal(0L, engine.Call("f", []).Value.AsInt());
        Assert.Equal(1L, engine.Call("f", [ScriptValue.From(1L)]).Value.AsInt());
        Assert.Equal(2L, engine.Call("f", [ScriptValue.From(1L), ScriptValue.From(1L), ScriptValue.From(1L)]).Value.AsInt());
    }

    [Fact]
    public void Unknown_function_is_2304_and_a_non_function_global_is_2302()
    {
        using var engine = WrenTestKit.NewEngine();
        Load(engine, "var x = 1");
        Assert.Equal(2304, engine.Call("nope", []).Error!.Code);
        Assert.Equal(2302, engine.Call("x", []).Error!.Code);
        Assert.Equal(2304, engine.Call(new ScriptFunctionRef("wren", 99), []).Error!.Code);
        Assert.Equal(2304, engine.Call(new ScriptFunctionRef("lua", 1), []).Error!.Code);
    }

    [Fact]
    public void Runtime_error_in_a_call_is_2302_at_the_kry_line()
    {
        using var engine = WrenTestKit.NewEngine();
        Load(engine, """
            class H {
              static broken(id) {
                var n = 1
                return n + id
              }
            }
            """, firstLine: 50, name: "ui.kry");
        var error = engine.Call("broken", [ScriptValue.From("x")]).Error!;
        Assert.Equal(2302, error.Code);
        Assert.Equal("ui.kry", error.Location!.Value.File.Path);
        Assert.Equal(53, error.Location!.Value.Start.Line);
        Assert.Contains("Right operand must be a number", error.Message);
        // Still usable afterwards.
        Assert.Equal(2L, engine.Call("broken", [ScriptValue.From(1L)]).Value.AsInt());
    }

    [Fact]
    public void Runtime_errors_show_the_wren_call_stack()
    {
        using var engine = WrenTestKit.NewEngine();
        Load(engine, """
            class Shapes {
              static area(id) { [1, 2].map { |x| inner(x) } }
              static inner(x) { x.nope }
            }
            """);
        var error = engine.Call("area", []).Error!;
        Assert.Contains("Num does not implement 'nope'", error.Message);
        Assert.Contains("Wren stack: Shapes.area → Fn → Shapes.inner", error.Message);
    }

    [Fact]
    public void Function_values_round_trip_as_references_with_stable_handles()
    {
        using var engine = WrenTestKit.NewEngine();
        var timers = new List<ScriptFunctionRef>();
        var host = new RecordingHost(engine);
        engine.RegisterHostFunction("setTimeout", args => { timers.Add(args[0].AsFunction()); return ScriptValue.From((long)timers.Count); });
        Load(engine, """
            import "kryon" for Kryon
            class Timers {
              static start(id) {
                __ticks = 0
                __tick = Fn.new {
                  __ticks = __ticks + 1
                  Kryon.setVariable("ticks", __ticks)
                }
                Kryon.setTimeout(__tick, 250)
                return Kryon.setTimeout(__tick, 500)
              }
            }
            """);
        Assert.Equal(2L, engine.Call("start", [ScriptValue.From("b")]).Value.AsInt());
        Assert.Equal(2, timers.Count);
        Assert.Equal("wren", timers[0].Language);
        Assert.Equal(timers[0].Handle, timers[1].Handle);
        Assert.True(engine.Call(timers[0], []).Succeeded);
        Assert.True(engine.Call(timers[1], []).Succeeded);
        Assert.Equal(2L, host.Variables["ticks"].AsInt());
        Assert.Equal(1, engine.HeldFunctionCount);
        engine.Release(timers[0]);
        Assert.Equal(0, engine.HeldFunctionCount);
        Assert.Equal(2304, engine.Call(timers[0], []).Error!.Code);
    }

    [Fact]
    public void Functions_passed_in_by_the_host_can_be_called_and_handed_back()
    {
        using var engine = WrenTestKit.NewEngine();
        Load(engine, """
            var make = Fn.new { Fn.new { |x| x * 10 } }
            var apply = Fn.new { |f, x| f.call(x) }
            var echo = Fn.new { |f| f }
            """);
        var fn = engine.Call("make", []).Value;
        Assert.Equal(ScriptValueKind.Function, fn.Kind);
        Assert.Equal(50L, engine.Call("apply", [fn, ScriptValue.From(5L)]).Value.AsInt());
        var foreign = ScriptValue.Function(new ScriptFunctionRef("lua", 7, "luaFn"));
        Assert.Equal(foreign, engine.Call("echo", [foreign]).Value);
        Assert.Equal(fn, engine.Call("echo", [fn]).Value);
    }

    [Fact]
    public void Globals_are_module_variables()
    {
        using var engine = WrenTestKit.NewEngine();
        engine.SetGlobal("greeting", ScriptValue.From("hello"));
        Load(engine, """
            var shout = Fn.new { greeting + "!" }
            var setIt = Fn.new { |v| greeting = v }
            """);
        Assert.Equal("hello!", engine.Call("shout", []).Value.AsString());
        engine.Call("setIt", [ScriptValue.From("bye")]);
        Assert.Equal("bye", engine.GetGlobal("greeting").AsString());
        Assert.True(engine.GetGlobal("missing").IsNull);
        Assert.Equal(ScriptValueKind.Function, engine.GetGlobal("shout").Kind);
    }

    [Fact]
    public void Undefine_removes_entry_points_only()
    {
        using var engine = WrenTestKit.NewEngine();
        Load(engine, """
            var data = 5
            var f = Fn.new { 1 }
            class H {
              static g() { 2 }
            }
            """);
        Assert.True(engine.Undefine("f"));
        Assert.True(engine.Undefine("g"));
        Assert.False(engine.Undefine("data"));
        Assert.False(engine.Undefine("nothing"));
        Assert.Equal(2304, engine.Call("f", []).Error!.Code);
        Assert.Equal(2304, engine.Call("g", []).Error!.Code);
        Assert.Equal(5L, engine.GetGlobal("data").AsInt());
    }

    [Fact]
    public void Reload_replaces_methods_and_keeps_state()
    {
        using var engine = WrenTestKit.NewEngine();
        var first = Load(engine, """
            class Counter {
              static bump(id) {
                __n = (__n == null ? 0 : __n) + 1
                return __n
              }
              static old() { 0 }
            }
            """, name: "counter.kry");
        Assert.Equal(["bump", "Counter.bump", "old", "Counter.old"], first.Functions);
        engine.Call("bump", []);
        engine.Call("bump", []);
        var second = Load(engine, """
            class Counter {
              static bump(id) {
                __n = (__n == null ? 0 : __n) + 100
                return __n
              }
            }
            """, name: "counter.kry");
        Assert.True(second.Succeeded);
        Assert.Equal(["bump", "Counter.bump"], second.Functions);
        Assert.Equal(102L, engine.Call("bump", []).Value.AsInt());

        // A reload that does not compile changes nothing.
        var broken = Load(engine, "class Counter {\n  static bump(id) { ( }\n}", name: "counter.kry");
        Assert.False(broken.Succeeded);
        Assert.Equal(202L, engine.Call("bump", []).Value.AsInt());
    }

    [Fact]
    public void Compile_cache_is_shared_between_engines()
    {
        var code = "var cached = Fn.new { 42 } // " + Guid.NewGuid();
        using var a = WrenTestKit.NewEngine();
        using var b = WrenTestKit.NewEngine();
        Load(a, code, name: "cache.kry");
        Assert.False(a.LastLoadWasCached);
        Load(b, code, name: "cache.kry");
        Assert.True(b.LastLoadWasCached);
        Assert.Equal(42L, b.Call("cached", []).Value.AsInt());
        Load(b, code + " ", name: "cache.kry");
        Assert.False(b.LastLoadWasCached);
    }

    [Fact]
    public void Host_functions_are_static_methods_of_Kryon()
    {
        using var engine = WrenTestKit.NewEngine();
        var host = new RecordingHost(engine);
        engine.RegisterHostFunction("now", _ => ScriptValue.From(1234L));
        engine.RegisterHostFunction("element", args => ScriptValue.Element((int)args[0].AsInt()));
        engine.RegisterHostFunction("handleOf", args => ScriptValue.From((long)args[0].AsElement()));
        Load(engine, """
            import "kryon" for Kryon
            class H {
              static run(id) {
                var el = Kryon.getElementById(id)
                Kryon.setProperty(el, "text", "hi")
                Kryon.setVariable("time", Kryon.now())
                Kryon.log("ran", 1, true)
                System.print("printed")
                var e = Kryon.element(7)
                return [e is Element, Kryon.handleOf(e), e == Kryon.element(7), "%(e)"]
              }
            }
            """);
        var result = engine.Call("run", [ScriptValue.From("label")]);
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("hi", host.Properties[("label", "text")].AsString());
        Assert.Equal(1234L, host.Variables["time"].AsInt());
        Assert.Equal(["ran 1 true", "printed"], host.Logs);
        var items = result.Value.AsArray();
        Assert.True(items[0].AsBool());
        Assert.Equal(7L, items[1].AsInt());
        Assert.True(items[2].AsBool());
        Assert.Equal("element #7", items[3].AsString());
    }

    [Fact]
    public void Host_errors_are_2302_at_the_calling_line()
    {
        using var engine = WrenTestKit.NewEngine();
        _ = new RecordingHost(engine);
        Load(engine, """
            import "kryon" for Kryon
            class H {
              static bad(id) {
                var x = 1
                Kryon.getElementById(42)
              }
              static missing(id) {
                Kryon.noSuchFunction()
              }
            }
            """, firstLine: 10, name: "host.kry");
        var error = engine.Call("bad", []).Error!;
        Assert.Equal(2302, error.Code);
        Assert.Contains("getElementById expects an id string", error.Message);
        Assert.Equal(14, error.Location!.Value.Start.Line);
        var missing = engine.Call("missing", []).Error!;
        Assert.Equal(2302, missing.Code);
        Assert.Contains("noSuchFunction", missing.Message);
        Assert.Equal(17, missing.Location!.Value.Start.Line);
    }
}

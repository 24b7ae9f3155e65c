using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Lua.Tests.LuaTestKit;

namespace Kryon.Scripting.Lua.Tests;

public sealed class HostFunctionTests
{
    [Fact]
    public void Host_functions_are_fields_of_the_kryon_table()
    {
        using var engine = Engine();
        var seen = new List<ScriptValue[]>();
        engine.RegisterHostFunction("getElementById", args => { seen.Add(args.ToArray()); return ScriptValue.Element(42); });
        var loaded = engine.Load(new ScriptSource("lua", "function find(id) return kryon.getElementById(id, 2, nil) end", "t.lua"));
        Assert.True(loaded.Succeeded);
        Assert.Equal(ScriptValue.Element(42), engine.Call("find", V("status")).Ok());
        var args = Assert.Single(seen);
        Assert.Equal(V("status"), args[0]);
        Assert.Equal(V(2), args[1]);
        Assert.Equal(3, args.Length);
        Assert.True(args[2].IsNull);
    }

    [Fact]
    public void A_refusing_host_function_is_a_2302_error_at_the_callers_line()
    {
        using var engine = Engine();
        engine.RegisterHostFunction("setProperty", _ => throw new ScriptHostException("no element with handle 9"));
        engine.Load(new ScriptSource("lua", "function set()\n  local x = 1\n  kryon.setProperty(9, 'text', 'x')\nend\nfunction guarded() return pcall(kryon.setProperty, 1) end", "app.kry", FirstLine: 20));
        var error = engine.Call("set").Failed(DiagnosticCodes.ScriptError);
        Assert.StartsWith("app.kry:22: no element with handle 9", error.Message);
        Assert.Equal(22, error.Location!.Value.Start.Line);
        Assert.Equal(ScriptValue.From(false), engine.Call("guarded").Ok());
    }

    [Fact]
    public void Any_other_host_exception_is_a_script_error_too()
    {
        using var engine = Engine();
        engine.RegisterHostFunction("broken", _ => throw new InvalidOperationException("bug"));
        engine.Load(new ScriptSource("lua", "function f() return kryon.broken() end", "t.lua"));
        var error = engine.Call("f").Failed(DiagnosticCodes.ScriptError);
        Assert.Contains("kryon.broken failed: bug", error.Message);
    }

    [Fact]
    public void Host_functions_survive_garbage_collection_and_many_calls()
    {
        using var engine = Engine();
        long total = 0;
        engine.RegisterHostFunction("add", args => { total += args[0].AsInt(); return ScriptValue.From(total); });
        engine.Load(new ScriptSource("lua", "function run(n) local r for i = 1, n do r = kryon.add(i) end return r end", "t.lua"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Equal(V(5050), engine.Call("run", V(100)).Ok());
    }

    [Fact]
    public void A_host_function_may_call_back_into_the_engine()
    {
        using var engine = Engine();
        engine.RegisterHostFunction("callTwice", args =>
        {
            var f = args[0].AsFunction();
            var first = engine.Call(f, [ScriptValue.From(1L)]);
            var second = engine.Call(f, [ScriptValue.From(2L)]);
            return ScriptValue.From(first.Value.AsInt() + second.Value.AsInt());
        });
        engine.Load(new ScriptSource("lua", "function f() return kryon.callTwice(function(x) return x * 10 end) end", "t.lua"));
        Assert.Equal(V(30), engine.Call("f").Ok());
    }

    [Fact]
    public void A_host_function_may_use_globals_and_release_functions_while_a_call_runs()
    {
        using var engine = Engine();
        engine.RegisterHostFunction("touch", args =>
        {
            engine.SetGlobal("fromHost", ScriptValue.From(engine.GetGlobal("base").AsInt() + 1));
            engine.Release(args[0].AsFunction());
            engine.RegisterHostFunction("late", _ => ScriptValue.From("late"));
            return ScriptValue.Null;
        });
        engine.Load(new ScriptSource("lua", "base = 41\nfunction f() kryon.touch(function() end) collectgarbage() collectgarbage() return fromHost, kryon.late() end", "t.lua"));
        Assert.Equal(V(42), engine.Call("f").Ok());
        Assert.Equal(V(42), engine.GetGlobal("fromHost"));
        Assert.Equal(0, engine.HeldFunctions);
    }
}

using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Lua.Tests.LuaTestKit;

namespace Kryon.Scripting.Lua.Tests;

public sealed class EngineBasicsTests
{
    [Fact]
    public void The_native_library_loads_and_runs_Lua_5_4()
    {
        using var engine = Engine("function version() return _VERSION end function idiv(a, b) return a // b end");
        Assert.Equal("lua", engine.Language);
        Assert.Equal("Lua 5.4", engine.Call("version").Ok().AsString());
        Assert.Equal(ScriptValue.From(3L), engine.Call("idiv", V(7), V(2)).Ok());
        Assert.True(engine.Capabilities.HasFlag(ScriptCapabilities.FunctionValues));
    }

    [Fact]
    public void Load_returns_the_global_functions_the_chunk_defined_and_nothing_else()
    {
        using var engine = Engine("function before() end");
        var result = engine.Load(new ScriptSource("lua", """
            local function helper() end
            function alpha() return helper() end
            beta = function() end
            gamma = 3
            function before() return 2 end
            """, "second.lua"));
        Assert.True(result.Succeeded);
        Assert.Equal(["alpha", "before", "beta"], result.Functions);
    }

    [Fact]
    public void A_syntax_error_is_2301_at_the_kry_line()
    {
        using var engine = Engine();
        var result = engine.Load(new ScriptSource("lua", "local x = 1\nfunction broken(\n", "app.kry", FirstLine: 40));
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ScriptLoadFailed.Code, error.Code);
        Assert.Contains("app.kry:", error.Message);
        Assert.Equal("app.kry", error.Location!.Value.File.Path);
        Assert.InRange(error.Location!.Value.Start.Line, 40, 42);
    }

    [Fact]
    public void A_run_time_error_is_2302_at_the_kry_line()
    {
        using var engine = Engine("function ok() return 1 end\n\nfunction bad()\n  local t = nil\n  return t.x\nend", "app.kry", firstLine: 10);
        var error = engine.Call("bad").Failed(DiagnosticCodes.ScriptError);
        Assert.StartsWith("app.kry:14:", error.Message);
        Assert.Equal(14, error.Location!.Value.Start.Line);
        Assert.Equal("  return t.x", error.Location!.Value.File.GetLineText(14));
        Assert.Equal(1, engine.Call("ok").Ok().AsInt());
    }

    [Fact]
    public void An_error_in_the_top_level_fails_the_load_with_2301()
    {
        using var engine = Engine();
        var result = engine.Load(new ScriptSource("lua", "function f() end\nerror('boom')", "top.lua"));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ScriptLoadFailed.Code, error.Code);
        Assert.Contains("top.lua:2: boom", error.Message);
    }

    [Fact]
    public void Calling_an_unknown_function_is_2304()
    {
        using var engine = Engine("notAFunction = 5");
        engine.Call("missing").Failed(DiagnosticCodes.FunctionNotFound);
        engine.Call("notAFunction").Failed(DiagnosticCodes.FunctionNotFound);
    }

    [Fact]
    public void Globals_can_be_set_and_read()
    {
        using var engine = Engine("function twice() return limit * 2 end");
        engine.SetGlobal("limit", V(21));
        Assert.Equal(V(42), engine.Call("twice").Ok());
        Assert.Equal(V(21), engine.GetGlobal("limit"));
        Assert.True(engine.GetGlobal("nothing").IsNull);
    }

    [Fact]
    public void Multiple_engines_are_independent()
    {
        using var a = Engine("x = 1 function get() return x end");
        using var b = Engine("x = 2 function get() return x end");
        Assert.Equal(V(1), a.Call("get").Ok());
        Assert.Equal(V(2), b.Call("get").Ok());
    }
}

using System.Diagnostics;
using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Lua.Tests.LuaTestKit;

namespace Kryon.Scripting.Lua.Tests;

public sealed class BudgetTests
{
    private const string Code = """
        function ok() return "fine" end
        function spin() while true do end end
        function spinCalls() local function g() return 1 end while true do g() end end
        function spinProtected() while true do pcall(function() end) end end
        function spinInSort() table.sort({ 3, 2, 1 }, function(a, b) local t while true do t = {} end end) end
        function bomb() local t = {} local i = 0 while true do i = i + 1 t[i] = string.rep("x", 64) .. i end end
        function bigString() return string.rep("x", 64 * 1024 * 1024) end
        function recurse(n) return 1 + recurse(n + 1) end
        function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
        """;

    private static LuaEngine WithBudgets(ScriptBudgets budgets)
    {
        var engine = Engine(Code);
        engine.Budgets = budgets;
        return engine;
    }

    [Theory]
    [InlineData("spin")]
    [InlineData("spinCalls")]
    [InlineData("spinProtected")]
    public void An_endless_loop_is_stopped_with_2303_near_the_budget_and_the_engine_still_works(string function)
    {
        using var engine = WithBudgets(ScriptBudgets.Default with { CallTime = TimeSpan.FromMilliseconds(50) });
        var clock = Stopwatch.StartNew();
        var error = engine.Call(function).Failed(DiagnosticCodes.ScriptBudgetExceeded);
        clock.Stop();
        Assert.InRange(clock.ElapsedMilliseconds, 40, 3000);
        Assert.Contains("time budget", error.Message);
        Assert.Equal("test.lua", error.Location!.Value.File.Path);
        Assert.Equal(V("fine"), engine.Call("ok").Ok());
        engine.Call(function).Failed(DiagnosticCodes.ScriptBudgetExceeded);
        Assert.Equal(V("fine"), engine.Call("ok").Ok());
    }

    [Fact]
    public void A_loop_where_the_hook_cannot_yield_is_stopped_by_refusing_memory()
    {
        using var engine = WithBudgets(ScriptBudgets.Default with { CallTime = TimeSpan.FromMilliseconds(50) });
        engine.Call("spinInSort").Failed(DiagnosticCodes.ScriptBudgetExceeded);
        Assert.Equal(V("fine"), engine.Call("ok").Ok());
    }

    [Fact]
    public void An_endless_top_level_is_stopped_with_2303()
    {
        using var engine = Engine();
        engine.Budgets = ScriptBudgets.Default with { CallTime = TimeSpan.FromMilliseconds(50) };
        var result = engine.Load(new ScriptSource("lua", "function after() end\nwhile true do end", "loop.lua"));
        Assert.Equal(DiagnosticCodes.ScriptBudgetExceeded.Code, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("bomb")]
    [InlineData("bigString")]
    public void A_memory_bomb_is_stopped_with_2303_and_the_engine_still_works(string function)
    {
        using var engine = WithBudgets(LuaTestKit.Generous with { MemoryBytes = 4 * 1024 * 1024 });
        var error = engine.Call(function).Failed(DiagnosticCodes.ScriptBudgetExceeded);
        Assert.Contains("memory", error.Message);
        Assert.True(engine.MemoryInUse < 4 * 1024 * 1024, $"{engine.MemoryInUse} bytes still in use");
        Assert.Equal(V("fine"), engine.Call("ok").Ok());
        Assert.Equal(V(100), engine.Call("depth", V(100)).Ok());
    }

    [Fact]
    public void Recursion_past_the_call_depth_budget_is_a_2302_stack_overflow()
    {
        using var engine = WithBudgets(LuaTestKit.Generous with { MaxCallDepth = 200 });
        var error = engine.Call("recurse", V(1)).Failed(DiagnosticCodes.ScriptError);
        Assert.Contains("stack overflow", error.Message);
        Assert.Equal(V(150), engine.Call("depth", V(150)).Ok());
        Assert.Equal(V("fine"), engine.Call("ok").Ok());
    }

    [Fact]
    public void Without_a_depth_budget_Lua_reports_its_own_stack_overflow_as_2302()
    {
        using var engine = WithBudgets(LuaTestKit.Generous with { MaxCallDepth = int.MaxValue, MemoryBytes = 1024L * 1024 * 1024 });
        var error = engine.Call("recurse", V(1)).Failed(DiagnosticCodes.ScriptError);
        Assert.Contains("stack overflow", error.Message);
        Assert.StartsWith("test.lua:8:", error.Message);
        Assert.Equal(V("fine"), engine.Call("ok").Ok());
    }
}

public sealed class NestingTests
{
    [Fact]
    public void A_host_function_calling_back_without_end_is_a_2302_error_not_a_crash()
    {
        using var engine = LuaTestKit.Engine();
        engine.RegisterHostFunction("again", args =>
        {
            var result = engine.Call(args[0].AsFunction(), [args[0]]);
            if (!result.Succeeded) throw new ScriptHostException(result.Error!.Message);
            return result.Value;
        });
        engine.Load(new ScriptSource("lua", "function loop(f) return kryon.again(f) end\nfunction start() return kryon.again(loop) end\nfunction ok() return 1 end", "t.lua"));
        var error = engine.Call("start").Failed(DiagnosticCodes.ScriptError);
        Assert.Contains("stack overflow", error.Message);
        Assert.Equal(LuaTestKit.V(1), engine.Call("ok").Ok());
    }

    [Fact]
    public void Nested_protected_calls_stop_at_Lua_s_C_stack_limit()
    {
        using var engine = LuaTestKit.Engine("function nest(n) local ok, r = pcall(nest, n + 1) if ok then return r end return n end\nfunction ok() return 1 end");
        engine.Budgets = LuaTestKit.Generous with { MaxCallDepth = int.MaxValue };
        var reached = engine.Call("nest", LuaTestKit.V(1)).Ok().AsInt();
        Assert.InRange(reached, 10, 250);
        Assert.Equal(LuaTestKit.V(1), engine.Call("ok").Ok());
    }

    [Fact]
    public void Deeply_nested_source_is_a_2301_load_error()
    {
        using var engine = LuaTestKit.Engine();
        var code = "x = " + new string('(', 1000) + "1" + new string(')', 1000);
        var result = engine.Load(new ScriptSource("lua", code, "deep.lua"));
        Assert.Equal(DiagnosticCodes.ScriptLoadFailed.Code, Assert.Single(result.Diagnostics).Code);
    }
}

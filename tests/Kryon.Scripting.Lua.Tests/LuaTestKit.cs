using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Lua.Tests;

internal static class LuaTestKit
{
    /// <summary>Budgets no ordinary test call goes over (a slow first call must not report 2303).</summary>
    public static readonly ScriptBudgets Generous = new() { CallTime = TimeSpan.FromSeconds(30) };

    public static LuaEngine Engine(string? code = null, string sourceName = "test.lua", int firstLine = 1)
    {
        var engine = new LuaEngine { Budgets = Generous };
        if (code is not null)
        {
            var loaded = engine.Load(new ScriptSource("lua", code, sourceName, firstLine));
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        }
        return engine;
    }

    public static ScriptValue Ok(this ScriptCallResult result)
    {
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value;
    }

    public static Diagnostic Failed(this ScriptCallResult result, DiagnosticDescriptor code)
    {
        Assert.False(result.Succeeded, "the call succeeded with " + result.Value);
        Assert.Equal(code.Code, result.Error!.Code);
        return result.Error;
    }

    public static ScriptCallResult Call(this LuaEngine engine, string function, params ScriptValue[] arguments)
        => engine.Call(function, arguments.AsSpan());

    public static ScriptValue V(long n) => ScriptValue.From(n);

    public static ScriptValue V(string s) => ScriptValue.From(s);
}

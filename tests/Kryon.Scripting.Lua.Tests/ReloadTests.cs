using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Lua.Tests.LuaTestKit;

namespace Kryon.Scripting.Lua.Tests;

/// <summary>Hot reload at engine level: loading a source name again, and <see cref="LuaEngine.Undefine"/>.</summary>
public sealed class ReloadTests
{
    private static ScriptLoadResult Load(LuaEngine engine, string code, string name = "app.kry", int firstLine = 1)
        => engine.Load(new ScriptSource("lua", code, name, firstLine));

    [Fact]
    public void Reports_reload_and_compile_cache()
    {
        using var engine = Engine();
        Assert.True(engine.Capabilities.HasFlag(ScriptCapabilities.Reload));
        Assert.True(engine.Capabilities.HasFlag(ScriptCapabilities.CompileCache));
        Assert.True(engine.Capabilities.HasFlag(ScriptCapabilities.FunctionValues));
    }

    [Fact]
    public void Undefine_removes_a_function_and_calls_then_fail_with_2304()
    {
        using var engine = Engine("function greet() return 'hi' end\nfunction other() return 1 end");
        Assert.True(engine.Undefine("greet"));
        engine.Call("greet").Failed(DiagnosticCodes.FunctionNotFound);
        Assert.Equal(1L, engine.Call("other").Ok().AsInt());
        Assert.False(engine.Undefine("greet"));
    }

    [Fact]
    public void Undefine_returns_false_for_unknown_names_and_leaves_other_globals_alone()
    {
        using var engine = Engine("count = 5");
        Assert.False(engine.Undefine("nothing_here"));
        Assert.False(engine.Undefine("count"));
        Assert.Equal(5L, engine.GetGlobal("count").AsInt());
    }

    [Fact]
    public void Undefine_keeps_function_values_the_host_holds()
    {
        using var engine = Engine("function tick() return 7 end\nfunction get() return tick end");
        var held = engine.Call("get").Ok().AsFunction();
        Assert.True(engine.Undefine("tick"));
        Assert.Equal(7L, engine.Call(held, []).Ok().AsInt());
    }

    [Fact]
    public void Reload_replaces_behaviour_and_keeps_a_global_counter()
    {
        using var engine = Engine();
        var first = Load(engine, "count = count or 0\nfunction bump() count = count + 1 return count end\nfunction kept() return 'old' end");
        Assert.True(first.Succeeded);
        Assert.Equal(1L, engine.Call("bump").Ok().AsInt());
        Assert.Equal(2L, engine.Call("bump").Ok().AsInt());

        var second = Load(engine, "count = count or 0\nfunction bump() count = count + 10 return count end\nfunction added() return 1 end");
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Equal(["added", "bump"], second.Functions);
        Assert.Equal(12L, engine.Call("bump").Ok().AsInt());
        // A function the new code no longer defines stays until the host undefines it.
        Assert.Equal("old", engine.Call("kept").Ok().AsString());
    }

    [Fact]
    public void Reload_lists_every_function_the_new_code_defines_even_unchanged_text()
    {
        using var engine = Engine();
        const string code = "function a() return 1 end\nfunction b() return 2 end";
        Assert.Equal(["a", "b"], Load(engine, code).Functions);
        Assert.Equal(["a", "b"], Load(engine, code).Functions);
    }

    [Fact]
    public void Reload_with_a_syntax_error_changes_nothing()
    {
        using var engine = Engine();
        Load(engine, "marker = 'before'\nfunction greet() return 'old' end", "ui.kry", firstLine: 10);
        var broken = Load(engine, "marker = 'after'\nfunction greet() return 'new'\nfunction oops(", "ui.kry", firstLine: 10);
        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics);
        Assert.Equal(DiagnosticCodes.ScriptLoadFailed.Code, error.Code);
        Assert.Equal("ui.kry", error.Location!.Value.File.Path);
        Assert.Equal("old", engine.Call("greet").Ok().AsString());
        Assert.Equal("before", engine.GetGlobal("marker").AsString());
    }

    [Fact]
    public void Error_lines_after_a_reload_point_at_the_new_code()
    {
        using var engine = Engine();
        Load(engine, "function fail()\n  error('old')\nend", "ui.kry", firstLine: 5);
        Load(engine, "-- a comment\n-- another\nfunction fail()\n  local x = 1\n  error('new')\nend", "ui.kry", firstLine: 5);
        var error = engine.Call("fail").Failed(DiagnosticCodes.ScriptError);
        Assert.StartsWith("ui.kry:9:", error.Message);
        Assert.Equal(9, error.Location!.Value.Start.Line);
        Assert.Equal("  error('new')", error.Location!.Value.File.GetLineText(9));
    }
}

using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Engine;

namespace Kryon.Scripting.Lisp.Tests;

/// <summary>Hot reload at engine level: loading a source name again, and <see cref="LispEngine.Undefine"/>.</summary>
public class ReloadTests
{
    private static ScriptLoadResult Load(LispEngine engine, string code, string name = "app.kry", int firstLine = 1)
        => engine.Load(new ScriptSource("lisp", code, name, firstLine));

    private static ScriptValue Ok(ScriptCallResult result)
    {
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value;
    }

    [Fact]
    public void Reports_reload_and_compile_cache()
    {
        using var engine = new LispEngine();
        Assert.True(engine.Capabilities.HasFlag(ScriptCapabilities.Reload));
        Assert.True(engine.Capabilities.HasFlag(ScriptCapabilities.CompileCache));
        Assert.True(engine.Capabilities.HasFlag(ScriptCapabilities.FunctionValues));
    }

    [Fact]
    public void Undefine_removes_a_function_and_calls_then_fail_with_2304()
    {
        using var engine = EngineTests.NewEngine();
        Load(engine, "(defn greet [] \"hi\") (defn other [] 1)");
        Assert.True(engine.Undefine("greet"));
        Assert.Equal(2304, engine.Call("greet", []).Error!.Code);
        Assert.Equal(1L, Ok(engine.Call("other", [])).AsInt());
        Assert.False(engine.Undefine("greet"));
    }

    [Fact]
    public void Undefine_returns_false_for_unknown_names_non_functions_and_builtins()
    {
        using var engine = EngineTests.NewEngine();
        Load(engine, "(def limit 3)");
        Assert.False(engine.Undefine("nothing-here"));
        Assert.False(engine.Undefine("limit"));
        Assert.False(engine.Undefine("map"));
        Assert.Equal(3L, engine.GetGlobal("limit").AsInt());
    }

    [Fact]
    public void Reload_replaces_behaviour_and_keeps_an_atom()
    {
        using var engine = EngineTests.NewEngine();
        Load(engine, "(def-atom clicks 0)\n(defn click [] (swap! clicks inc))\n(defn kept [] :old)");
        Ok(engine.Call("click", []));
        Assert.Equal(2L, Ok(engine.Call("click", [])).AsInt());

        var second = Load(engine, "(defn click [] (swap! clicks + 10))\n(defn added [] 1)");
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Equal(["click", "added"], second.Functions);
        Assert.Equal(12L, Ok(engine.Call("click", [])).AsInt());
        Assert.Equal("old", Ok(engine.Call("kept", [])).AsString());
    }

    [Fact]
    public void Reload_lists_every_function_the_new_code_defines()
    {
        using var engine = EngineTests.NewEngine();
        const string code = "(defn a [] 1)\n(defn b [] 2)";
        Assert.Equal(["a", "b"], Load(engine, code).Functions);
        Assert.Equal(["a", "b"], Load(engine, code).Functions);
    }

    [Fact]
    public void Reload_with_a_syntax_error_changes_nothing()
    {
        using var engine = EngineTests.NewEngine();
        Load(engine, "(def marker :before)\n(defn greet [] \"old\")", "ui.kry", firstLine: 10);
        var broken = Load(engine, "(def marker :after)\n(defn greet [] \"new\")\n(defn oops [", "ui.kry", firstLine: 10);
        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics);
        Assert.Equal(2301, error.Code);
        Assert.Equal("ui.kry", error.Location!.Value.File.Path);
        Assert.Equal("old", Ok(engine.Call("greet", [])).AsString());
        Assert.Equal("before", engine.GetGlobal("marker").AsString());
    }

    [Fact]
    public void Error_lines_after_a_reload_point_at_the_new_code()
    {
        using var engine = EngineTests.NewEngine();
        Load(engine, "(defn fail []\n  (+ 1 \"old\"))", "ui.kry", firstLine: 5);
        Load(engine, "; a comment\n; another\n(defn fail []\n  (let [x 1]\n    (+ x \"new\")))", "ui.kry", firstLine: 5);
        var error = engine.Call("fail", []).Error!;
        Assert.Equal(2302, error.Code);
        Assert.Equal("ui.kry", error.Location!.Value.File.Path);
        Assert.Equal(9, error.Location!.Value.Start.Line);
        Assert.Equal("    (+ x \"new\")))", error.Location!.Value.File.GetLineText(9));
    }

    [Fact]
    public void The_same_function_value_gets_the_same_handle_while_held()
    {
        using var engine = EngineTests.NewEngine();
        Load(engine, "(defn handler [] 42)\n(defn get-handler [] handler)\n(defn other [] (fn [] 1))");
        var first = Ok(engine.Call("get-handler", [])).AsFunction();
        var again = Ok(engine.Call("get-handler", [])).AsFunction();
        Assert.Equal(first.Handle, again.Handle);
        Assert.Equal(1, engine.HeldFunctionCount);
        Assert.NotEqual(first.Handle, Ok(engine.Call("other", [])).AsFunction().Handle);

        engine.Release(first);
        Assert.Equal(2304, engine.Call(first, []).Error!.Code);
        var fresh = Ok(engine.Call("get-handler", [])).AsFunction();
        Assert.NotEqual(first.Handle, fresh.Handle);
        Assert.Equal(42L, Ok(engine.Call(fresh, [])).AsInt());
    }
}

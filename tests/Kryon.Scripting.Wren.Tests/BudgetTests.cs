using System.Diagnostics;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Wren.Engine;

namespace Kryon.Scripting.Wren.Tests;

/// <summary>Runaway scripts are stopped with a diagnostic, and the engine keeps working.</summary>
public class BudgetTests
{
    private const string Bombs = """
        class Bombs {
          static loop(id) {
            var i = 0
            while (true) {
              i = i + 1
            }
          }
          static recurse(n) { recurse(n + 1) }
          static strings(id) {
            var s = "x"
            while (true) s = s + s
          }
          static lists(id) {
            var l = []
            while (true) l.add(l.count)
          }
          static closures(id) {
            var f = null
            f = Fn.new { |n| f.call(n + 1) }
            return f.call(0)
          }
          static ok(id) { "fine" }
        }
        """;

    private static WrenEngine Engine(ScriptBudgets budgets)
    {
        var engine = new WrenEngine { Budgets = budgets };
        var load = engine.Load(new ScriptSource("wren", Bombs, "bombs.kry", 5));
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics));
        return engine;
    }

    [Fact]
    public void Infinite_loop_is_2303_within_the_time_budget()
    {
        using var engine = Engine(new ScriptBudgets { CallTime = TimeSpan.FromMilliseconds(100) });
        var clock = Stopwatch.StartNew();
        var error = engine.Call("loop", [ScriptValue.From("b")]).Error!;
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(2303, error.Code);
        Assert.Contains("Timeout", error.Message);
        Assert.Equal("bombs.kry", error.Location!.Value.File.Path);
        Assert.InRange(error.Location!.Value.Start.Line, 7, 10);
        Assert.Equal("fine", engine.Call("ok", []).Value.AsString());
    }

    [Fact]
    public void Recursion_is_a_2302_stack_overflow()
    {
        using var engine = Engine(new ScriptBudgets { MaxCallDepth = 200, CallTime = TimeSpan.FromSeconds(10) });
        var error = engine.Call("recurse", [ScriptValue.From(0L)]).Error!;
        Assert.Equal(2302, error.Code);
        Assert.Contains("Stack overflow", error.Message);
        Assert.Equal(12, error.Location!.Value.Start.Line);
        var closures = engine.Call("closures", []).Error!;
        Assert.Equal(2302, closures.Code);
        Assert.Contains("Stack overflow", closures.Message);
        Assert.Equal("fine", engine.Call("ok", []).Value.AsString());
    }

    [Fact]
    public void Deep_recursion_budget_never_overflows_the_dotnet_stack()
    {
        using var engine = Engine(new ScriptBudgets { MaxCallDepth = 1_000_000, CallTime = TimeSpan.FromSeconds(20) });
        var error = engine.Call("recurse", [ScriptValue.From(0L)]).Error!;
        Assert.Equal(2302, error.Code);
        Assert.Contains("Stack overflow", error.Message);
        Assert.Equal("fine", engine.Call("ok", []).Value.AsString());
    }

    [Fact]
    public void Memory_bombs_are_2303()
    {
        using var engine = Engine(new ScriptBudgets { CallTime = TimeSpan.FromSeconds(10), MemoryBytes = 4 * 1024 * 1024 });
        var strings = engine.Call("strings", []).Error!;
        Assert.Equal(2303, strings.Code);
        Assert.Contains("Memory limit", strings.Message);
        var lists = engine.Call("lists", []).Error!;
        Assert.Equal(2303, lists.Code);
        Assert.Contains("Memory limit", lists.Message);
        Assert.Equal("fine", engine.Call("ok", []).Value.AsString());
    }

    [Theory]
    [InlineData("System.print((1..1e12).count)", "Timeout")]
    [InlineData("System.print((1..1e12).join(\",\"))", "")]
    [InlineData("var s = \"ab\" * 1000\nSystem.print(s.replace(\"a\", s).replace(\"b\", s).count)", "Memory limit")]
    [InlineData("System.print(List.filled(1e9, 0).count)", "Memory limit")]
    [InlineData("System.print(\"x\" * 1e9)", "Memory limit")]
    public void Single_core_calls_are_bounded_too(string code, string message)
    {
        using var engine = new WrenEngine { Budgets = new ScriptBudgets { CallTime = TimeSpan.FromMilliseconds(200), MemoryBytes = 8 * 1024 * 1024 } };
        var clock = Stopwatch.StartNew();
        var error = Assert.Single(engine.Load(new ScriptSource("wren", code, "core.kry")).Diagnostics);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(2303, error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Self_containing_collections_print_and_convert_safely()
    {
        using var engine = WrenTestKit.NewEngine();
        var lines = new List<string>();
        engine.Output = (_, m) => lines.Add(m);
        var load = engine.Load(new ScriptSource("wren", """
            var l = [1]
            l.add(l)
            l.add(l)
            System.print(l)
            var give = Fn.new { l }
            """, "cycle.kry"));
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics));
        Assert.Equal("[1, [...], [...]]", Assert.Single(lines));
        var error = engine.Call("give", []).Error!;
        Assert.Equal(2302, error.Code);
        Assert.Contains("contains itself", error.Message);
        Assert.True(engine.GetGlobal("l").IsNull);
    }

    [Fact]
    public void Budgets_apply_to_loading_too()
    {
        using var engine = new WrenEngine { Budgets = new ScriptBudgets { CallTime = TimeSpan.FromMilliseconds(50) } };
        var result = engine.Load(new ScriptSource("wren", "var f = Fn.new { 1 }\nwhile (true) {}", "top.kry"));
        Assert.Equal(2303, Assert.Single(result.Diagnostics).Code);
    }
}

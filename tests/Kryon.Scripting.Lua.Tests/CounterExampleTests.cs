using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime.Scripting;
using Kryon.Testing;

namespace Kryon.Scripting.Lua.Tests;

/// <summary>examples/counter.kry's Lua block, compiled and read back from KRB as `kryon run` would, against stub host functions.</summary>
public sealed class CounterExampleTests
{
    private static (string Code, int FirstLine) CounterScript()
    {
        string path = Path.Combine(RepositoryPaths.Examples, "counter.kry");
        string kry = File.ReadAllText(path);
        var result = KryCompiler.CheckText(path, kry);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(result.App!, bag);
        Assert.True(bytes is not null, string.Join("\n", bag.Items));
        var document = KrbReader.Read(bytes!);
        var script = Assert.Single(document.Scripts, s => s.Language == (byte)KrbScriptLanguage.Lua);
        Assert.NotNull(script.Code);
        int at = kry.IndexOf(script.Code.Trim().Split('\n')[0].Trim(), StringComparison.Ordinal);
        int firstLine = at < 0 ? 1 : kry[..at].Count(c => c == '\n') + 1 - script.Code.TakeWhile(c => c is '\n' or '\r').Count(c => c == '\n');
        return (script.Code, firstLine);
    }

    [Fact]
    public void Increment_sets_count_to_one_through_the_host()
    {
        var (code, firstLine) = CounterScript();
        using var engine = new LuaEngine { Budgets = LuaTestKit.Generous };
        var variables = new Dictionary<string, ScriptValue> { ["count"] = ScriptValue.From(0L), ["step"] = ScriptValue.From(1L) };
        var calls = new List<string>();
        engine.RegisterHostFunction("getVariable", args => variables.GetValueOrDefault(args[0].AsString()));
        engine.RegisterHostFunction("setVariable", args =>
        {
            calls.Add($"setVariable({args[0]}, {args[1].Kind}:{args[1]})");
            variables[args[0].AsString()] = args[1];
            return ScriptValue.Null;
        });
        engine.RegisterHostFunction("getElementById", args => args[0].AsString() == "status_label" ? ScriptValue.Element(7) : ScriptValue.Null);
        engine.RegisterHostFunction("setProperty", args =>
        {
            calls.Add($"setProperty({args[0].Kind}:{args[0]}, {args[1]}, {args[2]})");
            return ScriptValue.Null;
        });
        engine.RegisterHostFunction("log", _ => ScriptValue.Null);

        var loaded = engine.Load(new ScriptSource("lua", code, "counter.kry", firstLine));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.Equal(["decrement", "increment", "reset", "setStep"], loaded.Functions);

        var result = engine.Call("increment", [ScriptValue.From("increment")]);
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Contains("setVariable(count, Int:1)", calls);
        Assert.Contains("setProperty(Element:element #7, text_color, #059669)", calls);
        Assert.Equal(ScriptValue.From(1L), variables["count"]);

        Assert.True(engine.Call("setStep", [ScriptValue.From("step_5")]).Succeeded);
        Assert.Equal(ScriptValue.From(5L), variables["step"]);
        Assert.True(engine.Call("increment", [ScriptValue.From("increment")]).Succeeded);
        Assert.Equal(ScriptValue.From(6L), variables["count"]);
    }

    [Fact]
    public void An_error_in_the_counter_script_points_at_its_kry_line()
    {
        var (code, firstLine) = CounterScript();
        using var engine = new LuaEngine { Budgets = LuaTestKit.Generous };
        // No host functions registered: `kryon.getVariable` is nil where `increment` first reads a variable.
        Assert.True(engine.Load(new ScriptSource("lua", code, "counter.kry", firstLine)).Succeeded);
        var error = engine.Call("increment", [ScriptValue.From("increment")]).Error!;
        Assert.Equal(DiagnosticCodes.ScriptError.Code, error.Code);
        string kry = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "counter.kry"));
        int line = error.Location!.Value.Start.Line;
        Assert.Contains("kryon.getVariable(\"step\")", kry.Split('\n')[line - 1]);
    }
}

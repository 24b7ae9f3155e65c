using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Wren.Engine;

namespace Kryon.Scripting.Wren.Tests;

/// <summary>Runs Wren code on a fresh engine with generous budgets; <c>System.print</c> output is collected.</summary>
internal static class WrenTestKit
{
    public static WrenEngine NewEngine() => new() { Budgets = new ScriptBudgets { CallTime = TimeSpan.FromSeconds(30), MaxCallDepth = 200 } };

    /// <summary>The lines the code printed (it must load without errors).</summary>
    public static string Print(string code)
    {
        using var engine = NewEngine();
        var lines = new List<string>();
        engine.Output = (_, message) => lines.Add(message);
        var result = engine.Load(new ScriptSource("wren", code, "test.wren"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return string.Join("\n", lines);
    }

    /// <summary>The single error loading the code gives.</summary>
    public static Diagnostic Fails(string code, int firstLine = 1)
    {
        using var engine = NewEngine();
        var result = engine.Load(new ScriptSource("wren", code, "test.wren", firstLine));
        Assert.False(result.Succeeded, "expected the script to fail");
        return Assert.Single(result.Diagnostics);
    }
}

/// <summary>A stub DOM bridge that records what scripts do.</summary>
internal sealed class RecordingHost
{
    public Dictionary<string, ScriptValue> Variables { get; } = [];
    public Dictionary<(string Element, string Property), ScriptValue> Properties { get; } = [];
    public Dictionary<string, string> Styles { get; } = [];
    public List<string> Logs { get; } = [];

    public RecordingHost(IScriptEngine engine)
    {
        engine.RegisterHostFunction("getElementById", args => args.Length == 1 && args[0].Kind == ScriptValueKind.String
            ? ScriptValue.From("el:" + args[0].AsString())
            : throw new ScriptHostException("getElementById expects an id string"));
        engine.RegisterHostFunction("setProperty", args =>
        {
            if (args.Length < 3) throw new ScriptHostException("setProperty needs 3 arguments");
            Properties[(Id(args[0]), args[1].AsString())] = args[2];
            return ScriptValue.Null;
        });
        engine.RegisterHostFunction("setStyle", args =>
        {
            Styles[Id(args[0])] = args[1].AsString();
            return ScriptValue.Null;
        });
        engine.RegisterHostFunction("setVariable", args => { Variables[args[0].AsString()] = args[1]; return ScriptValue.Null; });
        engine.RegisterHostFunction("getVariable", args => Variables.TryGetValue(args[0].AsString(), out var v) ? v : ScriptValue.Null);
        engine.RegisterHostFunction("log", args => { Logs.Add(args[0].AsString()); return ScriptValue.Null; });
    }

    private static string Id(ScriptValue element)
    {
        var text = element.ToString();
        return text.StartsWith("el:", StringComparison.Ordinal) ? text[3..] : text;
    }
}

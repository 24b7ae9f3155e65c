using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;

namespace Kryon.Runtime.Tests.State;

/// <summary>Script functions written in C#, standing in for a script engine.</summary>
internal sealed class FakeScriptFunctions : IScriptFunctions
{
    private readonly Dictionary<string, Func<ScriptValue[], ScriptValue>> _functions = [];

    public List<(string Name, ScriptValue[] Arguments)> Calls { get; } = [];

    public FakeScriptFunctions Define(string name, Func<ScriptValue[], ScriptValue> body)
    {
        _functions[name] = body;
        return this;
    }

    public bool Contains(string name) => _functions.ContainsKey(name);

    public ScriptCallResult Call(string name, ReadOnlySpan<ScriptValue> arguments)
    {
        var args = arguments.ToArray();
        Calls.Add((name, args));
        if (!_functions.TryGetValue(name, out var body))
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"No script function named '{name}'"));
        try
        {
            return ScriptCallResult.Ok(body(args));
        }
        catch (Exception ex)
        {
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptError, null, ex.Message));
        }
    }
}

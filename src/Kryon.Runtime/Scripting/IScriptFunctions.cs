using Kryon.Diagnostics;

namespace Kryon.Runtime.Scripting;

/// <summary>The outcome of calling a script function: its result, or the problem that stopped it.</summary>
public readonly record struct ScriptCallResult(ScriptValue Value, Diagnostic? Error)
{
    public bool Succeeded => Error is null;

    public static ScriptCallResult Ok(ScriptValue value) => new(value, null);

    public static ScriptCallResult Fail(Diagnostic error) => new(ScriptValue.Null, error);
}

/// <summary>
/// The global function registry as the runtime core sees it (KRY.md §11: `name → (language,
/// engine)`). Event handlers, store actions and watchers call script code only through this; the
/// script manager (issue 9) implements it over the real engines, tests use a stand-in.
/// </summary>
public interface IScriptFunctions
{
    bool Contains(string name);

    /// <summary>Calls a function by name. Never throws for script errors: they come back in the result.</summary>
    ScriptCallResult Call(string name, ReadOnlySpan<ScriptValue> arguments);

    /// <summary>Calls a function value a script handed over (a timer, listener, watcher or animation callback).</summary>
    ScriptCallResult Call(ScriptFunctionRef function, ReadOnlySpan<ScriptValue> arguments)
        => ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"no script engine owns the {function.Language} function value #{function.Handle}"));

    /// <summary>
    /// The runtime holds <paramref name="function"/> (a timer, listener, watcher or animation keeps it);
    /// every <see cref="Retain"/> is matched by one <see cref="Release"/> when the holder lets go,
    /// so the engine can free the function once nothing holds it.
    /// </summary>
    void Retain(ScriptFunctionRef function) { }

    void Release(ScriptFunctionRef function) { }
}

/// <summary>No scripts loaded: every name is unknown.</summary>
public sealed class NoScriptFunctions : IScriptFunctions
{
    public static readonly NoScriptFunctions Instance = new();

    public bool Contains(string name) => false;

    public ScriptCallResult Call(string name, ReadOnlySpan<ScriptValue> arguments)
        => ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"No script function named '{name}' is loaded", "define it in an @script block, or check its spelling"));
}

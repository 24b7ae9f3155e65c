using System.Diagnostics;
using Kryon.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Frames;
using Kryon.Runtime.Scripting;

namespace Kryon.Runtime;

/// <summary>A listener added from code (the script bridge's addEventListener, platforms, tests).</summary>
public delegate void ElementEventListener(Element target, string eventName, IReadOnlyList<ScriptValue> arguments);

public sealed partial class KryonRuntime
{
    private readonly Dictionary<(Element, string), List<ElementEventListener>> _listeners = [];

    public void AddEventListener(Element element, string eventName, ElementEventListener listener)
    {
        if (!_listeners.TryGetValue((element, eventName), out var list)) _listeners[(element, eventName)] = list = [];
        list.Add(listener);
    }

    public bool RemoveEventListener(Element element, string eventName, ElementEventListener listener)
        => _listeners.TryGetValue((element, eventName), out var list) && list.Remove(listener);

    /// <summary>The arguments handlers get (KRY.md §11): (elementId) or (value, elementId).</summary>
    private static ScriptValue IdOf(Element e) => ScriptValue.From(e.Id ?? "");

    /// <summary>Runs the element's handler for an event and its listeners. Returns whether anything handled it.</summary>
    internal bool Fire(Element element, string eventName, params ScriptValue[] arguments)
    {
        bool handled = false;
        if (element.FindHandler(eventName) is { FunctionName.Length: > 0 } handler)
        {
            CallFunction(handler.FunctionName, arguments, $"{element}.{eventName}");
            handled = true;
        }
        if (_listeners.TryGetValue((element, eventName), out var listeners))
            foreach (var listener in listeners.ToArray())
            {
                handled = true;
                try { listener(element, eventName, arguments); }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    Log.Report(DiagnosticCodes.ScriptError, $"{element}.{eventName}: a listener failed: {ex.Message}");
                }
            }
        return handled;
    }

    /// <summary>Calls a script function by name through the registry; failures are logged, never thrown.</summary>
    public ScriptCallResult CallFunction(string name, IReadOnlyList<ScriptValue> arguments, string context)
    {
        long start = Stopwatch.GetTimestamp();
        var result = Invoke(name, arguments, context, DiagnosticCodes.ScriptError);
        if (result.Succeeded) WarnIfOverBudget(start, context, $"'{name}'");
        return result;
    }

    /// <summary>
    /// A call that finished but overran the frame's script budget is a performance warning; runaway
    /// code is stopped by the engine's own hard budget and comes back as a failed call (2303 error).
    /// </summary>
    private void WarnIfOverBudget(long startTimestamp, string context, string function)
    {
        double ms = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        if (ms > Options.Budgets.ScriptMs)
            Log.Report(Diagnostic.Create(DiagnosticCodes.ScriptBudgetExceeded, null, $"{context}: {function} ran {ms:0.#} ms, over the script budget of {Options.Budgets.ScriptMs} ms per call",
                "move long work into a timer or split it across frames").WithSeverity(DiagnosticSeverity.Warning));
    }

    /// <summary>
    /// The one place script code is entered: a missing function is 2304, a failure is reported with
    /// <paramref name="failureCode"/> (2302 for handlers, 2401 for lifecycle hooks).
    /// </summary>
    private ScriptCallResult Invoke(string name, IReadOnlyList<ScriptValue> arguments, string context, DiagnosticDescriptor failureCode)
    {
        Profiler.HandlersCalled++;
        if (!Scripts.Contains(name))
        {
            var missing = Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"{context}: no script function named '{name}' is loaded; the call is skipped",
                "define it in an @script block (a global function), or check its spelling");
            Log.Report(missing);
            return ScriptCallResult.Fail(missing);
        }
        ScriptCallResult result;
        try
        {
            result = Scripts.Call(name, arguments is ScriptValue[] array ? array : arguments.ToArray());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            result = ScriptCallResult.Fail(Diagnostic.Create(failureCode, null, $"{context}: '{name}' failed: {ex.Message}"));
        }
        if (result.Error is { } error)
        {
            // Engines report script errors as 2302; inside a lifecycle hook the hook's code says where it happened.
            if (failureCode != DiagnosticCodes.ScriptError && error.Code == DiagnosticCodes.ScriptError.Code)
                error = Diagnostic.Create(failureCode, error.Location, $"{context}: {error.Message}");
            Log.Report(error);
            return ScriptCallResult.Fail(error);
        }
        return result;
    }
}

using Kryon.Runtime;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting;

/// <summary>
/// Bridge functions that take script callbacks: watchVariable, addEventListener/removeEventListener,
/// emit, setTimeout/setInterval/clearTimer. The runtime holds the function values (and retains
/// them in their engine) for as long as the watcher, listener or timer lives.
/// </summary>
internal sealed partial class DomBridge
{
    private static ScriptFunctionRef FunctionOf(ScriptValue value, string function, string what)
        => value.Kind == ScriptValueKind.Function ? value.AsFunction()
            : throw new ScriptHostException($"{function}: {what} must be a function, not {KindName(value)}");

    private static int IdOf(ScriptValue value, string function, string what)
        => value.Kind is ScriptValueKind.Int or ScriptValueKind.Float && value.AsFloat() is var n && n == Math.Floor(n) && n is >= 0 and <= int.MaxValue
            ? (int)n
            : throw new ScriptHostException($"{function}: {what} must be the number the call that created it returned, not {value}");

    private static double MillisecondsOf(ScriptValue value, string function)
        => value.Kind is ScriptValueKind.Int or ScriptValueKind.Float && double.IsFinite(value.AsFloat()) && value.AsFloat() >= 0
            ? value.AsFloat()
            : throw new ScriptHostException($"{function}: the delay must be a number of milliseconds ≥ 0, not {value}");

    /// <summary>watchVariable(name, fn) → watcher id; fn(new, old, name) runs after each frame in which the variable changed.</summary>
    private ScriptValue WatchVariable(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "watchVariable";
        var runtime = Attached(fn);
        string name = Text(Arg(arguments, 0, fn, "variable name"), fn, "the variable name").TrimStart('$');
        var callback = FunctionOf(Arg(arguments, 1, fn, "function"), fn, "the watcher");
        return ScriptValue.From(runtime.WatchVariable(name, callback));
    }

    private ScriptValue UnwatchVariable(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "unwatchVariable";
        var runtime = Attached(fn);
        return ScriptValue.From(runtime.UnwatchVariable(IdOf(Arg(arguments, 0, fn, "watcher id"), fn, "the watcher id")));
    }

    /// <summary>addEventListener(element, event, fn) → listener id. "click" and "onClick" name the same event.</summary>
    private ScriptValue AddEventListener(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "addEventListener";
        var runtime = Attached(fn);
        var element = ElementOf(runtime, Arg(arguments, 0, fn, "element"), fn);
        string eventName = Text(Arg(arguments, 1, fn, "event name"), fn, "the event name");
        if (eventName.Length == 0) throw new ScriptHostException($"{fn}: the event name is empty");
        var callback = FunctionOf(Arg(arguments, 2, fn, "listener function"), fn, "the listener");
        return ScriptValue.From(runtime.AddScriptListener(element, eventName, callback));
    }

    /// <summary>removeEventListener(id) or removeEventListener(element, event, fn) → whether a listener was removed.</summary>
    private ScriptValue RemoveEventListener(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "removeEventListener";
        var runtime = Attached(fn);
        var first = Arg(arguments, 0, fn, "listener id or element");
        if (arguments.Length == 1) return ScriptValue.From(runtime.RemoveScriptListener(IdOf(first, fn, "the listener id")));
        var element = ElementOf(runtime, first, fn);
        string eventName = Text(Arg(arguments, 1, fn, "event name"), fn, "the event name");
        var callback = FunctionOf(Arg(arguments, 2, fn, "listener function"), fn, "the listener");
        return ScriptValue.From(runtime.RemoveScriptListener(element, eventName, callback));
    }

    /// <summary>emit(event, detail?, element?) → whether anything handled it. Runs the handlers now; the default target is the App.</summary>
    private ScriptValue Emit(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "emit";
        var runtime = Attached(fn);
        string eventName = Text(Arg(arguments, 0, fn, "event name"), fn, "the event name");
        if (eventName.Length == 0) throw new ScriptHostException($"{fn}: the event name is empty");
        var detail = arguments.Length > 1 ? arguments[1] : ScriptValue.Null;
        var target = arguments.Length > 2 && !arguments[2].IsNull ? ElementOf(runtime, arguments[2], fn) : null;
        if (target is { IsAttached: false }) throw new ScriptHostException($"{fn}: {target} is not in the tree, so no handler can hear it");
        return ScriptValue.From(runtime.Emit(eventName, detail, target));
    }

    /// <summary>call(name, args...): calls a function any loaded script defines, in whatever language (cross-language calls).</summary>
    private ScriptValue CallByName(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "call";
        var runtime = Attached(fn);
        string name = Text(Arg(arguments, 0, fn, "function name"), fn, "the function name");
        if (!runtime.Scripts.Contains(name)) throw new ScriptHostException($"{fn}: no script function named '{name}' is loaded");
        var result = runtime.Scripts.Call(name, arguments[1..]);
        return result.Succeeded ? result.Value : throw new ScriptHostException($"{fn}: '{name}' failed: {result.Error!.Message}");
    }

    /// <summary>callFunction(fn, args...): calls a function value another language handed over.</summary>
    private ScriptValue CallFunctionValue(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "callFunction";
        var runtime = Attached(fn);
        var function = FunctionOf(Arg(arguments, 0, fn, "function"), fn, "the first argument");
        var result = runtime.Scripts.Call(function, arguments[1..]);
        return result.Succeeded ? result.Value : throw new ScriptHostException($"{fn}: the call failed: {result.Error!.Message}");
    }

    private ScriptValue SetTimeout(ReadOnlySpan<ScriptValue> arguments) => Schedule(arguments, "setTimeout", repeat: false);

    private ScriptValue SetInterval(ReadOnlySpan<ScriptValue> arguments) => Schedule(arguments, "setInterval", repeat: true);

    /// <summary>setTimeout/setInterval(fn or function name, ms, args...) → timer id; the arguments are passed to the call.</summary>
    private ScriptValue Schedule(ReadOnlySpan<ScriptValue> arguments, string fn, bool repeat)
    {
        var runtime = Attached(fn);
        var target = Arg(arguments, 0, fn, "function");
        double ms = MillisecondsOf(Arg(arguments, 1, fn, "delay in milliseconds"), fn);
        var extra = arguments.Length > 2 ? arguments[2..].ToArray() : [];
        int id = target.Kind switch
        {
            ScriptValueKind.Function => runtime.SetTimer(target.AsFunction(), ms, repeat, extra),
            ScriptValueKind.String when runtime.Scripts.Contains(target.AsString()) => runtime.SetTimer(target.AsString(), ms, repeat, extra),
            ScriptValueKind.String => throw new ScriptHostException($"{fn}: no script function named '{target.AsString()}' is loaded"),
            _ => throw new ScriptHostException($"{fn}: the first argument must be a function or a function name, not {KindName(target)}"),
        };
        if (id == 0) throw new ScriptHostException($"{fn}: too many timers are pending (the limit is {Kryon.Runtime.Frames.Scheduler.MaxTimers}); clear some first");
        return ScriptValue.From(id);
    }

    /// <summary>clearTimer(id) → whether a pending timer was cancelled.</summary>
    private ScriptValue ClearTimer(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "clearTimer";
        var runtime = Attached(fn);
        var id = Arg(arguments, 0, fn, "timer id");
        return id.IsNull ? ScriptValue.From(false) : ScriptValue.From(runtime.ClearTimer(IdOf(id, fn, "the timer id")));
    }
}

using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Wren.Evaluation;
using Kryon.Scripting.Wren.Runtime;
using Kryon.Scripting.Wren.Scanning;

namespace Kryon.Scripting.Wren.Engine;

/// <summary>
/// Wren as an <see cref="IScriptEngine"/>: one interpreter whose module variables all loaded scripts
/// share. Entry points are the static methods of top-level classes and top-level variables holding
/// functions. Host functions are static methods of the <c>Kryon</c> class (<c>Kryon.setProperty(el, "text", "hi")</c>).
/// Load errors are 2301, run-time errors 2302, exceeded budgets 2303, unknown functions 2304 — each at
/// <c>SourceName:line</c> of the <c>.kry</c> file. Runs on the calling thread; nothing escapes as a .NET exception.
/// </summary>
public sealed class WrenEngine : IScriptEngine
{
    public const string LanguageId = "wren";

    private readonly Interpreter _interpreter = new();
    private readonly FunctionTable _functions = new();
    private readonly Conversion _conversion;
    private readonly Dictionary<string, HostFunction> _host = new(StringComparer.Ordinal);
    // Entry point name → a static method of a class (Class set) or a module variable (Class null).
    private readonly Dictionary<string, string?> _entries = new(StringComparer.Ordinal);
    private int _active;

    public WrenEngine()
    {
        _conversion = new Conversion(_functions, _interpreter);
        _interpreter.Host = CallHost;
        _interpreter.Print = message =>
        {
            if (_host.TryGetValue("log", out var log)) log([ScriptValue.From(message)]);
            else Output?.Invoke("info", message);
        };
    }

    public string Language => LanguageId;

    public string Version => "Wren 0.4 (Kryon tree-walking subset)";

    public ScriptCapabilities Capabilities => ScriptCapabilities.FunctionValues | ScriptCapabilities.Reload | ScriptCapabilities.CompileCache;

    public ScriptBudgets Budgets { get; set; } = ScriptBudgets.Default;

    /// <summary>Evaluation steps one call may take (a bound next to <see cref="ScriptBudgets.CallTime"/>, independent of machine speed).</summary>
    public long MaxSteps { get; set; } = 50_000_000;

    /// <summary>Where <c>System.print</c> and <c>Kryon.log</c> go when the host has not registered <c>log</c>: (level, message).</summary>
    public Action<string, string>? Output { get; set; }

    /// <summary>Function values currently held by the host.</summary>
    public int HeldFunctionCount => _functions.Count;

    /// <summary>Whether the last <see cref="Load"/> found its compiled script in the process-wide cache.</summary>
    public bool LastLoadWasCached { get; private set; }

    public void RegisterHostFunction(string name, HostFunction function) => _host[name] = function;

    private (bool, object?) CallHost(string name, object?[] args)
    {
        if (!_host.TryGetValue(name, out var function)) return (false, null);
        ScriptValue[] values = name == "log"
            ? [ScriptValue.From(string.Join(" ", args.Select(_interpreter.ToStr)))]
            : args.Select(a => _conversion.ToScript(a)).ToArray();
        ScriptValue result;
        try
        {
            result = function(values);
        }
        catch (ScriptHostException e)
        {
            throw _interpreter.Error($"Kryon.{name}: {e.Message}");
        }
        return (true, _conversion.ToWren(result));
    }

    public ScriptLoadResult Load(ScriptSource source)
    {
        var script = new ScriptInfo(source.SourceName, source.FirstLine, source.Code);
        CompiledScript compiled;
        try
        {
            // Compiled completely before any of it runs: a syntax error changes nothing.
            compiled = CompiledScript.Get(source.SourceName, source.Code, out bool cached);
            LastLoadWasCached = cached;
        }
        catch (WrenSyntaxError e)
        {
            var location = script.LocateOffset(e.Offset);
            return new ScriptLoadResult([], [Diagnostic.Create(DiagnosticCodes.ScriptLoadFailed, location,
                $"Syntax error in Wren script '{source.SourceName}' at {location.Start}: {e.Message}")]);
        }

        var error = Run(() =>
        {
            _interpreter.RunModule(compiled.Statements, script);
            return ScriptValue.Null;
        }, $"loading '{source.SourceName}'", DiagnosticCodes.ScriptLoadFailed, out _);

        var defined = new List<string>();
        foreach (var (cls, method) in compiled.StaticMethods)
        {
            if (_interpreter.Globals.GetValueOrDefault(cls) is not WrenClass) continue;
            _entries[method] = cls;
            if (!defined.Contains(method)) defined.Add(method);
            // Also by its qualified name, so a handler can say which class it means (onClick: "Handlers.increment").
            string qualified = cls + "." + method;
            _entries[qualified] = cls;
            if (!defined.Contains(qualified)) defined.Add(qualified);
        }
        foreach (var variable in compiled.Variables)
        {
            if (_interpreter.Globals.GetValueOrDefault(variable) is not WrenFn) continue;
            _entries[variable] = null;
            if (!defined.Contains(variable)) defined.Add(variable);
        }
        return new ScriptLoadResult(defined, error is null ? [] : [error]);
    }

    public bool Undefine(string name)
    {
        if (_entries.Remove(name, out var cls))
        {
            if (cls is null) _interpreter.Globals.Remove(name);
            return true;
        }
        if (_interpreter.Globals.GetValueOrDefault(name) is WrenFn)
        {
            _interpreter.Globals.Remove(name);
            return true;
        }
        return false;
    }

    public ScriptCallResult Call(string function, ReadOnlySpan<ScriptValue> arguments)
    {
        if (_entries.TryGetValue(function, out var className) && className is not null)
        {
            if (function.StartsWith(className + ".", StringComparison.Ordinal)) function = function[(className.Length + 1)..];
            if (_interpreter.Globals.GetValueOrDefault(className) is WrenClass cls && ChooseOverload(cls, function, arguments.Length) is { } method)
            {
                var values = arguments.ToArray();
                int arity = method.Decl.Body.Parameters.Count;
                var error = Run(() =>
                {
                    var args = new object?[arity];
                    for (int i = 0; i < arity && i < values.Length; i++) args[i] = _conversion.ToWren(values[i]);
                    return _conversion.ToScript(_interpreter.CallMethod(cls, function, method.Decl.Signature, args));
                }, $"function '{function}'", DiagnosticCodes.ScriptError, out var result);
                return error is null ? ScriptCallResult.Ok(result) : ScriptCallResult.Fail(error);
            }
            return NotFound(function);
        }
        if (!_interpreter.Globals.TryGetValue(function, out var value)) return NotFound(function);
        if (value is not WrenFn fn)
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptError, null, $"'{function}' is a {_interpreter.ClassOf(value).Name}, not a function"));
        return Invoke(fn, arguments, function);
    }

    private static ScriptCallResult NotFound(string function)
        => ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"No Wren function named '{function}' is loaded",
            "define it as a static method of a class, or as `var name = Fn.new { … }`, in an @script \"wren\" block"));

    /// <summary>The static method <paramref name="name"/> to call with <paramref name="count"/> arguments: the one taking the most of them, else the one taking fewest.</summary>
    private static WrenMethod? ChooseOverload(WrenClass cls, string name, int count)
    {
        var candidates = cls.StaticMethods.Values.Where(m => m.Decl.Name == name && m.Decl.Kind == Syntax.MethodKind.Method).ToList();
        return candidates.Where(m => m.Decl.Body.Parameters.Count <= count).MaxBy(m => m.Decl.Body.Parameters.Count)
            ?? candidates.MinBy(m => m.Decl.Body.Parameters.Count);
    }

    public ScriptCallResult Call(ScriptFunctionRef function, ReadOnlySpan<ScriptValue> arguments)
    {
        if (function.Language != LanguageId || !_functions.TryGet(function.Handle, out var fn))
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"No Wren function value #{function.Handle} is held (released, or not a Wren function)"));
        return Invoke(fn!, arguments, function.Name ?? fn!.Name ?? "#" + function.Handle);
    }

    private ScriptCallResult Invoke(WrenFn fn, ReadOnlySpan<ScriptValue> arguments, string name)
    {
        var values = arguments.ToArray();
        var error = Run(() => _conversion.ToScript(_interpreter.CallFn(fn, values.Select(v => _conversion.ToWren(v)).ToArray())),
            $"function '{name}'", DiagnosticCodes.ScriptError, out var result);
        return error is null ? ScriptCallResult.Ok(result) : ScriptCallResult.Fail(error);
    }

    /// <summary>Runs one host-initiated piece of work under the budgets; turns every failure into a diagnostic.</summary>
    private Diagnostic? Run(Func<ScriptValue> work, string what, DiagnosticDescriptor errorCode, out ScriptValue result)
    {
        result = ScriptValue.Null;
        bool outermost = _active++ == 0;
        if (outermost)
        {
            var budget = _interpreter.Budget;
            budget.MaxTime = Budgets.CallTime;
            budget.MaxDepth = Budgets.MaxCallDepth;
            budget.MaxBytes = Budgets.MemoryBytes;
            budget.MaxSteps = MaxSteps;
            _interpreter.BeginCall();
        }
        try
        {
            result = work();
            return null;
        }
        catch (WrenError e)
        {
            var prefix = errorCode == DiagnosticCodes.ScriptLoadFailed ? "Script load error" : "Script runtime error";
            return Diagnostic.Create(errorCode, e.Script?.Locate(e.Line), $"{prefix} in {what}: {e.Message}");
        }
        catch (BudgetExceededException e)
        {
            return Diagnostic.Create(DiagnosticCodes.ScriptBudgetExceeded, e.Script?.Locate(e.Line), $"Script stopped in {what}: {e.Message}",
                "look for a loop that never ends, or raise the script budgets");
        }
        catch (Exception e)
        {
            return Diagnostic.Create(errorCode, null, $"Internal error in {what}: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            _active--;
        }
    }

    public void Release(ScriptFunctionRef function)
    {
        if (function.Language == LanguageId) _functions.Remove(function.Handle);
    }

    public void SetGlobal(string name, ScriptValue value)
    {
        object? wren;
        try { wren = _conversion.ToWren(value); }
        catch (Exception) { wren = null; }
        _interpreter.Globals[name] = wren;
    }

    public ScriptValue GetGlobal(string name)
    {
        if (!_interpreter.Globals.TryGetValue(name, out var value)) return ScriptValue.Null;
        try { return _conversion.ToScript(value); }
        catch (Exception) { return ScriptValue.Null; }
    }

    public void Dispose() { }
}

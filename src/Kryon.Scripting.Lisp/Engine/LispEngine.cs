using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Builtins;
using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;
using Kryon.Scripting.Lisp.Reading;

namespace Kryon.Scripting.Lisp.Engine;

/// <summary>
/// Kryon Lisp as an <see cref="IScriptEngine"/> (LISP.md §1, §7, §8): one interpreter whose global
/// namespace all loaded scripts share. Load errors are 2301, run-time errors 2302, exceeded budgets
/// 2303, unknown functions 2304 — each located at <c>SourceName:line:col</c> of the form being
/// evaluated. Runs on the calling thread; nothing escapes as a .NET exception. Loading a source again
/// (hot reload) redefines what the new code defines and keeps other globals; the reader's forms are
/// shared between engines through <see cref="LispFormCache"/>.
/// </summary>
public sealed class LispEngine : IScriptEngine
{
    public const string LanguageId = "lisp";

    private readonly Interpreter _interpreter = new();
    private readonly FunctionTable _functions = new();
    private readonly ScriptRegistry _scripts = new();
    private readonly Conversion _conversion;
    private int _active;

    public LispEngine()
    {
        _conversion = new Conversion(_functions);
    }

    public string Language => LanguageId;

    public string Version => "Kryon Lisp 0.1 (Core profile)";

    public ScriptCapabilities Capabilities => ScriptCapabilities.FunctionValues | ScriptCapabilities.Reload | ScriptCapabilities.CompileCache;

    public ScriptBudgets Budgets { get; set; } = ScriptBudgets.Default;

    /// <summary>Evaluation steps one call may take (a second bound next to <see cref="ScriptBudgets.CallTime"/>, independent of machine speed).</summary>
    public long MaxSteps { get; set; } = 50_000_000;

    /// <summary>Where <c>print</c>/<c>log</c>/<c>warn</c>/<c>error</c> output goes when the host has not registered <c>log</c>: (level, message).</summary>
    public Action<string, string>? Output
    {
        get => _interpreter.Output;
        set => _interpreter.Output = value;
    }

    /// <summary>Function values currently held by the host.</summary>
    public int HeldFunctionCount => _functions.Count;

    internal Interpreter Interpreter => _interpreter;

    public void RegisterHostFunction(string name, HostFunction function)
    {
        foreach (var lispName in BridgeNames.LispNames(name))
        {
            int minimum = BridgeNames.MinimumArgumentsOf(name);
            _interpreter.DefineBuiltin(lispName, (_, args) =>
            {
                if (args.Length < minimum)
                    throw new LispError(ErrorKind.InvalidArguments, $"{lispName} needs at least {minimum} argument{(minimum == 1 ? "" : "s")}, got {args.Length}");
                return CallHost(lispName, function, args);
            });
        }
        if (name == "setVariable") _interpreter.DefineBuiltin("kryon/bind-atom!", (interp, args) => BindAtom(interp, function, args));
    }

    /// <summary>
    /// <c>(kryon/bind-atom! a "var_name")</c> (LISP.md §6 [proposal]): sets the runtime variable to the
    /// atom's value now and after every change, through the host's <c>setVariable</c>.
    /// </summary>
    private object? BindAtom(Interpreter interp, HostFunction setVariable, object?[] args)
    {
        if (args.Length != 2 || args[0] is not Atom atom) throw new LispError(ErrorKind.InvalidArguments, "kryon/bind-atom! expects an atom and a variable name");
        var variable = args[1] switch
        {
            string s => s,
            Keyword k => k.Name,
            Symbol sym => sym.Name,
            _ => throw new LispError(ErrorKind.InvalidArguments, "kryon/bind-atom! expects a variable name"),
        };
        var watch = new Builtin("bind-atom-watch", (_, w) => CallHost("set-variable!", setVariable, [variable, w[3]]));
        var key = Keyword.Of("kryon/bind-atom:" + variable);
        atom.Watches.RemoveAll(w => ReferenceEquals(w.Key, key));
        atom.Watches.Add(new(key, watch));
        CallHost("set-variable!", setVariable, [variable, atom.Value]);
        return atom;
    }

    private object? CallHost(string lispName, HostFunction function, object?[] args)
    {
        ScriptValue[] values;
        if (lispName == "log")
        {
            // LISP.md §7.1: any values, display-joined with spaces, handed over as one message.
            if (args.Length == 0) throw new LispError(ErrorKind.InvalidArguments, "log needs at least one argument");
            values = [ScriptValue.From(OutputFunctions.Join(args))];
        }
        else values = args.Select(a => _conversion.ToScript(a)).ToArray();
        try
        {
            return _conversion.ToLisp(function(values));
        }
        catch (ScriptHostException e)
        {
            throw new LispError(ErrorKind.InvalidArguments, $"{lispName}: {e.Message}");
        }
    }

    public ScriptLoadResult Load(ScriptSource source)
    {
        // The whole text is read before any of it runs (or is registered), so a reload with a syntax error changes nothing.
        string cacheKey = LispFormCache.Key(source.SourceName, source.Code);
        var cached = LispFormCache.TryGet(cacheKey);
        LastLoadWasCached = cached is not null;
        IReadOnlyList<object?> forms;
        int baseOffset;
        if (cached is not null) (forms, baseOffset) = (cached.Forms, cached.BaseOffset);
        else
        {
            baseOffset = FormOffsets.Reserve(source.Code.Length + 1);
            var read = Reader.Read(source.Code, baseOffset);
            if (read.Error is { } syntax)
            {
                var location = ScriptRegistry.LocateIn(source, syntax.Offset);
                return new ScriptLoadResult([], [Diagnostic.Create(DiagnosticCodes.ScriptLoadFailed, location,
                    $"Syntax error in Lisp script '{source.SourceName}' at {location.Start}: {syntax.Message}")]);
            }
            forms = read.Forms;
            LispFormCache.Add(cacheKey, forms, baseOffset, source.Code.Length);
        }
        _scripts.Add(source, baseOffset);

        var defined = new List<string>();
        var error = Run(() =>
        {
            foreach (var form in forms)
            {
                _interpreter.EvalTopLevel(form);
                if (EntryPointName(form) is { } name && !defined.Contains(name)) defined.Add(name);
            }
            return ScriptValue.Null;
        }, $"loading '{source.SourceName}'", DiagnosticCodes.ScriptLoadFailed, out _);
        return new ScriptLoadResult(defined, error is null ? [] : [error]);
    }

    /// <summary>Whether the last <see cref="Load"/> found its forms in <see cref="LispFormCache"/>.</summary>
    internal bool LastLoadWasCached { get; private set; }

    public bool Undefine(string name)
    {
        var symbol = Symbol.Of(name);
        if (!_interpreter.Globals.TryGetOwn(symbol, out var value) || value is not LispFunction) return false;
        _interpreter.Globals.Remove(symbol);
        return true;
    }

    /// <summary>An entry point (LISP.md §1): <c>(defn NAME …)</c>, <c>(def-event NAME …)</c> or <c>(def NAME (fn …))</c>.</summary>
    private static string? EntryPointName(object? form) => form switch
    {
        LispList { Count: >= 2 } l when l[0] is Symbol { Name: "defn" or "defn-" or "def-event" } && l[1] is Symbol name => name.Name,
        LispList { Count: 3 } l when l[0] is Symbol { Name: "def" } && l[1] is Symbol name && l[2] is LispList { First: Symbol { Name: "fn" } } => name.Name,
        _ => null,
    };

    public ScriptCallResult Call(string function, ReadOnlySpan<ScriptValue> arguments)
    {
        if (!_interpreter.Globals.TryGetOwn(Symbol.Of(function), out var value))
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"No Lisp function named '{function}' is loaded", "define it with (defn …) in an @script \"lisp\" block"));
        if (value is not LispFunction fn)
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptError, null, $"'{function}' is a {Printer.TypeName(value)}, not a function"));
        return Invoke(fn, arguments, function);
    }

    public ScriptCallResult Call(ScriptFunctionRef function, ReadOnlySpan<ScriptValue> arguments)
    {
        if (function.Language != LanguageId || !_functions.TryGet(function.Handle, out var fn))
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"No Lisp function value #{function.Handle} is held (released, or not a Lisp function)"));
        return Invoke(fn!, arguments, function.Name ?? fn!.Name);
    }

    private ScriptCallResult Invoke(LispFunction fn, ReadOnlySpan<ScriptValue> arguments, string name)
    {
        var values = arguments.ToArray();
        var error = Run(() => _conversion.ToScript(_interpreter.Apply(fn, values.Select(v => _conversion.ToLisp(v)).ToArray())),
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
            budget.MaxElements = Math.Max(1, Budgets.MemoryBytes / 16);
            budget.MaxSteps = MaxSteps;
            _interpreter.BeginCall();
        }
        try
        {
            result = work();
            return null;
        }
        catch (LispError e)
        {
            var location = _scripts.Locate(e.Offset);
            var prefix = errorCode == DiagnosticCodes.ScriptLoadFailed ? "Script load error" : "Script runtime error";
            return Diagnostic.Create(errorCode, location, $"{prefix} in {what}: {e.Message}{StackText(e.LispStack)}");
        }
        catch (BudgetExceededException e)
        {
            return Diagnostic.Create(DiagnosticCodes.ScriptBudgetExceeded, _scripts.Locate(e.Offset), $"Script stopped in {what}: {e.Message}{StackText(e.LispStack)}",
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

    private static string StackText(IReadOnlyList<string>? stack)
        => stack is { Count: > 0 } ? " (Lisp stack: " + string.Join(" → ", stack.Count > 8 ? [.. stack.Take(4), "…", .. stack.TakeLast(3)] : stack) + ")" : "";

    public void Release(ScriptFunctionRef function)
    {
        if (function.Language == LanguageId) _functions.Remove(function.Handle);
    }

    public void SetGlobal(string name, ScriptValue value)
    {
        object? lisp;
        try { lisp = _conversion.ToLisp(value); }
        catch (LispError) { lisp = null; }
        _interpreter.Globals.Define(Symbol.Of(name), lisp);
    }

    public ScriptValue GetGlobal(string name)
    {
        if (!_interpreter.Globals.TryGetOwn(Symbol.Of(name), out var value)) return ScriptValue.Null;
        try { return _conversion.ToScript(value); }
        catch (LispError) { return ScriptValue.Null; }
    }

    public void Dispose() { }
}

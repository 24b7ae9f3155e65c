using System.Runtime.CompilerServices;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Builtins;
using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Evaluation;

/// <summary>
/// The evaluator (LISP.md §4): a tree-walker whose <see cref="Eval(object?, Env)"/> is a loop.
/// Forms in tail position (the branches of <c>if</c>, the last form of a body, a function's body
/// after a call, <c>recur</c>) replace the current form instead of recursing, so tail calls and
/// loops run in constant .NET stack. Non-tail evaluation recurses on the calling thread, counted:
/// function-call nesting is limited by <see cref="Budget.MaxDepth"/> and, as a last guard, by the
/// real stack left — both end as a Lisp StackOverflow error, never a .NET one.
/// </summary>
public sealed partial class Interpreter
{
    private const int MaxEvalNesting = 20_000;

    private int _callDepth;
    private int _evalNesting;
    private int _gensym;

    public Interpreter()
    {
        Builtins = Env.CreateGlobal(null);
        Globals = Env.CreateGlobal(Builtins);
        CoreLibrary.Install(this);
    }

    /// <summary>Core builtins and bridge functions: resolved after the user's globals (LISP.md §4).</summary>
    public Env Builtins { get; }

    /// <summary>The `user` namespace all script blocks share.</summary>
    public Env Globals { get; }

    public Budget Budget { get; } = new();

    /// <summary>Where <c>print</c>, <c>log</c>, <c>warn</c>, <c>error</c> write: (level, message). Level is "info", "warn", "error" or "print".</summary>
    public Action<string, string>? Output { get; set; }

    public void DefineBuiltin(string name, Func<Interpreter, object?[], object?> body)
        => Builtins.Define(Symbol.Of(name), new Builtin(name, body));

    /// <summary>A core builtin by name, for expansions that must not be captured by user bindings.</summary>
    internal object? Core(string name) => Builtins.TryLookup(Symbol.Of(name), out var value) ? value : throw new InvalidOperationException("no builtin " + name);

    internal Symbol Gensym(string prefix = "G__") => Symbol.Of(prefix + (++_gensym));

    /// <summary>Resets per-call counters: call this before running a host-initiated call.</summary>
    public void BeginCall()
    {
        _callDepth = 0;
        _evalNesting = 0;
        _callStack.Clear();
        Budget.Start();
    }

    public object? Eval(object? form, Env env) => Eval(form, env, null);

    /// <summary>Evaluates all top-level forms of a script in order; returns the last value.</summary>
    public object? EvalTopLevel(object? form) => Eval(form, Globals, null);

    private object? Eval(object? form, Env env, RecurTarget? target)
    {
        if (++_evalNesting > MaxEvalNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _evalNesting--;
            throw new LispError(ErrorKind.StackOverflow, "StackOverflow: evaluation nested too deeply");
        }
        bool countedCall = false;
        LispList? current = null;
        try
        {
            while (true)
            {
                Budget.Step();
                switch (form)
                {
                    case Symbol symbol:
                        return Lookup(symbol, env);
                    case LispVector vector:
                        return EvalVector(vector, env);
                    case LispMap map:
                        return EvalMap(map, env);
                    case LispSet set:
                        return EvalSet(set, env);
                    case LispList { Count: 0 } empty:
                        return empty;
                    case LispList list:
                        if (list.Offset >= 0) current = list;
                        object? fn;
                        if (list[0] is Symbol head)
                        {
                            var special = EvalSpecial(head.Name, list, ref env, ref target, out var value);
                            if (special == SpecialResult.Return) return value;
                            if (special == SpecialResult.Continue) { form = value; continue; }
                            if (ExpandDerivedCached(list, head, out var expansion)) { form = expansion; continue; }
                            fn = Lookup(head, env);
                            if (fn is Closure { IsMacro: true } macro) { form = ExpandMacro(macro, list); continue; }
                        }
                        else fn = Eval(list[0], env, null);
                        var args = EvalArguments(list, env);
                        if (fn is Closure { IsMacro: false } closure)
                        {
                            if (!countedCall) { EnterCall(closure.Name); countedCall = true; }
                            else _callStack[^1] = closure.Name;
                            var arity = SelectArity(closure, args.Length);
                            env = BindArguments(closure, arity, args);
                            target = RecurTarget.Function(closure, arity);
                            form = TailBody(arity.Body, env);
                            continue;
                        }
                        return ApplyNonClosure(fn, args);
                    default:
                        return form;
                }
            }
        }
        // A filter that never catches: it stamps the innermost form's position on the error as it
        // passes. (Catching and rethrowing at every level would nest exception dispatch on the
        // stack, which overflows on deep recursion.)
        catch (Exception e) when (Locate(e, current))
        {
            throw;
        }
        finally
        {
            _evalNesting--;
            if (countedCall) LeaveCall();
        }
    }

    /// <summary>
    /// Runs as an exception filter, before any frame unwinds: the first (innermost) frame to see an
    /// error records the Lisp call stack, the innermost frame with a positioned form records where.
    /// </summary>
    private bool Locate(Exception e, LispList? current)
    {
        if (e is LispError lisp)
        {
            lisp.LispStack ??= [.. _callStack];
            if (lisp.Offset < 0 && current is not null) lisp.Offset = current.Offset;
        }
        else if (e is BudgetExceededException budget)
        {
            budget.LispStack ??= [.. _callStack];
            if (budget.Offset < 0 && current is not null) budget.Offset = current.Offset;
        }
        return false;
    }

    private void EnterCall(string name)
    {
        if (_callDepth + 1 > Budget.MaxDepth)
            throw new LispError(ErrorKind.StackOverflow, $"StackOverflow: call depth exceeded {Budget.MaxDepth}");
        _callDepth++;
        _callStack.Add(name);
    }

    private void LeaveCall()
    {
        _callDepth--;
        _callStack.RemoveAt(_callStack.Count - 1);
    }

    /// <summary>The function names being run, innermost last (a tail call replaces its caller).</summary>
    private readonly List<string> _callStack = [];

    private object? Lookup(Symbol symbol, Env env)
    {
        if (env.TryLookup(symbol, out var value)) return value;
        throw new LispError(ErrorKind.UnresolvedSymbol, $"Unable to resolve symbol: {symbol.Name}");
    }

    /// <summary>Evaluates a value that is not in tail position; a <c>recur</c> there is an error.</summary>
    internal object? EvalNonTail(object? form, Env env) => Eval(form, env, null);

    private object?[] EvalArguments(LispList list, Env env)
    {
        var args = new object?[list.Count - 1];
        for (int i = 1; i < list.Count; i++) args[i - 1] = Eval(list[i], env, null);
        return args;
    }

    private LispVector EvalVector(LispVector vector, Env env)
    {
        var items = new object?[vector.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Eval(vector[i], env, null);
        return LispVector.Of(items);
    }

    private LispMap EvalMap(LispMap map, Env env)
    {
        var result = LispMap.Empty;
        foreach (var (k, v) in map.Entries) result = result.Assoc(Eval(k, env, null), Eval(v, env, null));
        return result;
    }

    private LispSet EvalSet(LispSet set, Env env)
    {
        var result = LispSet.Empty;
        foreach (var item in set.Items) result = result.Add(Eval(item, env, null));
        return result;
    }

    /// <summary>Runs all but the last form of a body and returns the last one, to be evaluated in tail position.</summary>
    private object? TailBody(LispList body, Env env)
    {
        if (body.Count == 0) return null;
        for (int i = 0; i < body.Count - 1; i++) Eval(body[i], env, null);
        return body[body.Count - 1];
    }

    private static Arity SelectArity(Closure closure, int count)
    {
        foreach (var arity in closure.Arities)
            if (arity.Rest is null && arity.Accepts(count)) return arity;
        foreach (var arity in closure.Arities)
            if (arity.Accepts(count)) return arity;
        throw new LispError(ErrorKind.Arity, $"Wrong number of args ({count}) passed to: {closure.Name}");
    }

    private static Env BindArguments(Closure closure, Arity arity, object?[] args)
    {
        var env = closure.Env.Child();
        for (int i = 0; i < arity.Parameters.Length; i++) Destructure.Bind(arity.Parameters[i], args[i], env);
        if (arity.Rest is not null)
            Destructure.Bind(arity.Rest, args.Length > arity.Parameters.Length ? new LispList(args[arity.Parameters.Length..]) : null, env);
        return env;
    }

    /// <summary>Calls any callable value from C# (builtins, the engine): a closure runs its body in a counted, non-tail frame.</summary>
    public object? Apply(object? fn, params object?[] args)
    {
        if (fn is not Closure { IsMacro: false } closure) return ApplyNonClosure(fn, args);
        EnterCall(closure.Name);
        try
        {
            var arity = SelectArity(closure, args.Length);
            var env = BindArguments(closure, arity, args);
            var target = RecurTarget.Function(closure, arity);
            return Eval(TailBody(arity.Body, env), env, target);
        }
        finally { LeaveCall(); }
    }

    private object? ApplyNonClosure(object? fn, object?[] args)
    {
        switch (fn)
        {
            case Builtin builtin:
                try { return builtin.Body(this, args); }
                catch (LispError) { throw; }
                catch (BudgetExceededException) { throw; }
                catch (ScriptHostException e) { throw new LispError(ErrorKind.InvalidArguments, $"{builtin.Name}: {e.Message}"); }
                catch (Exception e) when (e is InvalidCastException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException or InvalidOperationException or KeyNotFoundException)
                {
                    throw new LispError(ErrorKind.Type, $"{builtin.Name}: {e.Message}");
                }
            case Keyword keyword:
                if (args.Length is < 1 or > 2) throw new LispError(ErrorKind.Arity, $"Wrong number of args ({args.Length}) passed to: {keyword}");
                return Collections.Get(args[0], keyword, args.Length > 1 ? args[1] : null);
            case LispMap map:
                if (args.Length is < 1 or > 2) throw new LispError(ErrorKind.Arity, $"Wrong number of args ({args.Length}) passed to: map");
                return Collections.Get(map, args[0], args.Length > 1 ? args[1] : null);
            case LispVector vector:
                if (args.Length != 1 || args[0] is not long i || i < 0 || i >= vector.Count)
                    throw new LispError(ErrorKind.Index, "Vector index out of range");
                return vector[(int)i];
            case LispSet set:
                if (args.Length != 1) throw new LispError(ErrorKind.Arity, $"Wrong number of args ({args.Length}) passed to: set");
                return set.Contains(args[0]) ? args[0] : null;
            case Closure { IsMacro: true } macro:
                throw new LispError(ErrorKind.Type, $"Can't take value of a macro: {macro.Name}");
            case ForeignFunction foreign:
                throw new LispError(ErrorKind.Type, $"{foreign.Name} is a {foreign.Reference.Language} function and cannot be called from Lisp");
            case Closure closure:
                return Apply(closure, args);
            default:
                throw new LispError(ErrorKind.Type, $"{Printer.TypeName(fn)} {Printer.Readable(fn)} cannot be called as a function");
        }
    }
}

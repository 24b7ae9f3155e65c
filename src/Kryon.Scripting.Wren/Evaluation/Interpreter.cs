using System.Runtime.CompilerServices;
using Kryon.Scripting.Wren.Runtime;
using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>
/// The tree-walking evaluator (Crafting Interpreters ch. 8–13, with Wren's semantics): module
/// variables, statements (this file), expressions (Interpreter.Expressions.cs), method dispatch
/// (Interpreter.Calls.cs) and the core library (Core/*.cs). Every statement and call counts against
/// the <see cref="Budget"/>; errors are <see cref="WrenError"/> at the current script line.
/// </summary>
internal sealed partial class Interpreter
{
    private enum Completion { Normal, Break, Continue, Return }

    private static readonly ScriptInfo NoScript = new("<wren>", 1, "");

    private Frame _frame = new(null, null, null, NoScript);
    private int _line;
    private object? _returnValue;

    public Interpreter()
    {
        Classes = new CoreClasses();
    }

    /// <summary>Module variables, shared by every script the engine loads (and by SetGlobal/GetGlobal).</summary>
    public Dictionary<string, object?> Globals { get; } = new(StringComparer.Ordinal);

    public CoreClasses Classes { get; }

    public Budget Budget { get; } = new();

    /// <summary><c>System.print</c>: where a line of output goes.</summary>
    public Action<string>? Print { get; set; }

    /// <summary><c>Kryon.name(args)</c>: calls the host function <c>name</c>; null when there is none.</summary>
    public Func<string, object?[], (bool Found, object? Result)>? Host { get; set; }

    /// <summary>Starts a host-initiated call: resets the budget counters.</summary>
    public void BeginCall()
    {
        Budget.Start();
        _callStack.Clear();
    }

    /// <summary>Runs a module's top level.</summary>
    public void RunModule(IReadOnlyList<Stmt> statements, ScriptInfo script)
    {
        var saved = _frame;
        _frame = new Frame(null, null, null, script);
        try
        {
            foreach (var stmt in statements)
                if (Execute(stmt, null) == Completion.Return) break;
        }
        finally
        {
            _frame = saved;
        }
    }

    /// <summary>A runtime error at the current line.</summary>
    public WrenError Error(string message) => new(message + CallStackText(), _frame.Script, _line);

    private void Step()
    {
        if (Budget.Step() is { } why) throw new BudgetExceededException(why + CallStackText(), _frame.Script, _line);
    }

    /// <summary>Counts <paramref name="bytes"/> of new strings or collections against the memory budget.</summary>
    public void Allocate(long bytes)
    {
        if (Budget.Allocate(bytes) is { } why) throw new BudgetExceededException(why + CallStackText(), _frame.Script, _line);
    }

    public string NewString(string s)
    {
        Allocate(2L * s.Length + 26);
        return s;
    }

    public static bool Truthy(object? value) => value is not (null or false);

    private Completion Execute(Stmt stmt, Env? env)
    {
        _line = stmt.Line;
        Step();
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Error("Stack overflow: code nested too deeply");
        switch (stmt)
        {
            case ExprStmt e:
                Evaluate(e.Expression, env);
                return Completion.Normal;
            case VarStmt v:
                Define(v, v.Initializer is null ? null : Evaluate(v.Initializer, env), env);
                return Completion.Normal;
            case BlockStmt b:
                return ExecuteAll(b.Statements, new Env(b.SlotCount, env));
            case IfStmt i:
                if (Truthy(Evaluate(i.Condition, env))) return Execute(i.Then, env);
                return i.Otherwise is null ? Completion.Normal : Execute(i.Otherwise, env);
            case WhileStmt w:
                while (Truthy(Evaluate(w.Condition, env)))
                {
                    var c = Execute(w.Body, env);
                    if (c == Completion.Break) break;
                    if (c == Completion.Return) return c;
                    _line = w.Line;
                    Step();
                }
                return Completion.Normal;
            case ForStmt f:
            {
                var sequence = Evaluate(f.Sequence, env);
                if (sequence is WrenRange { From: var from, To: var to, IsInclusive: var inclusive } && from <= to)
                {
                    // The common counting loop, without an enumerator.
                    for (double i = from; inclusive ? i <= to : i < to; i++)
                    {
                        var loopEnv = new Env(1, env);
                        loopEnv.Slots[0] = i;
                        var c = Execute(f.Body, loopEnv);
                        if (c == Completion.Break) break;
                        if (c == Completion.Return) return c;
                        _line = f.Line;
                    }
                    return Completion.Normal;
                }
                foreach (var item in Iterate(sequence))
                {
                    var loopEnv = new Env(1, env);
                    loopEnv.Slots[0] = item;
                    var c = Execute(f.Body, loopEnv);
                    if (c == Completion.Break) break;
                    if (c == Completion.Return) return c;
                    _line = f.Line;
                }
                return Completion.Normal;
            }
            case BreakStmt:
                return Completion.Break;
            case ContinueStmt:
                return Completion.Continue;
            case ReturnStmt r:
                _returnValue = r.Value is null ? null : Evaluate(r.Value, env);
                return Completion.Return;
            case ImportStmt import:
                foreach (var binding in import.Bindings) Define(binding, Classes.Kryon, env);
                return Completion.Normal;
            case ClassStmt c:
                Define(c.Binding, DefineClass(c, env), env);
                return Completion.Normal;
            default:
                throw Error($"unknown statement {stmt.GetType().Name}");
        }
    }

    private Completion ExecuteAll(IReadOnlyList<Stmt> statements, Env env)
    {
        foreach (var stmt in statements)
        {
            var c = Execute(stmt, env);
            if (c != Completion.Normal) return c;
        }
        return Completion.Normal;
    }

    private void Define(VarStmt v, object? value, Env? env)
    {
        if (value is WrenFn { Name: null } fn) fn.Name = v.Name;
        if (v.IsLocal) env!.Slots[v.Slot] = value;
        else Globals[v.Name] = value;
    }

    private WrenClass DefineClass(ClassStmt c, Env? env)
    {
        WrenClass superclass = Classes.Object;
        if (c.Superclass is not null)
        {
            var value = LookupModule(c.Superclass);
            if (value is not WrenClass sc) throw Error($"Class '{c.Name}' cannot inherit from a non-class object");
            if (sc.IsCore && sc != Classes.Object) throw Error($"Class '{c.Name}' cannot inherit from built-in class '{sc.Name}'");
            superclass = sc;
        }
        var cls = new WrenClass(c.Name, superclass, false);
        foreach (var decl in c.Methods)
        {
            var method = new WrenMethod(decl, cls, env, _frame.Script);
            if (decl.Kind == MethodKind.Constructor) cls.Methods["init " + decl.Signature] = method;
            else if (decl.IsStatic) cls.StaticMethods[decl.Signature] = method;
            else cls.Methods[decl.Signature] = method;
        }
        // Hot reload: a class defined again keeps the static fields (its state) of the one it replaces.
        if (!c.Binding.IsLocal && Globals.TryGetValue(c.Name, out var old) && old is WrenClass { IsCore: false } previous)
            foreach (var (name, value) in previous.StaticFields) cls.StaticFields[name] = value;
        return cls;
    }

    private object? LookupModule(string name)
    {
        if (Globals.TryGetValue(name, out var value)) return value;
        if (Classes.TryGet(name, out var core)) return core;
        throw Error($"Variable '{name}' is not defined");
    }
}

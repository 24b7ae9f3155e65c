using System.Runtime.CompilerServices;
using Kryon.Scripting.Wren.Runtime;
using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>
/// Method dispatch: a script instance's class chain, a script class's static methods and
/// constructors, and the core library for everything else; running function and method bodies
/// under the depth budget.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>Calls <paramref name="signature"/> (<c>name(_,_)</c>, <c>name</c>, <c>+(_)</c> …) on <paramref name="receiver"/>.</summary>
    public object? CallMethod(object? receiver, string name, string signature, object?[] args)
    {
        switch (receiver)
        {
            case WrenInstance instance:
            {
                var method = instance.Class.FindMethod(signature);
                if (method is not null) return Invoke(method, instance, args);
                break;
            }
            case WrenClass { IsCore: false } cls:
            {
                if (cls.StaticMethods.TryGetValue(signature, out var method)) return Invoke(method, cls, args);
                if (cls.Methods.TryGetValue("init " + signature, out var init))
                {
                    var instance = new WrenInstance(cls);
                    Allocate(48);
                    Invoke(init, instance, args);
                    return instance;
                }
                if (signature == "new()" && !cls.Methods.Keys.Any(k => k.StartsWith("init ", StringComparison.Ordinal)))
                    return new WrenInstance(cls);
                break;
            }
        }
        return CallCore(receiver, name, signature, args);
    }

    /// <summary>Runs a script method with <paramref name="self"/> as <c>this</c>.</summary>
    private object? Invoke(WrenMethod method, object? self, object?[] args)
    {
        var body = method.Decl.Body;
        var env = new Env(body.SlotCount, method.Closure);
        BindParameters(body, env, args);
        var result = Run(body, env, new Frame(self, method.Owner, method.Decl, method.Script), method);
        return method.Decl.Kind == MethodKind.Constructor ? self : result;
    }

    /// <summary>Calls a function value; missing arguments are null, extra ones are dropped.</summary>
    public object? CallFn(WrenFn fn, object?[] args)
    {
        var env = new Env(fn.Body.SlotCount, fn.Closure);
        BindParameters(fn.Body, env, args);
        return Run(fn.Body, env, fn.Frame, fn);
    }

    private static void BindParameters(FunctionBody body, Env env, object?[] args)
    {
        int n = Math.Min(body.Parameters.Count, args.Length);
        for (int i = 0; i < n; i++) env.Slots[i] = args[i];
    }

    /// <summary>What is running, innermost last: a method or a function (named in error messages).</summary>
    private readonly List<object> _callStack = [];

    private string CallStackText()
    {
        if (_callStack.Count < 2) return "";
        var names = _callStack.Select(c => c switch
        {
            WrenMethod m => (m.Decl.IsStatic ? m.Owner.Name + "." : m.Owner.Name + "#") + m.Decl.Name,
            WrenFn f => f.Name ?? "Fn",
            _ => "?",
        }).ToList();
        if (names.Count > 8) names = [.. names.Take(3), "…", .. names.TakeLast(4)];
        return " (Wren stack: " + string.Join(" → ", names) + ")";
    }

    private object? Run(FunctionBody body, Env env, Frame frame, object callee)
    {
        if (Budget.Depth >= Budget.MaxDepth) throw Error($"Stack overflow: more than {Budget.MaxDepth} nested calls");
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Error("Stack overflow: the call nesting is too deep for the interpreter's stack");
        var savedFrame = _frame;
        var savedLine = _line;
        Budget.Depth++;
        _frame = frame;
        _callStack.Add(callee);
        try
        {
            Step();
            if (body.ReturnsLastExpression) return Evaluate(((ExprStmt)body.Statements[0]).Expression, env);
            foreach (var stmt in body.Statements)
            {
                if (Execute(stmt, env) == Completion.Return)
                {
                    var value = _returnValue;
                    _returnValue = null;
                    return value;
                }
            }
            return null;
        }
        finally
        {
            Budget.Depth--;
            _callStack.RemoveAt(_callStack.Count - 1);
            _frame = savedFrame;
            _line = savedLine;
        }
    }

    private object? Super(SuperExpr s, Env? env)
    {
        var method = _frame.Method ?? throw Error("Cannot use 'super' outside of a method");
        var owner = _frame.MethodClass!;
        string name = s.Name ?? method.Name;
        string signature = s.Args.Signature(name);
        var args = Arguments(s.Args, env);
        _line = s.Line;
        var superclass = owner.Superclass;
        if (s.Name is null && method.Kind == MethodKind.Constructor)
        {
            for (var c = superclass; c is not null; c = c.Superclass)
                if (c.Methods.TryGetValue("init " + signature, out var init)) return Invoke(init, _frame.This, args);
            if (superclass is null || superclass.IsCore) return _frame.This;
            throw Error($"{superclass.Name} does not have a constructor '{signature}'");
        }
        var found = superclass?.FindMethod(signature);
        if (found is not null) return Invoke(found, _frame.This, args);
        return CallCore(_frame.This, name, signature, args, skipScriptMethods: true);
    }

    /// <summary>The class of any value.</summary>
    public WrenClass ClassOf(object? value) => value switch
    {
        null => Classes.Null,
        bool => Classes.Bool,
        double => Classes.Num,
        string => Classes.String,
        WrenList => Classes.List,
        WrenMap => Classes.Map,
        WrenRange => Classes.Range,
        WrenFn or ForeignFunction => Classes.Fn,
        WrenInstance i => i.Class,
        WrenClass => Classes.Class,
        MapEntry => Classes.MapEntry,
        ElementHandle => Classes.Element,
        WrenFiber => Classes.Fiber,
        _ => Classes.Object,
    };

    /// <summary>Wren's <c>==</c> for values without a script <c>==</c>: by value for numbers, strings, booleans, null, ranges; by identity otherwise.</summary>
    public static bool ValuesEqual(object? a, object? b) => (a, b) switch
    {
        (double x, double y) => x == y,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (bool x, bool y) => x == y,
        (null, null) => true,
        (WrenRange x, WrenRange y) => x.Equals(y),
        (ElementHandle x, ElementHandle y) => x.Equals(y),
        _ => ReferenceEquals(a, b),
    };

    /// <summary><c>==</c> as scripts see it (a script class may define its own).</summary>
    public bool ScriptEquals(object? a, object? b)
        => a is WrenInstance i && i.Class.FindMethod("==(_)") is { } eq ? Truthy(Invoke(eq, i, [b])) : ValuesEqual(a, b);
}

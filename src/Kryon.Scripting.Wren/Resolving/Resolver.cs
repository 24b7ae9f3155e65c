using System.Runtime.CompilerServices;
using Kryon.Scripting.Wren.Scanning;
using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Resolving;

/// <summary>
/// Static resolution (Crafting Interpreters ch. 11, with Wren's rules): gives each local variable a
/// slot in its scope and each use the number of scopes to hop; a name that is not a local is a module
/// variable, except inside a class, where a lowercase name is a method call on <c>this</c>. Also
/// rejects what Wren rejects at compile time: <c>this</c>, fields and <c>super</c> outside methods,
/// instance fields in static methods, <c>break</c>/<c>continue</c> outside loops, a variable declared
/// twice in one scope.
/// </summary>
internal sealed class Resolver
{
    private sealed class Scope
    {
        public readonly List<string> Names = [];
    }

    private sealed class FunctionContext(bool isMethod, bool isStatic, bool isConstructor)
    {
        public bool IsMethod { get; } = isMethod;
        public bool IsStatic { get; } = isStatic;
        public bool IsConstructor { get; } = isConstructor;
        public int Loops;
    }

    private readonly List<Scope> _scopes = [];
    private readonly Stack<FunctionContext> _functions = new();
    private readonly Func<int, int> _offsetOfLine;
    private int _classDepth;
    // The nearest enclosing method (for `this`, fields and `super` inside closures too).
    private readonly Stack<(bool IsStatic, bool IsConstructor)> _methods = new();

    private Resolver(Func<int, int> offsetOfLine) => _offsetOfLine = offsetOfLine;

    /// <summary>Resolves a parsed module; <paramref name="offsetOfLine"/> maps a script line to an offset for error locations.</summary>
    public static void Resolve(IReadOnlyList<Stmt> module, Func<int, int> offsetOfLine)
    {
        var resolver = new Resolver(offsetOfLine);
        resolver._functions.Push(new FunctionContext(false, false, false));
        foreach (var stmt in module) resolver.Statement(stmt);
    }

    private WrenSyntaxError Error(int line, string message) => new(message, _offsetOfLine(line));

    private void Statement(Stmt stmt)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Error(stmt.Line, "Code nested too deeply");
        switch (stmt)
        {
            case ExprStmt e: Expression(e.Expression); break;
            case VarStmt v:
                if (v.Initializer is not null) Expression(v.Initializer);
                Declare(v);
                break;
            case BlockStmt b:
                b.SlotCount = InScope(() => { foreach (var s in b.Statements) Statement(s); });
                break;
            case IfStmt i:
                Expression(i.Condition);
                Statement(i.Then);
                if (i.Otherwise is not null) Statement(i.Otherwise);
                break;
            case WhileStmt w:
                Expression(w.Condition);
                Loop(w.Body);
                break;
            case ForStmt f:
                Expression(f.Sequence);
                InScope(() =>
                {
                    _scopes[^1].Names.Add(f.Variable);
                    Loop(f.Body);
                });
                break;
            case BreakStmt or ContinueStmt:
                if (_functions.Peek().Loops == 0) throw Error(stmt.Line, $"Cannot use '{(stmt is BreakStmt ? "break" : "continue")}' outside of a loop");
                break;
            case ReturnStmt r:
                if (r.Value is not null) Expression(r.Value);
                break;
            case ImportStmt import:
                foreach (var binding in import.Bindings) Declare(binding);
                break;
            case ClassStmt c:
                Declare(c.Binding);
                _classDepth++;
                foreach (var method in c.Methods)
                {
                    bool isConstructor = method.Kind == MethodKind.Constructor;
                    _methods.Push((method.IsStatic, isConstructor));
                    Function(method.Body, new FunctionContext(true, method.IsStatic, isConstructor));
                    _methods.Pop();
                }
                _classDepth--;
                break;
            default:
                throw new InvalidOperationException($"unknown statement {stmt.GetType().Name}");
        }
    }

    private void Loop(Stmt body)
    {
        _functions.Peek().Loops++;
        Statement(body);
        _functions.Peek().Loops--;
    }

    private void Declare(VarStmt v)
    {
        if (_scopes.Count == 0)
        {
            v.IsLocal = false;
            return;
        }
        var names = _scopes[^1].Names;
        if (names.Contains(v.Name)) throw Error(v.Line, $"Variable '{v.Name}' is already declared in this scope");
        v.IsLocal = true;
        v.Slot = names.Count;
        names.Add(v.Name);
    }

    /// <summary>Runs <paramref name="body"/> in a new scope; returns how many slots it declared.</summary>
    private int InScope(Action body)
    {
        var scope = new Scope();
        _scopes.Add(scope);
        try { body(); }
        finally { _scopes.RemoveAt(_scopes.Count - 1); }
        return scope.Names.Count;
    }

    private void Function(FunctionBody body, FunctionContext context)
    {
        _functions.Push(context);
        body.SlotCount = InScope(() =>
        {
            foreach (var p in body.Parameters)
            {
                if (_scopes[^1].Names.Contains(p)) throw Error(body.Line, $"Duplicate parameter '{p}'");
                _scopes[^1].Names.Add(p);
            }
            foreach (var s in body.Statements) Statement(s);
        });
        _functions.Pop();
    }

    private void Name(NameExpr name)
    {
        for (int depth = 0; depth < _scopes.Count; depth++)
        {
            var names = _scopes[_scopes.Count - 1 - depth].Names;
            int slot = names.LastIndexOf(name.Name);
            if (slot >= 0)
            {
                name.Kind = NameKind.Local;
                name.Depth = depth;
                name.Slot = slot;
                return;
            }
        }
        name.Kind = _methods.Count > 0 && char.IsAsciiLetterLower(name.Name[0]) ? NameKind.ThisCall : NameKind.Module;
    }

    private void Arguments(CallArgs? args)
    {
        if (args is null) return;
        if (args.List is not null) foreach (var a in args.List) Expression(a);
        if (args.Block is not null) Expression(args.Block);
    }

    private void Expression(Expr expr)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Error(expr.Line, "Expression nested too deeply");
        switch (expr)
        {
            case LiteralExpr: break;
            case InterpolationExpr i: foreach (var e in i.Exprs) Expression(e); break;
            case ListExpr l: foreach (var e in l.Items) Expression(e); break;
            case MapExpr m:
                foreach (var (k, v) in m.Entries) { Expression(k); Expression(v); }
                break;
            case NameExpr n:
                Arguments(n.Args);
                Name(n);
                break;
            case AssignExpr a:
                Expression(a.Value);
                Name(a.Target);
                break;
            case FieldExpr f: Field(f.Line, f.Name, f.IsStatic); break;
            case FieldAssignExpr f:
                Expression(f.Value);
                Field(f.Line, f.Name, f.IsStatic);
                break;
            case ThisExpr t:
                if (_methods.Count == 0) throw Error(t.Line, "Cannot use 'this' outside of a method");
                break;
            case CallExpr c:
                Expression(c.Receiver);
                Arguments(c.Args);
                break;
            case SetterExpr s:
                Expression(s.Receiver);
                Expression(s.Value);
                break;
            case SuperExpr s:
                if (_methods.Count == 0) throw Error(s.Line, "Cannot use 'super' outside of a method");
                if (_methods.Peek().IsStatic) throw Error(s.Line, "Cannot use 'super' in a static method");
                Arguments(s.Args);
                break;
            case SubscriptExpr s:
                Expression(s.Receiver);
                foreach (var a in s.Args) Expression(a);
                if (s.Value is not null) Expression(s.Value);
                break;
            case UnaryExpr u: Expression(u.Operand); break;
            case BinaryExpr b:
                Expression(b.Left);
                Expression(b.Right);
                break;
            case LogicalExpr l:
                Expression(l.Left);
                Expression(l.Right);
                break;
            case ConditionalExpr c:
                Expression(c.Condition);
                Expression(c.Then);
                Expression(c.Otherwise);
                break;
            case FnExpr f: Function(f.Body, new FunctionContext(false, false, false)); break;
            default:
                throw new InvalidOperationException($"unknown expression {expr.GetType().Name}");
        }
    }

    private void Field(int line, string name, bool isStatic)
    {
        if (_methods.Count == 0 || _classDepth == 0) throw Error(line, $"Cannot reference field '{name}' outside of a class definition");
        if (!isStatic && _methods.Peek().IsStatic) throw Error(line, $"Cannot use instance field '{name}' in a static method");
    }
}

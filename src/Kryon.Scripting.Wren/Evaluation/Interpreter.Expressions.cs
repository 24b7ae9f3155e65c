using System.Runtime.CompilerServices;
using System.Text;
using Kryon.Scripting.Wren.Runtime;
using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>Evaluating expressions: literals, variables, fields, calls, operators (with fast paths for numbers).</summary>
internal sealed partial class Interpreter
{
    private object? Evaluate(Expr expr, Env? env)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Error("Stack overflow: expression nested too deeply");
        switch (expr)
        {
            case LiteralExpr l:
                return l.Value;
            case NameExpr n:
                return Name(n, env);
            case BinaryExpr b:
                return Binary(b, env);
            case CallExpr c:
            {
                var receiver = Evaluate(c.Receiver, env);
                var args = Arguments(c.Args, env);
                _line = c.Line;
                return CallMethod(receiver, c.Name, c.Signature, args);
            }
            case FieldExpr f:
                return ReadField(f.Name, f.IsStatic);
            case InterpolationExpr i:
            {
                var text = new StringBuilder(i.Parts[0]);
                for (int k = 0; k < i.Exprs.Count; k++)
                {
                    text.Append(ToStr(Evaluate(i.Exprs[k], env)));
                    text.Append(i.Parts[k + 1]);
                }
                _line = i.Line;
                return NewString(text.ToString());
            }
            case AssignExpr a:
                return Assign(a, Evaluate(a.Value, env), env);
            case FieldAssignExpr f:
            {
                var value = Evaluate(f.Value, env);
                WriteField(f.Name, f.IsStatic, value);
                return value;
            }
            case ThisExpr:
                return _frame.This;
            case SetterExpr s:
            {
                var receiver = Evaluate(s.Receiver, env);
                var value = Evaluate(s.Value, env);
                _line = s.Line;
                return CallMethod(receiver, s.Name, s.Signature, [value]);
            }
            case SubscriptExpr s:
                return Subscript(s, env);
            case UnaryExpr u:
                return Unary(u, env);
            case LogicalExpr l:
            {
                var left = Evaluate(l.Left, env);
                if (l.IsAnd ? !Truthy(left) : Truthy(left)) return left;
                return Evaluate(l.Right, env);
            }
            case ConditionalExpr c:
                return Truthy(Evaluate(c.Condition, env)) ? Evaluate(c.Then, env) : Evaluate(c.Otherwise, env);
            case ListExpr l:
            {
                var items = new List<object?>(l.Items.Count);
                foreach (var item in l.Items) items.Add(Evaluate(item, env));
                _line = l.Line;
                Allocate(40 + 16L * items.Count);
                return new WrenList(items);
            }
            case MapExpr m:
            {
                var map = new WrenMap();
                foreach (var (k, v) in m.Entries)
                {
                    var key = Evaluate(k, env);
                    if (!WrenMap.IsValidKey(key)) throw Error("Key must be a value type.");
                    map.Set(key, Evaluate(v, env));
                }
                _line = m.Line;
                Allocate(40 + 64L * map.Count);
                return map;
            }
            case FnExpr f:
                return new WrenFn(f.Body, env, _frame);
            case SuperExpr s:
                return Super(s, env);
            default:
                throw Error($"unknown expression {expr.GetType().Name}");
        }
    }

    private object?[] Arguments(CallArgs args, Env? env)
    {
        int count = args.Count;
        if (count == 0) return [];
        var values = new object?[count];
        int i = 0;
        if (args.List is not null) foreach (var a in args.List) values[i++] = Evaluate(a, env);
        if (args.Block is not null) values[i] = Evaluate(args.Block, env);
        return values;
    }

    private object? Name(NameExpr n, Env? env)
    {
        switch (n.Kind)
        {
            case NameKind.Local:
            {
                var value = env!.Ancestor(n.Depth).Slots[n.Slot];
                return n.Args is null ? value : CallValue(value, n.Name, Arguments(n.Args, env), n.Line);
            }
            case NameKind.ThisCall:
            {
                var args = n.Args is null ? [] : Arguments(n.Args, env);
                _line = n.Line;
                return CallMethod(_frame.This, n.Name, n.Signature, args);
            }
            default:
            {
                _line = n.Line;
                var value = LookupModule(n.Name);
                return n.Args is null ? value : CallValue(value, n.Name, Arguments(n.Args, env), n.Line);
            }
        }
    }

    /// <summary><c>f(args)</c> where <c>f</c> is a variable: calls the function it holds (a Kryon leniency; Wren wants <c>f.call(args)</c>).</summary>
    private object? CallValue(object? value, string name, object?[] args, int line)
    {
        _line = line;
        if (value is WrenFn fn) return CallFn(fn, args);
        throw Error($"'{name}' is a {ClassOf(value).Name}, not a function");
    }

    private object? Assign(AssignExpr a, object? value, Env? env)
    {
        var target = a.Target;
        switch (target.Kind)
        {
            case NameKind.Local:
                if (value is WrenFn { Name: null } fn) fn.Name = target.Name;
                env!.Ancestor(target.Depth).Slots[target.Slot] = value;
                return value;
            case NameKind.ThisCall:
                _line = a.Line;
                return CallMethod(_frame.This, target.Name, target.Name + "=(_)", [value]);
            default:
                _line = a.Line;
                if (!Globals.ContainsKey(target.Name) && !Classes.TryGet(target.Name, out _)) throw Error($"Variable '{target.Name}' is not defined");
                Globals[target.Name] = value;
                return value;
        }
    }

    private object? ReadField(string name, bool isStatic)
    {
        if (isStatic)
        {
            var cls = _frame.MethodClass ?? throw Error($"Cannot use static field '{name}' outside a class");
            return cls.StaticFields.GetValueOrDefault(name);
        }
        if (_frame.This is not WrenInstance instance) throw Error($"Cannot use field '{name}' outside an instance method");
        return instance.Fields.GetValueOrDefault((_frame.MethodClass!, name));
    }

    private void WriteField(string name, bool isStatic, object? value)
    {
        if (isStatic)
        {
            var cls = _frame.MethodClass ?? throw Error($"Cannot use static field '{name}' outside a class");
            cls.StaticFields[name] = value;
            return;
        }
        if (_frame.This is not WrenInstance instance) throw Error($"Cannot use field '{name}' outside an instance method");
        instance.Fields[(_frame.MethodClass!, name)] = value;
    }

    private object? Subscript(SubscriptExpr s, Env? env)
    {
        var receiver = Evaluate(s.Receiver, env);
        var args = new object?[s.Args.Count + (s.Value is null ? 0 : 1)];
        for (int i = 0; i < s.Args.Count; i++) args[i] = Evaluate(s.Args[i], env);
        if (s.Value is not null) args[^1] = Evaluate(s.Value, env);
        _line = s.Line;
        return CallMethod(receiver, s.Value is null ? "[]" : "[]=", s.Signature, args);
    }

    private object? Unary(UnaryExpr u, Env? env)
    {
        var operand = Evaluate(u.Operand, env);
        _line = u.Line;
        if (operand is double d)
        {
            if (u.Op == "-") return -d;
            if (u.Op == "~") return (double)~ToUInt32(d);
        }
        if (u.Op == "!" && operand is not WrenInstance) return !Truthy(operand);
        return CallMethod(operand, u.Op, u.Op, []);
    }

    private object? Binary(BinaryExpr b, Env? env)
    {
        var left = Evaluate(b.Left, env);
        var right = Evaluate(b.Right, env);
        _line = b.Line;
        if (left is double x && right is double y)
        {
            switch (b.Op)
            {
                case "+": return x + y;
                case "-": return x - y;
                case "*": return x * y;
                case "/": return x / y;
                case "%": return x % y;
                case "<": return x < y;
                case ">": return x > y;
                case "<=": return x <= y;
                case ">=": return x >= y;
                case "==": return x == y;
                case "!=": return x != y;
            }
        }
        switch (b.Op)
        {
            case "is":
                if (right is not WrenClass cls) throw Error("Right operand must be a class.");
                return ClassOf(left).IsSubclassOf(cls);
            case "==" or "!=" when left is not WrenInstance:
                return ValuesEqual(left, right) == (b.Op == "==");
        }
        return CallMethod(left, b.Op, b.Signature, [right]);
    }
}

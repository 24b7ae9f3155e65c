namespace Kryon.Scripting.Wren.Syntax;

/// <summary>
/// Wren expressions. Every node knows the script line it starts on (errors are reported there).
/// Nodes are immutable once the resolver has annotated them, so compiled scripts are shared
/// between engines through the compile cache.
/// </summary>
internal abstract class Expr(int line)
{
    public int Line { get; } = line;
}

internal sealed class LiteralExpr(int line, object? value) : Expr(line)
{
    public object? Value { get; } = value;
}

/// <summary><c>"a %(b) c"</c>: text parts and the expressions between them (Parts.Count == Exprs.Count + 1).</summary>
internal sealed class InterpolationExpr(int line, IReadOnlyList<string> parts, IReadOnlyList<Expr> exprs) : Expr(line)
{
    public IReadOnlyList<string> Parts { get; } = parts;
    public IReadOnlyList<Expr> Exprs { get; } = exprs;
}

internal sealed class ListExpr(int line, IReadOnlyList<Expr> items) : Expr(line)
{
    public IReadOnlyList<Expr> Items { get; } = items;
}

internal sealed class MapExpr(int line, IReadOnlyList<(Expr Key, Expr Value)> entries) : Expr(line)
{
    public IReadOnlyList<(Expr Key, Expr Value)> Entries { get; } = entries;
}

/// <summary>How the resolver read a bare name.</summary>
internal enum NameKind { Unresolved, Local, Module, ThisCall }

/// <summary>
/// A bare name, optionally with arguments (<c>foo</c>, <c>foo(1)</c>, <c>foo { |x| x }</c>). The resolver
/// decides: a local variable (by scope depth and slot), a module variable, or — inside a class,
/// for a lowercase name that is not a local — a call of that method on <c>this</c>.
/// </summary>
internal sealed class NameExpr(int line, string name, CallArgs? args) : Expr(line)
{
    public string Name { get; } = name;
    public CallArgs? Args { get; } = args;
    /// <summary>The method signature when this is a call on <c>this</c>.</summary>
    public string Signature { get; } = args is null ? name : args.Signature(name);
    public NameKind Kind { get; set; }
    public int Depth { get; set; }
    public int Slot { get; set; }
}

/// <summary>Arguments of a call: a parenthesized list (absent for a getter) and an optional block argument.</summary>
internal sealed class CallArgs(IReadOnlyList<Expr>? list, FnExpr? block)
{
    public IReadOnlyList<Expr>? List { get; } = list;
    public FnExpr? Block { get; } = block;
    public int Count => (List?.Count ?? 0) + (Block is null ? 0 : 1);
    public bool IsGetter => List is null && Block is null;

    public string Signature(string name)
        => IsGetter ? name : name + "(" + string.Join(",", Enumerable.Repeat("_", Count)) + ")";
}

/// <summary><c>name = value</c> where name is a bare name (resolved like <see cref="NameExpr"/>; a this-call becomes a setter).</summary>
internal sealed class AssignExpr(int line, NameExpr target, Expr value) : Expr(line)
{
    public NameExpr Target { get; } = target;
    public Expr Value { get; } = value;
}

internal sealed class FieldExpr(int line, string name, bool isStatic) : Expr(line)
{
    public string Name { get; } = name;
    public bool IsStatic { get; } = isStatic;
}

internal sealed class FieldAssignExpr(int line, string name, bool isStatic, Expr value) : Expr(line)
{
    public string Name { get; } = name;
    public bool IsStatic { get; } = isStatic;
    public Expr Value { get; } = value;
}

internal sealed class ThisExpr(int line) : Expr(line);

/// <summary><c>receiver.name</c>, <c>receiver.name(args)</c>, <c>receiver.name { block }</c>.</summary>
internal sealed class CallExpr(int line, Expr receiver, string name, CallArgs args) : Expr(line)
{
    public Expr Receiver { get; } = receiver;
    public string Name { get; } = name;
    public CallArgs Args { get; } = args;
    public string Signature { get; } = args.Signature(name);
}

/// <summary><c>receiver.name = value</c>.</summary>
internal sealed class SetterExpr(int line, Expr receiver, string name, Expr value) : Expr(line)
{
    public Expr Receiver { get; } = receiver;
    public string Name { get; } = name;
    public Expr Value { get; } = value;
    public string Signature { get; } = name + "=(_)";
}

/// <summary><c>super.name(args)</c>, or <c>super(args)</c> (Name null: the enclosing method's own name).</summary>
internal sealed class SuperExpr(int line, string? name, CallArgs args) : Expr(line)
{
    public string? Name { get; } = name;
    public CallArgs Args { get; } = args;
}

/// <summary><c>receiver[args]</c>, or with <see cref="Value"/> <c>receiver[args] = value</c>.</summary>
internal sealed class SubscriptExpr(int line, Expr receiver, IReadOnlyList<Expr> args, Expr? value) : Expr(line)
{
    public Expr Receiver { get; } = receiver;
    public IReadOnlyList<Expr> Args { get; } = args;
    public Expr? Value { get; } = value;
    public string Signature { get; } = "[" + string.Join(",", Enumerable.Repeat("_", args.Count)) + "]" + (value is null ? "" : "=(_)");
}

/// <summary>A prefix operator: <c>-x</c>, <c>!x</c>, <c>~x</c>.</summary>
internal sealed class UnaryExpr(int line, string op, Expr operand) : Expr(line)
{
    public string Op { get; } = op;
    public Expr Operand { get; } = operand;
}

/// <summary>An infix operator method call: <c>a + b</c> is <c>a.+(b)</c>; <c>is</c> tests a class.</summary>
internal sealed class BinaryExpr(int line, string op, Expr left, Expr right) : Expr(line)
{
    public string Op { get; } = op;
    public Expr Left { get; } = left;
    public Expr Right { get; } = right;
    public string Signature { get; } = op + "(_)";
}

/// <summary><c>&amp;&amp;</c> and <c>||</c>, which short-circuit.</summary>
internal sealed class LogicalExpr(int line, bool isAnd, Expr left, Expr right) : Expr(line)
{
    public bool IsAnd { get; } = isAnd;
    public Expr Left { get; } = left;
    public Expr Right { get; } = right;
}

internal sealed class ConditionalExpr(int line, Expr condition, Expr then, Expr otherwise) : Expr(line)
{
    public Expr Condition { get; } = condition;
    public Expr Then { get; } = then;
    public Expr Otherwise { get; } = otherwise;
}

/// <summary>A function literal: a block argument <c>{ |a, b| body }</c>.</summary>
internal sealed class FnExpr(int line, FunctionBody body) : Expr(line)
{
    public FunctionBody Body { get; } = body;
}

/// <summary>
/// The code of a function, method or block argument: parameters and statements. A single-line body
/// whose statement is an expression returns its value (<see cref="ReturnsLastExpression"/>).
/// The resolver sets <see cref="SlotCount"/>: parameters first, then the body's top-level locals.
/// </summary>
internal sealed class FunctionBody(int line, IReadOnlyList<string> parameters, IReadOnlyList<Stmt> statements, bool returnsLastExpression)
{
    public int Line { get; } = line;
    public IReadOnlyList<string> Parameters { get; } = parameters;
    public IReadOnlyList<Stmt> Statements { get; } = statements;
    public bool ReturnsLastExpression { get; } = returnsLastExpression;
    public int SlotCount { get; set; }
}

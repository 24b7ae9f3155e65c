namespace Kryon.Scripting.Wren.Syntax;

/// <summary>Wren statements (definitions and control flow).</summary>
internal abstract class Stmt(int line)
{
    public int Line { get; } = line;
}

internal sealed class ExprStmt(int line, Expr expression) : Stmt(line)
{
    public Expr Expression { get; } = expression;
}

/// <summary><c>var name = init</c>: a local (slot set by the resolver) or, at the top level, a module variable.</summary>
internal sealed class VarStmt(int line, string name, Expr? initializer) : Stmt(line)
{
    public string Name { get; } = name;
    public Expr? Initializer { get; } = initializer;
    public bool IsLocal { get; set; }
    public int Slot { get; set; }
}

/// <summary><c>{ … }</c>: its own scope; <see cref="SlotCount"/> locals.</summary>
internal sealed class BlockStmt(int line, IReadOnlyList<Stmt> statements) : Stmt(line)
{
    public IReadOnlyList<Stmt> Statements { get; } = statements;
    public int SlotCount { get; set; }
}

internal sealed class IfStmt(int line, Expr condition, Stmt then, Stmt? otherwise) : Stmt(line)
{
    public Expr Condition { get; } = condition;
    public Stmt Then { get; } = then;
    public Stmt? Otherwise { get; } = otherwise;
}

internal sealed class WhileStmt(int line, Expr condition, Stmt body) : Stmt(line)
{
    public Expr Condition { get; } = condition;
    public Stmt Body { get; } = body;
}

/// <summary><c>for (name in sequence) body</c>: the loop variable lives in its own one-slot scope, fresh each iteration.</summary>
internal sealed class ForStmt(int line, string variable, Expr sequence, Stmt body) : Stmt(line)
{
    public string Variable { get; } = variable;
    public Expr Sequence { get; } = sequence;
    public Stmt Body { get; } = body;
}

internal sealed class BreakStmt(int line) : Stmt(line);

internal sealed class ContinueStmt(int line) : Stmt(line);

internal sealed class ReturnStmt(int line, Expr? value) : Stmt(line)
{
    public Expr? Value { get; } = value;
}

/// <summary><c>import "module" for Name, Other as Alias</c>.</summary>
internal sealed class ImportStmt(int line, string module, IReadOnlyList<(string Name, string Alias)> names) : Stmt(line)
{
    public string Module { get; } = module;
    public IReadOnlyList<(string Name, string Alias)> Names { get; } = names;
    public IReadOnlyList<VarStmt> Bindings { get; } = names.Select(n => new VarStmt(line, n.Alias, null)).ToArray();
}

internal sealed class ClassStmt(int line, string name, string? superclass, IReadOnlyList<MethodDecl> methods) : Stmt(line)
{
    public string Name { get; } = name;
    public string? Superclass { get; } = superclass;
    public IReadOnlyList<MethodDecl> Methods { get; } = methods;
    public VarStmt Binding { get; } = new(line, name, null);
}

internal enum MethodKind { Method, Getter, Setter, Operator, Subscript, SubscriptSetter, Constructor }

/// <summary>A method of a class: <see cref="Signature"/> is how calls find it (<c>name(_,_)</c>, <c>name</c>, <c>name=(_)</c>, <c>+(_)</c>, <c>[_]</c>).</summary>
internal sealed class MethodDecl(int line, bool isStatic, MethodKind kind, string name, string signature, FunctionBody body)
{
    public int Line { get; } = line;
    public bool IsStatic { get; } = isStatic;
    public MethodKind Kind { get; } = kind;
    public string Name { get; } = name;
    public string Signature { get; } = signature;
    public FunctionBody Body { get; } = body;
}

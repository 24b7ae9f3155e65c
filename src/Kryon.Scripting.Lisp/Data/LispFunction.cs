using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Data;

/// <summary>Anything callable: a closure, a builtin, a keyword or a foreign function reference.</summary>
public abstract class LispFunction
{
    public abstract string Name { get; }
}

/// <summary>A builtin implemented in C#. Receives the interpreter so higher-order builtins can call back into Lisp.</summary>
public sealed class Builtin(string name, Func<Interpreter, object?[], object?> body) : LispFunction
{
    public override string Name { get; } = name;

    public Func<Interpreter, object?[], object?> Body { get; } = body;

    public override string ToString() => "#builtin[" + Name + "]";
}

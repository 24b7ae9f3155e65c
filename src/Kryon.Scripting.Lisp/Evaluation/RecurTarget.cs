using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Evaluation;

/// <summary>
/// Where a <c>recur</c> in tail position jumps (LISP.md §4.1): the innermost <c>loop</c> (its
/// binding patterns, body and outer environment) or the function arity being run. A recur seen
/// where no target is active is not in tail position, which is an error.
/// </summary>
internal sealed class RecurTarget
{
    private RecurTarget(object?[] patterns, object? rest, LispList body, Env outer)
    {
        Patterns = patterns;
        Rest = rest;
        Body = body;
        Outer = outer;
    }

    public object?[] Patterns { get; }

    public object? Rest { get; }

    public LispList Body { get; }

    public Env Outer { get; }

    public static RecurTarget Loop(object?[] patterns, LispList body, Env outer) => new(patterns, null, body, outer);

    public static RecurTarget Function(Closure closure, Arity arity) => new(arity.Parameters, arity.Rest, arity.Body, closure.Env);

    public int ExpectedCount => Patterns.Length + (Rest is null ? 0 : 1);

    /// <summary>A fresh environment with the patterns bound to the recur arguments.</summary>
    public Env Rebind(object?[] args)
    {
        if (args.Length != ExpectedCount)
            throw new LispError(ErrorKind.Arity, $"Mismatched argument count to recur, expected: {ExpectedCount} args, got: {args.Length}");
        var env = Outer.Child();
        for (int i = 0; i < Patterns.Length; i++) Destructure.Bind(Patterns[i], args[i], env);
        if (Rest is not null) Destructure.Bind(Rest, args[^1], env);
        return env;
    }
}

using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Data;

/// <summary>One arity of a function: its parameter patterns, an optional rest pattern after `&amp;`, and its body.</summary>
public sealed record Arity(object?[] Parameters, object? Rest, LispList Body)
{
    public bool Accepts(int count) => Rest is null ? count == Parameters.Length : count >= Parameters.Length;
}

/// <summary>A user function (LISP.md §4.1 `fn`): one or more arities closed over their defining environment. A macro is a closure applied to forms.</summary>
public sealed class Closure(string? name, Arity[] arities, Env env, bool isMacro = false) : LispFunction
{
    public override string Name => DeclaredName ?? "fn";

    public string? DeclaredName { get; set; } = name;

    public Arity[] Arities { get; } = arities;

    public Env Env { get; } = env;

    public bool IsMacro { get; } = isMacro;

    public override string ToString() => (IsMacro ? "#macro[" : "#fn[") + Name + "]";
}

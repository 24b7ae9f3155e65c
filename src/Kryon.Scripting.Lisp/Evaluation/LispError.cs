namespace Kryon.Scripting.Lisp;

/// <summary>The error kinds of LISP.md §8.</summary>
public enum ErrorKind { Syntax, UnresolvedSymbol, Arity, Type, InvalidArguments, Arithmetic, Index, Thrown, StackOverflow }

/// <summary>
/// A Lisp run-time error (LISP.md §8): catchable by <c>try</c>. <see cref="Offset"/> is the
/// character offset in the script of the innermost form being evaluated when it was raised (-1
/// until a form with a known position claims it).
/// </summary>
public sealed class LispError(ErrorKind kind, string message, object? thrown = null) : Exception(message)
{
    public ErrorKind Kind { get; } = kind;

    /// <summary>The value given to <c>throw</c>, for <see cref="ErrorKind.Thrown"/>.</summary>
    public object? Thrown { get; } = thrown;

    public int Offset { get; set; } = -1;

    /// <summary>The Lisp functions being run when the error was raised, outermost first.</summary>
    public IReadOnlyList<string>? LispStack { get; set; }
}

/// <summary>Which budget a call exceeded (LISP.md §8; seed 004).</summary>
public enum BudgetKind { Steps, Time, Memory }

/// <summary>A budget exceeded: not catchable by <c>try</c>, it unwinds the whole call.</summary>
public sealed class BudgetExceededException(BudgetKind kind, string message) : Exception(message)
{
    public BudgetKind Kind { get; } = kind;

    public int Offset { get; set; } = -1;

    /// <summary>The Lisp functions being run when the budget ran out, outermost first.</summary>
    public IReadOnlyList<string>? LispStack { get; set; }
}

using System.Diagnostics;

namespace Kryon.Scripting.Lisp.Evaluation;

/// <summary>
/// The limits of one call into the interpreter (LISP.md §8; <c>ScriptBudgets</c>): evaluation
/// steps, wall-clock time (checked every 1024 steps so the clock stays cheap), nesting depth of
/// function calls, and the size of any one collection or string built (the memory estimate).
/// </summary>
public sealed class Budget
{
    private readonly Stopwatch _clock = new();
    private long _steps;

    public long MaxSteps { get; set; } = 50_000_000;

    public TimeSpan MaxTime { get; set; } = TimeSpan.FromMilliseconds(100);

    public int MaxDepth { get; set; } = 1000;

    /// <summary>Largest element count of one collection or string; derived from the memory budget (≈16 bytes per element).</summary>
    public long MaxElements { get; set; } = 1_000_000;

    public void Start()
    {
        _steps = 0;
        _clock.Restart();
    }

    public void Step()
    {
        if ((++_steps & 1023) != 0) return;
        if (_steps > MaxSteps) throw new BudgetExceededException(BudgetKind.Steps, $"Timeout: evaluation exceeded {MaxSteps} steps");
        if (_clock.Elapsed > MaxTime) throw new BudgetExceededException(BudgetKind.Time, $"Timeout: call exceeded {MaxTime.TotalMilliseconds} ms");
    }

    public void CheckSize(long elements)
    {
        if (elements > MaxElements)
            throw new BudgetExceededException(BudgetKind.Memory, $"Memory limit: a collection or string of {elements} elements exceeds the limit of {MaxElements}");
    }
}

namespace Kryon.Scripting.Wren.Runtime;

/// <summary>A Wren runtime error (<c>Fiber.abort</c>, a method the receiver lacks, a host function refusing its arguments …), at a script and line.</summary>
internal sealed class WrenError(string message, ScriptInfo? script, int line) : Exception(message)
{
    public ScriptInfo? Script { get; } = script;
    public int Line { get; } = line;

    /// <summary>The value a <c>Fiber.try()</c> returns for it (the message, or what <c>Fiber.abort</c> was given).</summary>
    public object? Value { get; init; }
}

/// <summary>A budget (time, steps, memory) ran out: stops the whole call, never caught by <c>Fiber.try</c>.</summary>
internal sealed class BudgetExceededException(string message, ScriptInfo? script, int line) : Exception(message)
{
    public ScriptInfo? Script { get; } = script;
    public int Line { get; } = line;
}

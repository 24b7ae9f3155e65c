using System.Diagnostics;

namespace Kryon.Scripting.Wren.Runtime;

/// <summary>
/// The limits of one call into the interpreter (<c>ScriptBudgets</c>): evaluation steps and wall-clock
/// time (the clock is read every 1024 steps), the nesting depth of calls, and memory — approximated
/// as the bytes of strings, lists and maps created during the call.
/// </summary>
internal sealed class Budget
{
    private readonly Stopwatch _clock = new();
    private long _steps;

    public long MaxSteps { get; set; } = 50_000_000;
    public TimeSpan MaxTime { get; set; } = TimeSpan.FromMilliseconds(100);
    public int MaxDepth { get; set; } = 200;
    public long MaxBytes { get; set; } = 16 * 1024 * 1024;

    public long AllocatedBytes { get; private set; }

    public int Depth { get; set; }

    public void Start()
    {
        _steps = 0;
        AllocatedBytes = 0;
        Depth = 0;
        _clock.Restart();
    }

    /// <summary>Counts one step; null while within budget, else why not.</summary>
    public string? Step()
    {
        if ((++_steps & 1023) != 0) return null;
        if (_steps > MaxSteps) return $"Timeout: evaluation exceeded {MaxSteps} steps";
        if (_clock.Elapsed > MaxTime) return $"Timeout: call exceeded {MaxTime.TotalMilliseconds} ms";
        return null;
    }

    /// <summary>Counts an allocation; null while within budget, else why not.</summary>
    public string? Allocate(long bytes)
    {
        AllocatedBytes += bytes;
        return AllocatedBytes > MaxBytes ? $"Memory limit: the call allocated more than {MaxBytes} bytes of strings, lists and maps" : null;
    }
}

using Kryon.Runtime.Scripting;

namespace Kryon.Runtime.Frames;

/// <summary>
/// A pending timer: which function to call (a global function by name, or a function value a
/// script handed over — <see cref="Callback"/>), when, and how often.
/// </summary>
public sealed record ScheduledTimer(int Id, string FunctionName, double DueMs, double IntervalMs, IReadOnlyList<ScriptValue> Arguments, ScriptFunctionRef? Callback = null)
{
    public bool Repeats => IntervalMs > 0;
}

/// <summary>
/// setTimeout / setInterval / clearTimer on the runtime's clock (not the wall clock): a headless
/// run with fixed time steps fires the same timers in the same order every time. Timers call
/// script functions by name through the function registry, or function values (callbacks).
/// </summary>
public sealed class Scheduler
{
    /// <summary>A runaway script cannot schedule without bound.</summary>
    public const int MaxTimers = 10_000;

    private readonly List<ScheduledTimer> _timers = [];
    private readonly List<ScheduledTimer> _due = [];
    private readonly HashSet<int> _cancelledWhileDue = [];
    private int _dueCursor;
    private int _nextId = 1;

    public IReadOnlyList<ScheduledTimer> Pending => _timers;

    /// <summary>Schedules a call; returns the timer id, or 0 when the limit is reached.</summary>
    public int Schedule(string functionName, double nowMs, double delayMs, bool repeat, IReadOnlyList<ScriptValue>? arguments = null)
        => Add(functionName, null, nowMs, delayMs, repeat, arguments);

    /// <summary>Schedules a call of a function value; returns the timer id, or 0 when the limit is reached.</summary>
    public int Schedule(ScriptFunctionRef callback, double nowMs, double delayMs, bool repeat, IReadOnlyList<ScriptValue>? arguments = null)
        => Add(callback.Name ?? $"{callback.Language} function #{callback.Handle}", callback, nowMs, delayMs, repeat, arguments);

    private int Add(string functionName, ScriptFunctionRef? callback, double nowMs, double delayMs, bool repeat, IReadOnlyList<ScriptValue>? arguments)
    {
        if (_timers.Count >= MaxTimers) return 0;
        delayMs = double.IsFinite(delayMs) ? Math.Max(0, delayMs) : 0;
        // An interval of 0 would fire every frame forever; browsers clamp too.
        double interval = repeat ? Math.Max(1, delayMs) : 0;
        var timer = new ScheduledTimer(_nextId++, functionName, nowMs + delayMs, interval, arguments ?? [], callback);
        _timers.Add(timer);
        return timer.Id;
    }

    /// <summary>Cancels a timer; returns the cancelled timer, or null when no pending timer has that id.</summary>
    public ScheduledTimer? Cancel(int id)
    {
        // A timer taken as due this frame but not run yet (an earlier callback cancels it) must not run.
        ScheduledTimer? waiting = null;
        for (int i = _dueCursor; i < _due.Count; i++)
            if (_due[i].Id == id && _cancelledWhileDue.Add(id)) waiting = _due[i];
        int index = _timers.FindIndex(t => t.Id == id);
        if (index < 0) return waiting;
        var timer = _timers[index];
        _timers.RemoveAt(index);
        return timer;
    }

    /// <summary>
    /// The next timer of the batch <see cref="TakeDue"/> took, skipping ones cancelled meanwhile.
    /// The runtime runs a batch this way so that a callback can cancel a timer due later in the same frame.
    /// </summary>
    public bool NextDue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScheduledTimer? timer)
    {
        while (_dueCursor < _due.Count)
        {
            timer = _due[_dueCursor++];
            if (!_cancelledWhileDue.Contains(timer.Id)) return true;
        }
        timer = null;
        return false;
    }

    /// <summary>Removes and returns the timers due at <paramref name="nowMs"/>, earliest first; intervals are re-armed.</summary>
    public IReadOnlyList<ScheduledTimer> TakeDue(double nowMs)
    {
        _due.Clear();
        _cancelledWhileDue.Clear();
        _dueCursor = 0;
        if (_timers.Count == 0) return _due;
        for (int i = 0; i < _timers.Count; i++)
            if (_timers[i].DueMs <= nowMs) _due.Add(_timers[i]);
        if (_due.Count == 0) return _due;
        _due.Sort((a, b) => a.DueMs != b.DueMs ? a.DueMs.CompareTo(b.DueMs) : a.Id.CompareTo(b.Id));
        foreach (var t in _due)
        {
            int index = _timers.IndexOf(t);
            if (t.Repeats)
            {
                // Skip missed periods rather than firing a burst after a long pause.
                double next = t.DueMs + t.IntervalMs;
                if (next <= nowMs) next = nowMs + t.IntervalMs;
                _timers[index] = t with { DueMs = next };
            }
            else _timers.RemoveAt(index);
        }
        return _due;
    }

    /// <summary>The earliest due time, for a platform that sleeps until then.</summary>
    public double? NextDueMs
    {
        get
        {
            if (_timers.Count == 0) return null;
            double min = double.PositiveInfinity;
            foreach (var t in _timers) min = Math.Min(min, t.DueMs);
            return min;
        }
    }

    /// <summary>The id the next scheduled timer gets (snapshots keep it, so ids continue where they were).</summary>
    public int NextId => _nextId;

    /// <summary>Replaces every timer (snapshot restore); ids continue from <paramref name="nextId"/> when it is past every restored id.</summary>
    /// <returns>The function values the replaced timers held, for the caller to release.</returns>
    public IReadOnlyList<ScriptFunctionRef> Restore(IEnumerable<ScheduledTimer> timers, int nextId = 1)
    {
        var dropped = _timers.Where(t => t.Callback is not null).Select(t => t.Callback!).ToList();
        _timers.Clear();
        _timers.AddRange(timers.Take(MaxTimers));
        _nextId = Math.Max(nextId, _timers.Count == 0 ? 1 : _timers.Max(t => t.Id) + 1);
        return dropped;
    }
}

using Kryon.Runtime.Scripting;

namespace Kryon.Runtime.Frames;

/// <summary>A pending timer: which function to call, when, and how often.</summary>
public sealed record ScheduledTimer(int Id, string FunctionName, double DueMs, double IntervalMs, IReadOnlyList<ScriptValue> Arguments)
{
    public bool Repeats => IntervalMs > 0;
}

/// <summary>
/// setTimeout / setInterval / clearTimer on the runtime's clock (not the wall clock): a headless
/// run with fixed time steps fires the same timers in the same order every time. Timers call
/// script functions by name through the function registry.
/// </summary>
public sealed class Scheduler
{
    /// <summary>A runaway script cannot schedule without bound.</summary>
    public const int MaxTimers = 10_000;

    private readonly List<ScheduledTimer> _timers = [];
    private readonly List<ScheduledTimer> _due = [];
    private int _nextId = 1;

    public IReadOnlyList<ScheduledTimer> Pending => _timers;

    /// <summary>Schedules a call; returns the timer id, or 0 when the limit is reached.</summary>
    public int Schedule(string functionName, double nowMs, double delayMs, bool repeat, IReadOnlyList<ScriptValue>? arguments = null)
    {
        if (_timers.Count >= MaxTimers) return 0;
        delayMs = double.IsFinite(delayMs) ? Math.Max(0, delayMs) : 0;
        // An interval of 0 would fire every frame forever; browsers clamp too.
        double interval = repeat ? Math.Max(1, delayMs) : 0;
        var timer = new ScheduledTimer(_nextId++, functionName, nowMs + delayMs, interval, arguments ?? []);
        _timers.Add(timer);
        return timer.Id;
    }

    public bool Cancel(int id) => _timers.RemoveAll(t => t.Id == id) > 0;

    /// <summary>Removes and returns the timers due at <paramref name="nowMs"/>, earliest first; intervals are re-armed.</summary>
    public IReadOnlyList<ScheduledTimer> TakeDue(double nowMs)
    {
        _due.Clear();
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
    public double? NextDueMs => _timers.Count == 0 ? null : _timers.Min(t => t.DueMs);

    /// <summary>The id the next scheduled timer gets (snapshots keep it, so ids continue where they were).</summary>
    public int NextId => _nextId;

    /// <summary>Replaces every timer (snapshot restore); ids continue from <paramref name="nextId"/> when it is past every restored id.</summary>
    public void Restore(IEnumerable<ScheduledTimer> timers, int nextId = 1)
    {
        _timers.Clear();
        _timers.AddRange(timers.Take(MaxTimers));
        _nextId = Math.Max(nextId, _timers.Count == 0 ? 1 : _timers.Max(t => t.Id) + 1);
    }
}

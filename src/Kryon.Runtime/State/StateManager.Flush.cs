using Kryon.Diagnostics;

namespace Kryon.Runtime.State;

public sealed partial class StateManager
{
    /// <summary>Rounds one flush may take before it gives up on a watcher/binding cycle (2206).</summary>
    public const int MaxRounds = 100;

    // Each pending list has a twin: a round swaps them, works on one while new changes go to the other.
    private List<VariableSlot> _pendingSlots = [], _roundSlots = [];
    private List<Binding> _pendingBindings = [], _roundBindings = [];
    private List<VariableSlot> _pendingWatchSlots = [], _roundWatchSlots = [];
    private List<Store> _pendingStores = [], _roundStores = [];

    // Bindings to recompute in the current round, lowest rank first (argument writers before their readers), then oldest.
    private readonly PriorityQueue<Binding, (int Rank, long Id)> _queue = new();
    private int _round;
    private bool _inBindingPhase;
    private bool _flushing;

    /// <summary>
    /// Propagates the changes made since the last flush; the frame loop calls it once per frame.
    /// Each round recomputes every affected binding once (in rank order, so a component argument is
    /// written before the template bindings reading it), then calls watchers once per changed global
    /// (value before the round's batch, final value; not at all when they are equal), then store
    /// subscribers once per changed field. Changes made by watchers and subscribers start another
    /// round; after <see cref="MaxRounds"/> the rest is dropped and 2206 reported.
    /// Returns how many times a binding's apply was called. With nothing pending it returns 0 at once
    /// and allocates nothing. A Flush called from inside a flush does nothing (the outer one continues).
    /// </summary>
    public int Flush()
    {
        if (_flushing || !HasPendingChanges) return 0;
        _flushing = true;
        int applied = 0;
        try
        {
            for (int rounds = 0; HasPendingChanges; rounds++)
            {
                if (rounds == MaxRounds)
                {
                    ReportUpdateLoop();
                    DiscardPending();
                    break;
                }
                _round++;
                applied += RecomputeBindings();
                NotifyWatchers();
                NotifyStoreSubscribers();
            }
        }
        finally
        {
            _flushing = false;
            _inBindingPhase = false;
        }
        return applied;
    }

    /// <summary>A variable changed: queue its readers (into this round while bindings are being recomputed, else the next).</summary>
    private void ScheduleDependents(VariableSlot slot)
    {
        if (_inBindingPhase)
        {
            foreach (var reader in slot.Dependents) ScheduleRecompute(reader);
        }
        else if (!slot.IsDirtyForBindings)
        {
            slot.IsDirtyForBindings = true;
            _pendingSlots.Add(slot);
        }
    }

    private void ScheduleRecompute(Binding binding)
    {
        if (binding.IsDisposed || binding.IsInert) return;
        // Once a binding has run in this round, a later change to its inputs waits for the next round.
        if (_inBindingPhase && binding.DoneRound != _round)
        {
            if (binding.QueuedRound == _round) return;
            binding.QueuedRound = _round;
            _queue.Enqueue(binding, (binding.Rank, binding.Id));
        }
        else if (!binding.IsScheduled)
        {
            binding.IsScheduled = true;
            _pendingBindings.Add(binding);
        }
    }

    private int RecomputeBindings()
    {
        (_pendingSlots, _roundSlots) = (_roundSlots, _pendingSlots);
        (_pendingBindings, _roundBindings) = (_roundBindings, _pendingBindings);
        _inBindingPhase = true;
        try
        {
            foreach (var slot in _roundSlots)
            {
                slot.IsDirtyForBindings = false;
                if (slot.Scope.IsRemoved || !slot.HasDependents) continue;
                foreach (var reader in slot.Dependents) ScheduleRecompute(reader);
            }
            _roundSlots.Clear();
            foreach (var binding in _roundBindings)
            {
                binding.IsScheduled = false;
                ScheduleRecompute(binding);
            }
            _roundBindings.Clear();

            int applied = 0;
            while (_queue.TryDequeue(out var binding, out _))
            {
                if (binding.IsDisposed || binding.DoneRound == _round) continue;
                binding.DoneRound = _round;
                if (Recompute(binding)) applied++;
            }
            return applied;
        }
        finally
        {
            _inBindingPhase = false;
        }
    }

    private void NotifyWatchers()
    {
        if (_pendingWatchSlots.Count == 0) return;
        (_pendingWatchSlots, _roundWatchSlots) = (_roundWatchSlots, _pendingWatchSlots);
        // By index: a watcher may set a variable later in this list (it is then reported once, with its final value).
        for (int i = 0; i < _roundWatchSlots.Count; i++)
        {
            var slot = _roundWatchSlots[i];
            var before = slot.WatchBaseline;
            slot.HasWatchBaseline = false;
            slot.WatchBaseline = null;
            if (before is not null && LiteralEquality.Equal(before, slot.Value)) continue;
            CallWatchers(slot.Name, before, slot.Value);
        }
        _roundWatchSlots.Clear();
    }

    private void ReportUpdateLoop()
    {
        var still = new List<string>();
        foreach (var slot in _pendingWatchSlots) still.Add(slot.Name);
        foreach (var slot in _pendingSlots)
            if (!still.Contains(slot.Name)) still.Add(slot.Name);
        foreach (var binding in _pendingBindings) still.Add(binding.DebugTarget);
        foreach (var store in _pendingStores) still.Add("store " + store.Name);
        _log.Report(DiagnosticCodes.StateUpdateLoop,
            $"State did not settle after {MaxRounds} update rounds in one frame; still changing: {string.Join(", ", still.Take(10))}",
            "a watcher or store subscriber keeps changing a value it (indirectly) reacts to; make it stop when the value is already right");
    }

    /// <summary>Forgets the remaining work after a loop (the values stay as they are).</summary>
    private void DiscardPending()
    {
        foreach (var slot in _pendingSlots) slot.IsDirtyForBindings = false;
        _pendingSlots.Clear();
        foreach (var binding in _pendingBindings) binding.IsScheduled = false;
        _pendingBindings.Clear();
        foreach (var slot in _pendingWatchSlots)
        {
            slot.HasWatchBaseline = false;
            slot.WatchBaseline = null;
        }
        _pendingWatchSlots.Clear();
        foreach (var store in _pendingStores) store.ClearPending();
        _pendingStores.Clear();
    }
}

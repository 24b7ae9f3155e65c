using Kryon.Diagnostics;
using Kryon.Runtime.Diagnostics;
using Kryon.Values;

namespace Kryon.Runtime.State;

/// <summary>
/// The running app's reactive state (KRY.md §7.7, seed 000's StateManager): variables in scopes,
/// bindings that recompute element values from them, watchers, and global stores.
///
/// Writes are batched: <see cref="Set"/> updates the value at once (reads see it) but only records
/// that it changed; the frame loop calls <see cref="Flush"/> once per frame, which recomputes each
/// affected binding once, then tells watchers and store subscribers. Problems in user input are
/// reported to the <see cref="RuntimeLog"/>, never thrown. Single-threaded, like the frame loop.
/// </summary>
public sealed partial class StateManager
{
    private readonly RuntimeLog _log;

    public StateManager(RuntimeLog log)
    {
        _log = log;
        Globals = new ReactiveScope(this, null, "global");
        _resolveVariable = ResolveForBinding;
        (_evaluationBag, _evaluator) = NewEvaluator();
    }

    /// <summary>The @variables.</summary>
    public ReactiveScope Globals { get; }

    /// <summary>The globals by name, for snapshots and debugging views.</summary>
    public IReadOnlyDictionary<string, VariableSlot> GlobalVariables => Globals.Variables;

    public RuntimeLog Log => _log;

    // ---- scopes -------------------------------------------------------------------------------

    /// <summary>A scope for a component instance, nested in the scope the instance is created in.</summary>
    public ReactiveScope CreateScope(ReactiveScope parent, string debugName)
    {
        CheckOwned(parent);
        if (parent.IsRemoved) throw new InvalidOperationException($"Scope '{parent.DebugName}' was removed; cannot nest '{debugName}' in it");
        var scope = new ReactiveScope(this, parent, debugName);
        parent.Children.Add(scope);
        return scope;
    }

    /// <summary>Removes a scope and the scopes nested in it (their component was unmounted), disposing their bindings.</summary>
    public void RemoveScope(ReactiveScope scope)
    {
        CheckOwned(scope);
        if (scope.Parent is null) throw new InvalidOperationException("The global scope cannot be removed");
        if (scope.IsRemoved) return;
        RemoveRecursively(scope);
        scope.Parent.Children.Remove(scope);
    }

    private void RemoveRecursively(ReactiveScope scope)
    {
        foreach (var child in scope.Children) RemoveRecursively(child);
        scope.Children.Clear();
        scope.IsRemoved = true;
        foreach (var binding in scope.OwnedBindings) Dispose(binding, detachFromScope: false);
        scope.OwnedBindings.Clear();
    }

    private void CheckOwned(ReactiveScope scope)
    {
        // Mixing managers is a bug in the runtime, not a user mistake.
        if (!ReferenceEquals(scope.Owner, this)) throw new ArgumentException($"Scope '{scope.DebugName}' belongs to another StateManager", nameof(scope));
    }

    // ---- declaring and reading ------------------------------------------------------------------

    /// <summary>
    /// Declares a variable in <paramref name="scope"/> (an @variable, or a component property with
    /// its given or default value). The type is inferred from the initial value unless given; an
    /// initial value that does not fit is reported (2205) and the type's default is used instead.
    /// Declaring a name again in the same scope retypes it and sets the new value.
    /// </summary>
    public VariableSlot Declare(ReactiveScope scope, string name, Literal initial, VariableType? type = null)
    {
        CheckOwned(scope);
        var variableType = type ?? VariableTypes.Infer(initial);
        if (!VariableCoercion.TryCoerce(variableType, initial, out var value))
        {
            _log.Report(VariableCoercion.Mismatch(name, variableType, initial));
            value = VariableTypes.DefaultValue(variableType);
        }
        if (scope.FindLocal(name) is { } existing)
        {
            existing.Type = variableType;
            ChangeValue(existing, value);
            return existing;
        }
        var slot = scope.Add(name, variableType, value);
        OnSlotCreated(slot);
        return slot;
    }

    /// <summary>The value of a name as seen from <paramref name="scope"/>; null when not declared (the caller reports 2204).</summary>
    public Literal? Get(ReactiveScope scope, string name) => scope.Get(name);

    public Literal? GetVariable(string name) => Globals.Get(name);

    // ---- writing ----------------------------------------------------------------------------------

    /// <summary>
    /// Sets the variable a name refers to from <paramref name="scope"/> (the nearest declaring
    /// scope, like assignment in any lexically scoped language). An undeclared name is created in
    /// <paramref name="scope"/> with type Any (KRY.md §7.7). A value that does not fit the type is
    /// reported (2205) and rejected. Dependents are recomputed at the next <see cref="Flush"/>.
    /// </summary>
    public SetResult Set(ReactiveScope scope, string name, Literal value)
    {
        CheckOwned(scope);
        if (scope.IsRemoved) return new SetResult(SetStatus.ScopeRemoved);
        var slot = scope.Find(name);
        if (slot is null)
        {
            CreateBySetting(scope, name, VariableType.Any, value);
            return new SetResult(SetStatus.Created);
        }
        return SetSlot(slot, value);
    }

    /// <summary>Sets a global (scripts' `kryon.setVariable`); creates it when undeclared.</summary>
    public SetResult SetVariable(string name, Literal value) => Set(Globals, name, value);

    private SetResult SetSlot(VariableSlot slot, Literal value)
    {
        if (!VariableCoercion.TryCoerce(slot.Type, value, out var coerced))
        {
            var error = VariableCoercion.Mismatch(slot.Name, slot.Type, value);
            if (!ReferenceEquals(slot.Scope, Globals)) error = error.WithNote($"in scope {slot.Scope.DebugName}", null);
            _log.Report(error);
            return new SetResult(SetStatus.Rejected, error);
        }
        return new SetResult(ChangeValue(slot, coerced) ? SetStatus.Changed : SetStatus.Unchanged);
    }

    /// <summary>Creates a variable as a write (not a declaration): watchers hear of it, with no old value.</summary>
    private VariableSlot CreateBySetting(ReactiveScope scope, string name, VariableType type, Literal value)
    {
        if (!VariableCoercion.TryCoerce(type, value, out var coerced))
        {
            _log.Report(VariableCoercion.Mismatch(name, type, value));
            coerced = VariableTypes.DefaultValue(type);
        }
        var slot = scope.Add(name, type, coerced);
        RememberWatchBaseline(slot, null);
        OnSlotCreated(slot);
        return slot;
    }

    /// <summary>Stores a (coerced) value and records the change for the next flush; false when it equals the current value.</summary>
    private bool ChangeValue(VariableSlot slot, Literal value)
    {
        if (LiteralEquality.Equal(slot.Value, value)) return false;
        RememberWatchBaseline(slot, slot.Value);
        slot.Value = value;
        slot.Version++;
        if (_applyingBinding is { } writer) LearnWrite(writer, slot);
        if (slot.HasDependents) ScheduleDependents(slot);
        return true;
    }

    private void RememberWatchBaseline(VariableSlot slot, Literal? before)
    {
        // Only globals have watchers; the first change in a batch keeps the value watchers last saw.
        if (!ReferenceEquals(slot.Scope, Globals) || slot.HasWatchBaseline) return;
        slot.HasWatchBaseline = true;
        slot.WatchBaseline = before;
        _pendingWatchSlots.Add(slot);
    }

    /// <summary>
    /// A new name can change what existing bindings resolve to: ones that failed to find it, and
    /// ones inside this scope that found a same-named variable further out (now shadowed).
    /// </summary>
    private void OnSlotCreated(VariableSlot slot)
    {
        if (_bindingsAwaitingName.TryGetValue(slot.Name, out var waiting))
        {
            foreach (var binding in waiting)
                if (binding.Scope.IsWithin(slot.Scope)) ScheduleRecompute(binding);
        }
        for (var outer = slot.Scope.Parent; outer is not null; outer = outer.Parent)
        {
            if (outer.FindLocal(slot.Name) is not { HasDependents: true } shadowed) continue;
            foreach (var binding in shadowed.Dependents)
                if (binding.Scope.IsWithin(slot.Scope)) ScheduleRecompute(binding);
        }
    }

    /// <summary>True when a <see cref="Flush"/> has work to do.</summary>
    public bool HasPendingChanges =>
        _pendingSlots.Count > 0 || _pendingBindings.Count > 0 || _pendingWatchSlots.Count > 0 || _pendingStores.Count > 0;

    internal void Report(Diagnostic diagnostic) => _log.Report(diagnostic);
}

using Kryon.Compiler.Binding;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Runtime.State;

public sealed partial class StateManager
{
    // One bag and one evaluator serve every binding (evaluations never nest: apply runs after).
    // The bag cannot be cleared, so it is replaced when it fills up; errors are told apart by count.
    private const int EvaluationBagRenewAt = 400;

    // A rank is a depth in a chain of component arguments; a cycle of arguments would raise it forever.
    private const int MaxRank = 256;

    private readonly Func<string, SourceSpan, Literal?> _resolveVariable;
    private readonly Dictionary<string, List<Binding>> _bindingsAwaitingName = new(StringComparer.Ordinal);
    private DiagnosticBag _evaluationBag;
    private ValueEvaluator _evaluator;
    private Binding? _evaluatingBinding;
    private Binding? _applyingBinding;
    private long _nextBindingId;

    private (DiagnosticBag, ValueEvaluator) NewEvaluator()
    {
        var bag = new DiagnosticBag();
        return (bag, new ValueEvaluator(bag, _resolveVariable));
    }

    /// <summary>
    /// Binds a value to variables: parses <paramref name="expressionText"/> (KRY value syntax) once,
    /// evaluates it in <paramref name="scope"/> now and calls <paramref name="apply"/> with the result,
    /// then again whenever a variable it read changes (at a flush, and only if the result differs).
    /// A parse error is reported and leaves the binding inert; an evaluation error is reported and
    /// the target keeps its previous value. Only variables can be read: a store field is not a
    /// variable (`$store.field` does not parse as one); mirror it into a variable from a subscriber.
    /// </summary>
    public Binding Bind(ReactiveScope scope, string expressionText, Action<Literal> apply, string debugTarget)
        => CreateBinding(scope, scope, expressionText, apply, debugTarget);

    /// <summary>
    /// Binds a component instance's property to an expression of its creator's scope (a placeholder's
    /// `bind:tint` = `$key_light`): evaluated in the parent of <paramref name="instanceScope"/>, the
    /// result is written to <paramref name="propertyName"/> in <paramref name="instanceScope"/>, so
    /// the template bindings reading `$tint` follow. Removed with the instance scope.
    /// </summary>
    public Binding BindArgument(ReactiveScope instanceScope, string propertyName, string expressionText, string debugTarget)
    {
        CheckOwned(instanceScope);
        var creatorScope = instanceScope.Parent ?? throw new ArgumentException("The global scope has no creator scope to bind from", nameof(instanceScope));
        return CreateBinding(creatorScope, instanceScope, expressionText, value => WriteArgument(instanceScope, propertyName, value), debugTarget);
    }

    private void WriteArgument(ReactiveScope instanceScope, string propertyName, Literal value)
    {
        if (instanceScope.IsRemoved) return;
        // The property lives in the instance itself; never write through to a same-named outer variable.
        if (instanceScope.FindLocal(propertyName) is { } slot) SetSlot(slot, value);
        else CreateBySetting(instanceScope, propertyName, VariableTypes.Infer(value), value);
    }

    private Binding CreateBinding(ReactiveScope scope, ReactiveScope owningScope, string expressionText, Action<Literal> apply, string debugTarget)
    {
        CheckOwned(scope);
        CheckOwned(owningScope);
        var source = new SourceFile("bind:" + debugTarget, expressionText);
        var parseBag = new DiagnosticBag(16);
        ValueSyntax? syntax = Parser.ParseValue(source, parseBag);
        if (parseBag.HasErrors)
        {
            syntax = null;
            foreach (var d in parseBag.Items)
                if (d.IsError) _log.Report(d.WithNote($"in the binding of {debugTarget}; it will not update", null));
        }
        var binding = new Binding(this, _nextBindingId++, scope, owningScope, expressionText, apply, debugTarget, syntax, source);
        if (scope.IsRemoved || owningScope.IsRemoved)
        {
            binding.IsDisposed = true;
            return binding;
        }
        owningScope.OwnedBindings.Add(binding);
        if (syntax is not null)
        {
            if (_inBindingPhase) binding.DoneRound = _round;
            Recompute(binding);
        }
        return binding;
    }

    /// <summary>Stops a binding: it is no longer recomputed and no longer counts as a dependent.</summary>
    public void Unbind(Binding binding)
    {
        if (!ReferenceEquals(binding.Owner, this)) throw new ArgumentException("The binding belongs to another StateManager", nameof(binding));
        Dispose(binding, detachFromScope: true);
    }

    private void Dispose(Binding binding, bool detachFromScope)
    {
        if (binding.IsDisposed) return;
        binding.IsDisposed = true;
        foreach (var slot in binding.Dependencies) slot.Dependents.Remove(binding);
        StopAwaiting(binding);
        if (detachFromScope) binding.OwningScope.OwnedBindings.Remove(binding);
    }

    /// <summary>
    /// Evaluates a binding against current values, updates what it depends on, and applies the
    /// result if it changed. Returns true when apply was called.
    /// </summary>
    private bool Recompute(Binding binding)
    {
        if (_evaluationBag.Items.Count >= EvaluationBagRenewAt) (_evaluationBag, _evaluator) = NewEvaluator();
        int itemsBefore = _evaluationBag.Items.Count;
        int errorsBefore = _evaluationBag.ErrorCount;

        binding.BeginResolving();
        _evaluatingBinding = binding;
        Literal? value;
        try
        {
            value = _evaluator.Evaluate(binding.Syntax!, binding.Source);
        }
        finally
        {
            _evaluatingBinding = null;
        }
        UpdateDependencies(binding);

        if (value is null || _evaluationBag.ErrorCount > errorsBefore)
        {
            ReportEvaluationFailure(binding, itemsBefore);
            return false;
        }
        if (binding.LastValue is not null && LiteralEquality.Equal(binding.LastValue, value)) return false;
        binding.LastValue = value;

        var outerWriter = _applyingBinding;
        _applyingBinding = binding;
        try
        {
            binding.Apply(value);
        }
        catch (Exception ex)
        {
            // The apply callback belongs to the element layer; one bad property must not stop the frame.
            _log.Report(DiagnosticCodes.InvalidRuntimeValue, $"Applying {value.Describe()} to {binding.DebugTarget} failed: {ex.Message}");
        }
        finally
        {
            _applyingBinding = outerWriter;
        }
        return true;
    }

    private void ReportEvaluationFailure(Binding binding, int itemsBefore)
    {
        string where = $"in the binding of {binding.DebugTarget}: {binding.ExpressionText}; it keeps its previous value";
        bool reported = false;
        var items = _evaluationBag.Items;
        for (int i = itemsBefore; i < items.Count; i++)
        {
            if (!items[i].IsError) continue;
            _log.Report(items[i].WithNote(where, null));
            reported = true;
        }
        if (!reported) _log.Report(DiagnosticCodes.InvalidRuntimeValue, $"The binding of {binding.DebugTarget} has no value ({binding.ExpressionText}); it keeps its previous value");
    }

    /// <summary>The evaluator's variable lookup: records what the binding read, and where it was found.</summary>
    private Literal? ResolveForBinding(string name, SourceSpan at)
    {
        var binding = _evaluatingBinding!;
        var slot = binding.Scope.Find(name);
        if (slot is null)
        {
            binding.AddMissing(name);
            _evaluationBag.Report(DiagnosticCodes.UndefinedRuntimeVariable, at, $"Undefined variable: ${name}",
                $"declare '{name}' in @variables, or set it before it is read");
            return null;
        }
        binding.AddResolved(slot);
        return slot.Value;
    }

    private void UpdateDependencies(Binding binding)
    {
        var previous = binding.SwapDependencies();
        var current = binding.Dependencies;
        if (!SameSlots(previous, current))
        {
            foreach (var slot in previous)
                if (!Contains(current, slot)) slot.Dependents.Remove(binding);
            foreach (var slot in current) slot.Dependents.Add(binding);
        }
        int rank = 0;
        foreach (var slot in current) rank = Math.Max(rank, slot.Rank);
        if (rank > binding.Rank) RaiseRank(binding, rank, 0);
        else binding.Rank = rank;

        StopAwaiting(binding);
        if (binding.MissingNames is { Count: > 0 } missing)
        {
            binding.AwaitedNames ??= [];
            foreach (var name in missing)
            {
                if (!_bindingsAwaitingName.TryGetValue(name, out var list)) _bindingsAwaitingName[name] = list = [];
                list.Add(binding);
                binding.AwaitedNames.Add(name);
            }
        }
    }

    private void StopAwaiting(Binding binding)
    {
        if (binding.AwaitedNames is not { Count: > 0 } names) return;
        foreach (var name in names)
        {
            if (!_bindingsAwaitingName.TryGetValue(name, out var list)) continue;
            list.Remove(binding);
            if (list.Count == 0) _bindingsAwaitingName.Remove(name);
        }
        names.Clear();
    }

    private static bool SameSlots(IReadOnlyList<VariableSlot> a, IReadOnlyList<VariableSlot> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (!ReferenceEquals(a[i], b[i])) return false;
        return true;
    }

    private static bool Contains(IReadOnlyList<VariableSlot> slots, VariableSlot slot)
    {
        for (int i = 0; i < slots.Count; i++)
            if (ReferenceEquals(slots[i], slot)) return true;
        return false;
    }

    /// <summary>
    /// A binding's apply wrote a variable (a component argument): the variable now ranks after the
    /// binding, so everything reading it is recomputed after the binding in a flush.
    /// </summary>
    private void LearnWrite(Binding writer, VariableSlot slot)
    {
        writer.Writes ??= [];
        if (!writer.Writes.Contains(slot)) writer.Writes.Add(slot);
        RaiseSlotRank(slot, writer.Rank + 1, 0);
    }

    private void RaiseSlotRank(VariableSlot slot, int rank, int depth)
    {
        if (slot.Rank >= rank || rank > MaxRank || depth > MaxRank) return;
        slot.Rank = rank;
        if (!slot.HasDependents) return;
        foreach (var reader in slot.Dependents) RaiseRank(reader, rank, depth + 1);
    }

    private void RaiseRank(Binding binding, int rank, int depth)
    {
        if (binding.Rank >= rank || depth > MaxRank) return;
        binding.Rank = rank;
        if (binding.Writes is null) return;
        foreach (var written in binding.Writes) RaiseSlotRank(written, rank + 1, depth + 1);
    }
}

using Kryon.Values;

namespace Kryon.Runtime.State;

/// <summary>
/// One variable in one scope: its type, current value, and the bindings that read it. Bindings
/// register here (the dependency index) so a change recomputes only its dependents.
/// Values change only through <see cref="StateManager"/>, which tracks the change for the next flush.
/// </summary>
public sealed class VariableSlot
{
    private HashSet<Binding>? _dependents;

    internal VariableSlot(ReactiveScope scope, string name, VariableType type, Literal value)
    {
        Scope = scope;
        Name = name;
        Type = type;
        Value = value;
    }

    public ReactiveScope Scope { get; }

    public string Name { get; }

    public VariableType Type { get; internal set; }

    public Literal Value { get; internal set; }

    /// <summary>Incremented on every accepted change; lets callers tell whether a value moved since they last looked.</summary>
    public int Version { get; internal set; }

    /// <summary>How many bindings read this variable.</summary>
    public int DependentCount => _dependents?.Count ?? 0;

    internal HashSet<Binding> Dependents => _dependents ??= [];

    internal bool HasDependents => _dependents is { Count: > 0 };

    /// <summary>
    /// Flush order: 0 for a variable nothing computes, else one more than the rank of the binding
    /// that writes it (a component argument), so its writer runs before its readers.
    /// </summary>
    internal int Rank;

    /// <summary>Queued so its dependents are recomputed in the next round.</summary>
    internal bool IsDirtyForBindings;

    /// <summary>Set while the value differs from what watchers last saw; <see cref="WatchBaseline"/> is that value.</summary>
    internal bool HasWatchBaseline;

    internal Literal? WatchBaseline;

    public override string ToString() => $"{Scope.DebugName}.{Name} = {Value.Describe()}";
}

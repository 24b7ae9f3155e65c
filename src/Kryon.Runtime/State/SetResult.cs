using Kryon.Diagnostics;

namespace Kryon.Runtime.State;

public enum SetStatus
{
    /// <summary>The value changed; dependents are recomputed at the next flush.</summary>
    Changed,
    /// <summary>The variable already had this value: nothing to do.</summary>
    Unchanged,
    /// <summary>The name was not declared anywhere in reach, so it was created (type Any).</summary>
    Created,
    /// <summary>The value does not fit the variable's type (2205); the old value stays.</summary>
    Rejected,
    /// <summary>The scope was removed (its component unmounted); the write was ignored.</summary>
    ScopeRemoved,
}

/// <summary>What a <see cref="StateManager.Set"/> did; <see cref="Error"/> holds the 2205 report of a rejection.</summary>
public readonly record struct SetResult(SetStatus Status, Diagnostic? Error = null)
{
    public bool Succeeded => Status is SetStatus.Changed or SetStatus.Unchanged or SetStatus.Created;
}

using Kryon.Values;

namespace Kryon.Runtime.State;

/// <summary>
/// What a watcher is told after a flush: the value before the batch (null when the variable was
/// created in it) and the value it ended with.
/// </summary>
public sealed record VariableChange(string Name, Literal? OldValue, Literal NewValue);

using Kryon.Runtime.Scripting;

namespace Kryon.Runtime.State;

/// <summary>
/// What a store subscriber is told after a flush, once per changed field: the value before the
/// batch (<see cref="ScriptValue.Null"/> for a new field) and the value it ended with.
/// </summary>
public sealed record StoreChange(string Store, string Field, ScriptValue OldValue, ScriptValue NewValue);

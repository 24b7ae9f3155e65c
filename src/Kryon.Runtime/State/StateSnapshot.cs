using Kryon.Runtime.Scripting;

namespace Kryon.Runtime.State;

/// <summary>
/// The app's state as plain data, for saving and restoring (hot reload, time travel, tests): each
/// global's type and value as text, each store's fields. Serialised to JSON elsewhere.
/// </summary>
public sealed record StateSnapshot(
    IReadOnlyDictionary<string, VariableSnapshot> Globals,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, ScriptValue>> Stores);

/// <summary>
/// One global: its type and its value as text. For a typed variable the text is the value as
/// interpolation shows it (`42`, `hello`, `#FF0000FF`); for an Any variable, which has no type to
/// read it back with, it is KRY source spelling (`"hello"`, `10px`, `[1, 2]`).
/// </summary>
public sealed record VariableSnapshot(VariableType Type, string Text);

using Kryon.Runtime.Scripting;

namespace Kryon.Runtime.State;

/// <summary>
/// A global store (seed 000): named state fields holding script values, and actions — script
/// functions that take (state, payload) and return the fields to replace. Fields change only
/// through <see cref="StateManager"/>, which batches them into the next flush.
/// </summary>
public sealed class Store
{
    private readonly Dictionary<string, ScriptValue> _fields;
    private readonly Dictionary<string, string> _actions = new(StringComparer.Ordinal);
    // Per field changed since the last flush: its value before the batch.
    private readonly Dictionary<string, ScriptValue> _pendingBaselines = new(StringComparer.Ordinal);

    internal Store(string name, IReadOnlyDictionary<string, ScriptValue> initialState)
    {
        Name = name;
        _fields = new Dictionary<string, ScriptValue>(initialState, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, ScriptValue> State => _fields;

    /// <summary>Action name → the script function implementing it.</summary>
    public IReadOnlyDictionary<string, string> Actions => _actions;

    /// <summary>A field's value; <see cref="ScriptValue.Null"/> when the store has no such field.</summary>
    public ScriptValue Get(string field) => _fields.GetValueOrDefault(field);

    /// <summary>The state as one script object (a copy, so later changes do not show through).</summary>
    public ScriptValue ToScriptValue() => ScriptValue.Object(new Dictionary<string, ScriptValue>(_fields, StringComparer.Ordinal));

    internal bool HasPending => _pendingBaselines.Count > 0;

    internal void SetAction(string action, string functionName) => _actions[action] = functionName;

    /// <summary>Stores a value; false when the field already had it. <paramref name="storeWasClean"/>: this is the store's first change in the batch.</summary>
    internal bool SetField(string field, ScriptValue value, out bool storeWasClean)
    {
        storeWasClean = false;
        var before = _fields.GetValueOrDefault(field);
        if (_fields.ContainsKey(field) && before.Equals(value)) return false;
        storeWasClean = _pendingBaselines.Count == 0;
        _pendingBaselines.TryAdd(field, before);
        _fields[field] = value;
        return true;
    }

    /// <summary>Moves the batch's real changes (final value differs from the value before) into <paramref name="changes"/>.</summary>
    internal void TakeChanges(List<StoreChange> changes)
    {
        foreach (var (field, before) in _pendingBaselines)
        {
            var after = _fields[field];
            if (!before.Equals(after)) changes.Add(new StoreChange(Name, field, before, after));
        }
        _pendingBaselines.Clear();
    }

    internal void ClearPending() => _pendingBaselines.Clear();

    public override string ToString() => $"store {Name}";
}

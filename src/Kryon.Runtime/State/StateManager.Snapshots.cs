using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;

namespace Kryon.Runtime.State;

public sealed partial class StateManager
{
    /// <summary>The globals and stores as plain data (component instance scopes are rebuilt by mounting, so they are not included).</summary>
    public StateSnapshot TakeSnapshot()
    {
        var globals = new Dictionary<string, VariableSnapshot>(StringComparer.Ordinal);
        foreach (var (name, slot) in Globals.Variables)
            globals[name] = new VariableSnapshot(slot.Type, LiteralSpelling.Write(slot.Type, slot.Value));
        var stores = new Dictionary<string, IReadOnlyDictionary<string, ScriptValue>>(StringComparer.Ordinal);
        foreach (var (name, store) in _stores)
            stores[name] = new Dictionary<string, ScriptValue>(store.State, StringComparer.Ordinal);
        return new StateSnapshot(globals, stores);
    }

    /// <summary>
    /// Puts a snapshot's values back through the normal write path, so bindings, watchers and
    /// subscribers follow at the next flush. Globals and stores the snapshot does not mention keep
    /// their values; missing ones are created. An existing global keeps its type (a value that no
    /// longer fits is reported, 2205); text that cannot be read is reported (2203) and skipped.
    /// </summary>
    public void Restore(StateSnapshot snapshot)
    {
        foreach (var (name, saved) in snapshot.Globals)
        {
            if (LiteralSpelling.Read(saved.Type, saved.Text) is not { } value)
            {
                _log.Report(DiagnosticCodes.InvalidRuntimeValue, $"Cannot restore variable '{name}': '{saved.Text}' is not a {saved.Type} value");
                continue;
            }
            if (Globals.FindLocal(name) is { } slot) SetSlot(slot, value);
            else CreateBySetting(Globals, name, saved.Type, value);
        }
        foreach (var (name, fields) in snapshot.Stores)
        {
            // A missing store is created empty and filled like an existing one, so its subscribers hear of the fields.
            var store = _stores.GetValueOrDefault(name) ?? CreateStore(name, new Dictionary<string, ScriptValue>());
            foreach (var (field, value) in fields) SetStoreField(store, field, value);
        }
    }
}

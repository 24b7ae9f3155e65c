using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using Kryon.Text;

namespace Kryon.Runtime.State;

/// <summary>
/// Global stores (seed 000). Bindings read variables only, never store fields: a binding
/// expression is KRY value syntax, where `$name` is a variable. To show a store field, mirror it
/// into a variable from a <see cref="Subscribe"/> callback.
/// </summary>
public sealed partial class StateManager
{
    private readonly Dictionary<string, Store> _stores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscriberList<StoreChange>> _storeSubscribers = new(StringComparer.Ordinal);
    private readonly List<StoreChange> _storeChanges = [];

    public IReadOnlyDictionary<string, Store> Stores => _stores;

    /// <summary>
    /// Creates a store. Creating one that exists (a reload) keeps its actions and sets the given
    /// fields through the normal path, so subscribers hear of the differences.
    /// </summary>
    public Store CreateStore(string name, IReadOnlyDictionary<string, ScriptValue> initialState)
    {
        if (_stores.TryGetValue(name, out var existing))
        {
            foreach (var (field, value) in initialState) SetStoreField(existing, field, value);
            return existing;
        }
        var store = new Store(name, initialState);
        _stores.Add(name, store);
        return store;
    }

    public Store? GetStore(string name) => _stores.GetValueOrDefault(name);

    /// <summary>Makes <paramref name="actionName"/> of a store call the script function <paramref name="scriptFunctionName"/>; false (2207 reported) when there is no such store.</summary>
    public bool RegisterAction(string storeName, string actionName, string scriptFunctionName)
    {
        if (FindStore(storeName, out _) is not { } store) return false;
        store.SetAction(actionName, scriptFunctionName);
        return true;
    }

    /// <summary>
    /// Runs a store action: calls its script function with (state object, payload); if it returns
    /// an object, the fields it names replace the state's (batched like any change). A missing
    /// store or action is reported (2207), as is a failing script; the result says what happened.
    /// </summary>
    public ScriptCallResult Dispatch(string storeName, string actionName, ScriptValue payload, IScriptFunctions functions)
    {
        if (FindStore(storeName, out var noStore) is not { } store) return ScriptCallResult.Fail(noStore!);
        if (!store.Actions.TryGetValue(actionName, out var functionName))
        {
            var missing = Diagnostic.Create(DiagnosticCodes.UnknownRuntimeTarget, null, $"Store '{storeName}' has no action '{actionName}'",
                Suggest(actionName, store.Actions.Keys, "register the action before dispatching it"));
            _log.Report(missing);
            return ScriptCallResult.Fail(missing);
        }
        var result = functions.Call(functionName, [store.ToScriptValue(), payload]);
        if (!result.Succeeded)
        {
            _log.Report(result.Error!.WithNote($"in action '{actionName}' of store '{storeName}'", null));
            return result;
        }
        if (result.Value.Kind == ScriptValueKind.Object)
            foreach (var (field, value) in result.Value.AsObject()) SetStoreField(store, field, value);
        return result;
    }

    /// <summary>Sets a store field (creating it if new); subscribers hear of it at the next flush. False (2207 reported) when there is no such store.</summary>
    public bool SetStoreField(string storeName, string field, ScriptValue value)
    {
        if (FindStore(storeName, out _) is not { } store) return false;
        SetStoreField(store, field, value);
        return true;
    }

    private void SetStoreField(Store store, string field, ScriptValue value)
    {
        if (store.SetField(field, value, out bool storeWasClean) && storeWasClean) _pendingStores.Add(store);
    }

    /// <summary>
    /// Calls <paramref name="subscriber"/> once per changed field after each flush that changed the
    /// store (which need not exist yet). Dispose the result to unsubscribe.
    /// </summary>
    public IDisposable Subscribe(string storeName, Action<StoreChange> subscriber)
    {
        if (!_storeSubscribers.TryGetValue(storeName, out var list)) _storeSubscribers[storeName] = list = new();
        return list.Add(subscriber);
    }

    private void NotifyStoreSubscribers()
    {
        if (_pendingStores.Count == 0) return;
        (_pendingStores, _roundStores) = (_roundStores, _pendingStores);
        foreach (var store in _roundStores)
        {
            // Copied out first: a subscriber may change the store again (that goes to the next round).
            int start = _storeChanges.Count;
            store.TakeChanges(_storeChanges);
            if (!_storeSubscribers.TryGetValue(store.Name, out var list) || list.Count == 0) continue;
            for (int i = start; i < _storeChanges.Count; i++)
            {
                var change = _storeChanges[i];
                list.Notify(change, ex => _log.Report(DiagnosticCodes.ScriptError,
                    $"A subscriber of store '{change.Store}' failed on '{change.Field}': {ex.Message}", "the other subscribers still ran; fix the failing one"));
            }
        }
        _roundStores.Clear();
        _storeChanges.Clear();
    }

    /// <summary>The store of that name, or null with the 2207 report (already logged) in <paramref name="missing"/>.</summary>
    private Store? FindStore(string name, out Diagnostic? missing)
    {
        missing = null;
        if (_stores.TryGetValue(name, out var store)) return store;
        missing = Diagnostic.Create(DiagnosticCodes.UnknownRuntimeTarget, null, $"No store named '{name}'",
            Suggest(name, _stores.Keys, "create the store before using it"));
        _log.Report(missing);
        return null;
    }

    private static string[] Suggest(string name, IEnumerable<string> known, string otherwise)
        => SpellingSuggestions.Closest(name, known) is { } close ? [$"did you mean '{close}'?"] : [otherwise];
}

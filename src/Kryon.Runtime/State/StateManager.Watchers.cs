using Kryon.Diagnostics;
using Kryon.Values;

namespace Kryon.Runtime.State;

public sealed partial class StateManager
{
    private readonly Dictionary<string, SubscriberList<VariableChange>> _watchers = new(StringComparer.Ordinal);

    /// <summary>
    /// Calls <paramref name="watcher"/> after each flush in which the global <paramref name="globalName"/>
    /// ended with a different value than it had before (the name need not be declared yet).
    /// Dispose the result to stop watching.
    /// </summary>
    public IDisposable Watch(string globalName, Action<VariableChange> watcher)
    {
        if (!_watchers.TryGetValue(globalName, out var list)) _watchers[globalName] = list = new();
        return list.Add(watcher);
    }

    private void CallWatchers(string name, Literal? before, Literal after)
    {
        if (!_watchers.TryGetValue(name, out var list) || list.Count == 0) return;
        // A watcher is usually script code: one that throws is reported and the others still run.
        list.Notify(new VariableChange(name, before, after), ex => _log.Report(DiagnosticCodes.ScriptError,
            $"A watcher of '{name}' failed: {ex.Message}", "the other watchers still ran; fix the failing one"));
    }
}

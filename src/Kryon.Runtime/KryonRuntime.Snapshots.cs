using Kryon.Diagnostics;
using Kryon.Runtime.Editing;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.Snapshots;
using Kryon.Runtime.State;
using Kryon.Values;

namespace Kryon.Runtime;

/// <summary>
/// Snapshots (issue 5): the whole live state of the app as data, and putting such data back so
/// that the runtime is indistinguishable from the one the snapshot was taken of (same state, same
/// display list, same behaviour on the next input). <see cref="SnapshotJson"/> turns them into text.
/// </summary>
public sealed partial class KryonRuntime
{
    private SnapshotBaseline? _snapshotBaseline;

    /// <summary>The app as loaded, for telling what changed since; built on first use.</summary>
    internal SnapshotBaseline SnapshotBaseline => _snapshotBaseline ??= SnapshotBaseline.Of(Document);

    /// <summary>Captures the live state. Take it between frames: input still queued is not part of it.</summary>
    public RuntimeSnapshot TakeSnapshot()
    {
        var baseline = SnapshotBaseline;
        var keys = new SnapshotKeys(Tree);

        var variables = new Dictionary<string, SnapshotVariable>(StringComparer.Ordinal);
        foreach (var (name, slot) in State.GlobalVariables) variables[name] = VariableOf(slot);

        var stores = new Dictionary<string, IReadOnlyDictionary<string, ScriptValue>>(StringComparer.Ordinal);
        foreach (var (name, store) in State.Stores) stores[name] = new Dictionary<string, ScriptValue>(store.State, StringComparer.Ordinal);

        var components = new Dictionary<string, IReadOnlyDictionary<string, SnapshotVariable>>(StringComparer.Ordinal);
        foreach (var (key, scope) in SnapshotKeys.ForScopes(State.Globals))
        {
            var locals = new Dictionary<string, SnapshotVariable>(StringComparer.Ordinal);
            foreach (var (name, slot) in scope.Variables) locals[name] = VariableOf(slot);
            components[key] = locals;
        }

        var elements = new Dictionary<string, ElementSnapshot>(StringComparer.Ordinal);
        var inputs = new Dictionary<string, TextEditorState>(StringComparer.Ordinal);
        foreach (var e in Tree.Elements)
        {
            var own = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
            foreach (var (property, value) in e.Own.Entries())
                if (baseline.Keeps(e, property, value)) own[property.Name] = value;
            var scripted = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
            foreach (var (property, value) in e.ScriptValues.Entries()) scripted[property.Name] = value;
            var element = new ElementSnapshot(own, scripted, e.State & ElementSnapshot.PointerAndFocusBits, e.ScrollX, e.ScrollY);
            if (!element.IsEmpty) elements[keys.KeyOf(e)] = element;
            if (_editors.TryGetValue(e, out var editor)) inputs[keys.KeyOf(e)] = editor.Snapshot();
        }

        var timers = new List<TimerSnapshot>(Timers.Pending.Count);
        // Timers calling function values belong to the scripts' live objects, which a snapshot cannot hold.
        foreach (var t in Timers.Pending)
            if (t.Callback is null) timers.Add(new TimerSnapshot(t.Id, t.FunctionName, Math.Max(0, t.DueMs - NowMs), t.IntervalMs, [.. t.Arguments]));

        return new RuntimeSnapshot
        {
            ClockMs = NowMs,
            ViewportWidth = ViewportWidth,
            ViewportHeight = ViewportHeight,
            Variables = variables,
            Stores = stores,
            Components = components,
            Elements = elements,
            Focus = KeyOrNull(keys, Focused),
            Pointer = new PointerSnapshot(PointerX, PointerY, KeyOrNull(keys, Hovered), KeyOrNull(keys, Pressed)),
            Inputs = inputs,
            Timers = timers,
            NextTimerId = Timers.NextId,
        };
    }

    /// <summary>
    /// Puts a snapshot of this app back. Everything is checked first: a snapshot that does not fit
    /// the app (an element, input or component it does not have, a value of the wrong type) is
    /// reported (2502, one report per problem) and changes nothing; the result is then false.
    /// Variables go through the normal write path and are flushed at once, so bindings recompute
    /// before the element values the snapshot holds are put back over them. No event handlers
    /// run (restoring focus is not a focus event); watchers and store subscribers hear of the
    /// variables and fields that changed. Input still queued is dropped: it was meant for the old state.
    /// </summary>
    public bool RestoreSnapshot(RuntimeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var restorer = new SnapshotRestorer(this, SnapshotBaseline);
        if (!restorer.Validate(snapshot))
        {
            const int MaxReports = 20;
            foreach (string problem in restorer.Problems.Take(MaxReports))
                Log.Report(DiagnosticCodes.InvalidSnapshot, $"The snapshot does not fit this app: {problem}; nothing was restored");
            if (restorer.Problems.Count > MaxReports)
                Log.Report(DiagnosticCodes.InvalidSnapshot, $"… and {restorer.Problems.Count - MaxReports} more problems with the snapshot");
            return false;
        }
        _events.Clear();
        restorer.Apply();
        return true;
    }

    /// <summary>
    /// Puts back a snapshot taken of an earlier version of this app (hot reload): what no longer
    /// fits — variables the app stopped declaring or whose type changed, elements, inputs and focus
    /// whose id is gone, state of elements without an id — is left out (<see cref="SnapshotFitter"/>)
    /// and the rest is restored as <see cref="RestoreSnapshot"/> does. The result says what was kept
    /// and dropped; nothing is reported to the log unless the trimmed snapshot still does not fit.
    /// </summary>
    public SnapshotFit RestoreSnapshotTolerant(RuntimeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var fitter = new SnapshotFitter(this);
        var fitted = fitter.Fit(snapshot);
        return new SnapshotFit(fitter.Kept, fitter.Dropped, RestoreSnapshot(fitted));
    }

    /// <summary>The parts of a restore only the runtime can do: clock, pointer, focus and editors, without firing events.</summary>
    internal void RestoreInteraction(double nowMs, Element? focused, Element? hovered, Element? pressed, float pointerX, float pointerY,
        IReadOnlyList<(Element Input, TextEditorState State)> inputs)
    {
        NowMs = nowMs;
        Focused = focused;
        Hovered = hovered;
        Pressed = pressed;
        PointerX = pointerX;
        PointerY = pointerY;
        _editors.Clear();
        foreach (var (input, state) in inputs)
        {
            EditorFor(input).Restore(state);
            input.RequestRepaint(); // its text and caret come from the editor, which no property records
        }
        RequestPaint();
    }

    private static SnapshotVariable VariableOf(VariableSlot slot) => new(slot.Value, slot.Type == VariableType.Any);

    private static string? KeyOrNull(SnapshotKeys keys, Element? element) => element is { IsAttached: true } ? keys.KeyOf(element) : null;
}

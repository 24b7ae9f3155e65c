using System.Text.Json;
using Kryon.Registry;
using Kryon.Runtime.Editing;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Frames;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.State;
using Kryon.Values;

namespace Kryon.Runtime.Snapshots;

/// <summary>
/// Puts a <see cref="RuntimeSnapshot"/> back into a runtime in two steps: <see cref="Validate"/>
/// resolves every key and checks every value against the app, collecting all problems and
/// changing nothing; <see cref="Apply"/> then writes the resolved plan, which cannot fail. So a
/// snapshot that does not fit leaves the runtime exactly as it was.
/// </summary>
internal sealed class SnapshotRestorer(KryonRuntime runtime, SnapshotBaseline baseline)
{
    private readonly List<string> _problems = [];
    private readonly List<(string Name, Literal Value)> _globals = [];
    private readonly List<(ReactiveScope Scope, VariableSlot? Slot, string Name, Literal Value)> _componentVariables = [];
    private readonly List<(Element Element, ResolvedElement Target)> _elements = [];
    private readonly List<(Element Input, TextEditorState State)> _inputs = [];
    private readonly List<ScheduledTimer> _timers = [];
    private RuntimeSnapshot _snapshot = new();
    private Element? _focused, _hovered, _pressed;

    /// <summary>An element's target state with property names resolved.</summary>
    private sealed record ResolvedElement(List<(PropertyInfo, PropertyValue)> Own, List<(PropertyInfo, PropertyValue)> Script, InteractionState State, float ScrollX, float ScrollY)
    {
        public static readonly ResolvedElement Unchanged = new([], [], InteractionState.None, 0, 0);
    }

    public IReadOnlyList<string> Problems => _problems;

    // ---- validation ---------------------------------------------------------------------------------

    public bool Validate(RuntimeSnapshot snapshot)
    {
        _snapshot = snapshot;
        var keys = new SnapshotKeys(runtime.Tree);
        CheckClockAndViewport(snapshot);
        CheckGlobals(snapshot);
        CheckComponents(snapshot);
        CheckStores(snapshot);
        CheckElements(snapshot, keys);
        _focused = ResolveOptional(keys, snapshot.Focus, "focus");
        _hovered = ResolveOptional(keys, snapshot.Pointer.Hover, "pointer hover");
        _pressed = ResolveOptional(keys, snapshot.Pointer.Pressed, "pointer pressed");
        if (float.IsInfinity(snapshot.Pointer.X) || float.IsInfinity(snapshot.Pointer.Y))
            _problems.Add("the pointer position is not a finite number");
        CheckInputs(snapshot, keys);
        CheckTimers(snapshot);
        return _problems.Count == 0;
    }

    private void CheckClockAndViewport(RuntimeSnapshot s)
    {
        if (!double.IsFinite(s.ClockMs) || s.ClockMs < 0) _problems.Add($"clock {s.ClockMs} is not a time (0 or more milliseconds)");
        bool keepViewport = s.ViewportWidth == 0 && s.ViewportHeight == 0;
        if (!keepViewport && !(s.ViewportWidth is >= 1 and <= 65535 && s.ViewportHeight is >= 1 and <= 65535))
            _problems.Add($"viewport {s.ViewportWidth} × {s.ViewportHeight} is not a window size (1 to 65535 each)");
    }

    private void CheckGlobals(RuntimeSnapshot s)
    {
        foreach (var (name, variable) in s.Variables)
        {
            if (!IsName(name)) { _problems.Add($"'{name}' is not a variable name"); continue; }
            var slot = runtime.State.Globals.FindLocal(name);
            // A variable the app does not declare was created by a script: it has no type, and takes the value as it is.
            if (Fit(slot?.Type ?? VariableType.Any, variable, $"variable '{name}'") is { } value) _globals.Add((name, value));
        }
    }

    private void CheckComponents(RuntimeSnapshot s)
    {
        var scopes = SnapshotKeys.ForScopes(runtime.State.Globals).ToDictionary(x => x.Key, x => x.Scope, StringComparer.Ordinal);
        foreach (var (key, variables) in s.Components)
        {
            if (!scopes.TryGetValue(key, out var scope))
            {
                _problems.Add($"the app has no component instance '{key}'" + Suggest(key, scopes.Keys));
                continue;
            }
            foreach (var (name, variable) in variables)
            {
                if (!IsName(name)) { _problems.Add($"'{name}' is not a variable name (in {key})"); continue; }
                var slot = scope.FindLocal(name);
                if (Fit(slot?.Type ?? VariableType.Any, variable, $"property '{name}' of {key}") is { } value) _componentVariables.Add((scope, slot, name, value));
            }
        }
    }

    private void CheckStores(RuntimeSnapshot s)
    {
        foreach (var (name, fields) in s.Stores)
            foreach (var (field, value) in fields)
                CheckHandles(value, $"field '{field}' of store '{name}'");
    }

    private void CheckElements(RuntimeSnapshot s, SnapshotKeys keys)
    {
        var targets = new Dictionary<Element, ResolvedElement>();
        foreach (var (key, element) in s.Elements)
        {
            if (keys.Find(key) is not { } e)
            {
                _problems.Add($"the app has no element '{key}'");
                continue;
            }
            if (!targets.TryAdd(e, Resolve(key, element))) _problems.Add($"element '{key}' appears twice (by id and by handle)");
        }
        foreach (var e in runtime.Tree.Elements) _elements.Add((e, targets.GetValueOrDefault(e) ?? ResolvedElement.Unchanged));
    }

    private ResolvedElement Resolve(string key, ElementSnapshot element)
    {
        if ((element.State & ~ElementSnapshot.PointerAndFocusBits) != 0)
            _problems.Add($"element '{key}': state {element.State} holds bits that follow from properties (only hover, active and focus are restored)");
        if (!float.IsFinite(element.ScrollX) || !float.IsFinite(element.ScrollY) || element.ScrollX < 0 || element.ScrollY < 0)
            _problems.Add($"element '{key}': scroll ({element.ScrollX}, {element.ScrollY}) is not an offset (0 or more)");
        return new ResolvedElement(ResolveProperties(key, element.Properties), ResolveProperties(key, element.ScriptValues), element.State, element.ScrollX, element.ScrollY);
    }

    private List<(PropertyInfo, PropertyValue)> ResolveProperties(string key, IReadOnlyDictionary<string, PropertyValue> values)
    {
        var resolved = new List<(PropertyInfo, PropertyValue)>(values.Count);
        foreach (var (name, value) in values)
        {
            if (!PropertyRegistry.TryGet(name, out var property) || property.IsEvent)
                _problems.Add($"element '{key}': unknown property '{name}'");
            else if (!Fits(property, value))
                _problems.Add($"element '{key}': {value.ToKry()} is not a value of '{property.Name}'");
            else
                resolved.Add((property, value));
        }
        return resolved;
    }

    private void CheckInputs(RuntimeSnapshot s, SnapshotKeys keys)
    {
        foreach (var (key, state) in s.Inputs)
        {
            if (keys.Find(key) is not { } e) _problems.Add($"the app has no element '{key}' (an input)");
            else if (!e.Is(ElementKind.Input)) _problems.Add($"'{key}' is a {e.TypeName}, not an Input: it has no text to restore");
            else if (state.Text is null || state.Caret < 0 || state.Anchor < 0 || state.Caret > state.Text.Length || state.Anchor > state.Text.Length)
                _problems.Add($"input '{key}': caret {state.Caret} and anchor {state.Anchor} do not lie within its text");
            else if (_inputs.Exists(i => i.Input == e)) _problems.Add($"input '{key}' appears twice (by id and by handle)");
            else _inputs.Add((e, state));
        }
    }

    private void CheckTimers(RuntimeSnapshot s)
    {
        var ids = new HashSet<int>();
        if (s.Timers.Count > Scheduler.MaxTimers) _problems.Add($"{s.Timers.Count} timers are more than the {Scheduler.MaxTimers} a runtime keeps");
        if (s.NextTimerId < 1) _problems.Add($"next timer id {s.NextTimerId} is not a timer id");
        foreach (var t in s.Timers)
        {
            string what = $"timer {t.Id}";
            if (t.Id < 1 || !ids.Add(t.Id)) _problems.Add($"{what}: its id is not a positive number used once");
            if (string.IsNullOrEmpty(t.FunctionName)) _problems.Add($"{what}: it names no function");
            if (!double.IsFinite(t.RemainingMs) || t.RemainingMs < 0 || !double.IsFinite(t.IntervalMs) || t.IntervalMs < 0)
                _problems.Add($"{what}: remaining {t.RemainingMs} ms and interval {t.IntervalMs} ms must be 0 or more");
            foreach (var argument in t.Arguments) CheckHandles(argument, $"an argument of {what}");
            _timers.Add(new ScheduledTimer(t.Id, t.FunctionName ?? "", s.ClockMs + t.RemainingMs, t.IntervalMs, t.Arguments));
        }
    }

    private Element? ResolveOptional(SnapshotKeys keys, string? key, string what)
    {
        if (key is null) return null;
        if (keys.Find(key) is { } e) return e;
        _problems.Add($"the app has no element '{key}' ({what})");
        return null;
    }

    /// <summary>Element handles inside script values must name elements of this app.</summary>
    private void CheckHandles(ScriptValue value, string where)
    {
        switch (value.Kind)
        {
            case ScriptValueKind.Element when runtime.Tree.GetByHandle(value.AsElement()) is null:
                _problems.Add($"{where}: the app has no element @{value.AsElement()}");
                break;
            case ScriptValueKind.Array:
                foreach (var item in value.AsArray()) CheckHandles(item, where);
                break;
            case ScriptValueKind.Object:
                foreach (var field in value.AsObject().Values) CheckHandles(field, where);
                break;
        }
    }

    /// <summary>
    /// The value as the variable stores it, or null (a problem noted). Stricter than a script's
    /// write: the JSON kind must be the type's (a number for an Int, true/false for a Bool), since
    /// a snapshot that holds text for a number was not taken of this app.
    /// </summary>
    private Literal? Fit(VariableType type, SnapshotVariable variable, string what)
    {
        var value = variable.Value;
        Literal? fitted = type switch
        {
            VariableType.Any => value,
            VariableType.String => value as StringLiteral,
            VariableType.Bool => value as BoolLiteral,
            VariableType.Int or VariableType.Float when value is NumberLiteral && VariableCoercion.TryCoerce(type, value, out var number) => number,
            // A Float with a unit is written as its text (`10px`).
            VariableType.Float when value is StringLiteral s => LiteralSpelling.Read(type, s.Value),
            VariableType.Color when value is ColorLiteral or StringLiteral && VariableCoercion.TryCoerce(type, value, out var color) => color,
            _ => null,
        };
        if (fitted is null) _problems.Add($"{what} is {type}, but the snapshot gives {value.Describe()}");
        return fitted;
    }

    /// <summary>Whether a value is one the property could hold: it reads back the same from its snapshot spelling.</summary>
    private static bool Fits(PropertyInfo property, PropertyValue value)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream)) SnapshotValues.WriteProperty(w, value);
        using var json = JsonDocument.Parse(stream.ToArray());
        try
        {
            return SnapshotValues.ReadProperty(property, json.RootElement, "$").Equals(value);
        }
        catch (SnapshotFormatException)
        {
            return false;
        }
    }

    private static bool IsName(string name) => name.Length > 0 && !name.Any(char.IsWhiteSpace);

    private static string Suggest(string key, IEnumerable<string> known) =>
        Kryon.Text.SpellingSuggestions.Closest(key, known) is { } close ? $" (did you mean '{close}'?)" : "";

    // ---- applying -----------------------------------------------------------------------------------

    /// <summary>Writes the validated plan: state first (flushed, so bindings have recomputed), then what overrides it.</summary>
    public void Apply()
    {
        var s = _snapshot;
        var state = runtime.State;
        if (s.ViewportWidth > 0) runtime.Resize(s.ViewportWidth, s.ViewportHeight);

        foreach (var (name, value) in _globals) state.Set(state.Globals, name, value);
        foreach (var (scope, slot, name, value) in _componentVariables)
        {
            // Set would write through to a same-named outer variable; a missing instance variable is created in the instance.
            if (slot is not null) state.Set(scope, name, value);
            else state.Declare(scope, name, value, VariableType.Any);
        }
        foreach (var (name, fields) in s.Stores)
        {
            if (state.GetStore(name) is null) state.CreateStore(name, fields);
            else
                foreach (var (field, value) in fields) state.SetStoreField(name, field, value);
        }
        state.Flush();

        foreach (var (element, target) in _elements) ApplyElement(element, target);
        runtime.RestoreInteraction(s.ClockMs, _focused, _hovered, _pressed, s.Pointer.X, s.Pointer.Y, _inputs);
        runtime.ReplaceTimers(_timers, s.NextTimerId);
    }

    private void ApplyElement(Element e, ResolvedElement target)
    {
        // Own values input changed since load go back to their loaded values unless the snapshot has them.
        // One a binding sets and the load did not stays: the binding's value is the right one.
        var changed = new List<PropertyInfo>();
        foreach (var (property, value) in e.Own.Entries())
            if (baseline.Keeps(e, property, value) && !target.Own.Exists(t => t.Item1 == property)) changed.Add(property);
        foreach (var property in changed)
        {
            // A bound value (an Input's `value: $name`) follows the restored variables through its
            // binding; putting back the load-time text here would undo them.
            if (baseline.IsBound(e, property)) continue;
            if (baseline.LoadedValue(e, property) is { } loaded) e.SetOwn(property, loaded);
            else e.ClearOwn(property);
        }
        foreach (var (property, value) in target.Own) e.SetOwn(property, value);

        var scripted = e.ScriptValues.Entries().Select(x => x.Property).ToList();
        foreach (var property in scripted)
            if (!target.Script.Exists(t => t.Item1 == property)) e.ClearScriptValue(property);
        foreach (var (property, value) in target.Script) e.SetScriptValue(property, value);

        e.SetState(ElementSnapshot.PointerAndFocusBits & ~target.State, false);
        if (target.State != InteractionState.None) e.SetState(target.State, true);
        e.ScrollX = target.ScrollX;
        e.ScrollY = target.ScrollY;
    }
}

using Kryon.Registry;
using Kryon.Runtime.Editing;
using Kryon.Runtime.Elements;
using Kryon.Runtime.State;
using Kryon.Values;

namespace Kryon.Runtime.Snapshots;

/// <summary>
/// Trims a snapshot of an earlier version of an app down to what a changed version can take
/// (hot reload, `kryon dev`): variables the app still declares with a type their value fits
/// (variables scripts created, untyped, are kept), element state, inputs and focus by element id
/// (elements without an id are named by load-order handles, which an edit shifts, so their
/// state is dropped), component variables by instance path. Stores, timers, the clock and the
/// pointer position are kept as they are. The result is then restored strictly.
/// </summary>
internal sealed class SnapshotFitter(KryonRuntime runtime)
{
    private readonly List<string> _keptVariables = [], _droppedVariables = [];
    private readonly List<string> _keptElements = [], _droppedElements = [];
    private readonly List<string> _keptInputs = [], _droppedInputs = [];

    public SnapshotParts Kept { get; private set; } = SnapshotParts.None;

    public SnapshotParts Dropped { get; private set; } = SnapshotParts.None;

    public RuntimeSnapshot Fit(RuntimeSnapshot snapshot)
    {
        var keys = new SnapshotKeys(runtime.Tree);
        var variables = FitVariables(snapshot.Variables, runtime.State.Globals, "");
        var scopes = SnapshotKeys.ForScopes(runtime.State.Globals).ToDictionary(x => x.Key, x => x.Scope, StringComparer.Ordinal);
        var components = new Dictionary<string, IReadOnlyDictionary<string, SnapshotVariable>>(StringComparer.Ordinal);
        foreach (var (key, locals) in snapshot.Components)
        {
            if (scopes.TryGetValue(key, out var scope)) components[key] = FitVariables(locals, scope, key + "/");
            else
                foreach (var name in locals.Keys) _droppedVariables.Add($"{key}/{name} (the component instance is gone)");
        }

        var elements = new Dictionary<string, ElementSnapshot>(StringComparer.Ordinal);
        foreach (var (key, element) in snapshot.Elements)
        {
            if (FindById(keys, key, out string why) is not null)
            {
                elements[key] = element;
                _keptElements.Add(key);
            }
            // Hover and press bits alone are not worth a report: the pointer's next move sets them again.
            else if (!HoldsOnlyPointerState(element)) _droppedElements.Add($"{key} ({why})");
        }

        var inputs = new Dictionary<string, TextEditorState>(StringComparer.Ordinal);
        foreach (var (key, state) in snapshot.Inputs)
        {
            var e = FindById(keys, key, out string why);
            if (e is null) _droppedInputs.Add($"{key} ({why})");
            else if (!e.Is(ElementKind.Input)) _droppedInputs.Add($"{key} (it is a {e.TypeName} now)");
            else
            {
                inputs[key] = state;
                _keptInputs.Add(key);
            }
        }

        string? focus = null, droppedFocus = null;
        if (snapshot.Focus is { } focusKey)
        {
            if (FindById(keys, focusKey, out string why) is not null) focus = focusKey;
            else droppedFocus = $"{focusKey} ({why})";
        }

        Kept = new SnapshotParts(_keptVariables, _keptElements, _keptInputs, focus);
        Dropped = new SnapshotParts(_droppedVariables, _droppedElements, _droppedInputs, droppedFocus);
        return snapshot with
        {
            Variables = variables,
            Components = components,
            Elements = elements,
            Inputs = inputs,
            Focus = focus,
            Pointer = snapshot.Pointer with
            {
                Hover = snapshot.Pointer.Hover is { } h && FindById(keys, h, out _) is not null ? h : null,
                Pressed = snapshot.Pointer.Pressed is { } p && FindById(keys, p, out _) is not null ? p : null,
            },
        };
    }

    private Dictionary<string, SnapshotVariable> FitVariables(IReadOnlyDictionary<string, SnapshotVariable> variables, ReactiveScope scope, string prefix)
    {
        var kept = new Dictionary<string, SnapshotVariable>(StringComparer.Ordinal);
        foreach (var (name, variable) in variables)
        {
            var slot = scope.FindLocal(name);
            if (slot is null && !variable.IsAny)
                _droppedVariables.Add($"{prefix}{name} (no longer declared)");
            else if (slot is not null && !Fits(slot.Type, variable.Value))
                _droppedVariables.Add($"{prefix}{name} (now {slot.Type}; it held {variable.Value.Describe()})");
            else
            {
                kept[name] = variable;
                _keptVariables.Add(prefix + name);
            }
        }
        return kept;
    }

    /// <summary>The element an id names in the changed app; handle keys (`@12`) do not survive an edit.</summary>
    private static Element? FindById(SnapshotKeys keys, string key, out string why)
    {
        why = "";
        if (key.Length > 0 && key[0] == SnapshotKeys.HandlePrefix)
        {
            why = "it has no id";
            return null;
        }
        var e = keys.Find(key);
        if (e is null) why = "no element has this id now";
        return e;
    }

    private static bool HoldsOnlyPointerState(ElementSnapshot element) =>
        element.Properties.Count == 0 && element.ScriptValues.Count == 0 && element.ScrollX == 0 && element.ScrollY == 0
        && (element.State & ~(InteractionState.Hover | InteractionState.Active)) == 0;

    /// <summary>The same kinds a strict restore accepts for a variable of <paramref name="type"/>.</summary>
    private static bool Fits(VariableType type, Literal value) => type switch
    {
        VariableType.Any => true,
        VariableType.String => value is StringLiteral,
        VariableType.Bool => value is BoolLiteral,
        VariableType.Int => value is NumberLiteral && VariableCoercion.TryCoerce(type, value, out _),
        VariableType.Float => value is NumberLiteral ? VariableCoercion.TryCoerce(type, value, out _) : value is StringLiteral s && LiteralSpelling.Read(type, s.Value) is not null,
        VariableType.Color => value is ColorLiteral or StringLiteral && VariableCoercion.TryCoerce(type, value, out _),
        _ => false,
    };
}

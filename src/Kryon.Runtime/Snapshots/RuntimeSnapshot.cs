using Kryon.Registry;
using Kryon.Runtime.Editing;
using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Runtime.Snapshots;

/// <summary>
/// The whole live state of a running app as plain data (issue 5): what the app's variables,
/// stores and component instances hold, how its elements differ from the freshly loaded app,
/// focus, pointer, text being edited, pending timers and the clock. Elements are named by
/// <see cref="SnapshotKeys"/> (their id when unique, else `@handle`), so a snapshot only fits
/// the app it was taken from. <see cref="SnapshotJson"/> reads and writes it; equal JSON text
/// means equal snapshots.
/// </summary>
public sealed record RuntimeSnapshot
{
    public const int FormatVersion = 1;

    /// <summary>The runtime clock (<see cref="KryonRuntime.NowMs"/>).</summary>
    public double ClockMs { get; init; }

    /// <summary>The window size; 0 × 0 when not known, and a restore then keeps the runtime's.</summary>
    public float ViewportWidth { get; init; }

    public float ViewportHeight { get; init; }

    /// <summary>Global variables by name.</summary>
    public IReadOnlyDictionary<string, SnapshotVariable> Variables { get; init; } = new Dictionary<string, SnapshotVariable>();

    /// <summary>Store name → field → value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ScriptValue>> Stores { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, ScriptValue>>();

    /// <summary>Component instance key (see <see cref="SnapshotKeys.ForScopes"/>) → the variables of its scope.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, SnapshotVariable>> Components { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, SnapshotVariable>>();

    /// <summary>Element key → what differs from the freshly loaded app; elements that do not differ are absent.</summary>
    public IReadOnlyDictionary<string, ElementSnapshot> Elements { get; init; } = new Dictionary<string, ElementSnapshot>();

    /// <summary>The key of the focused element, or null.</summary>
    public string? Focus { get; init; }

    public PointerSnapshot Pointer { get; init; } = PointerSnapshot.None;

    /// <summary>Input element key → its editor's text, caret and anchor (only Inputs that have an editor).</summary>
    public IReadOnlyDictionary<string, TextEditorState> Inputs { get; init; } = new Dictionary<string, TextEditorState>();

    /// <summary>Pending timers in scheduling order.</summary>
    public IReadOnlyList<TimerSnapshot> Timers { get; init; } = [];

    /// <summary>The id the next scheduled timer gets (ids are visible to scripts, so they continue where they were).</summary>
    public int NextTimerId { get; init; } = 1;

    /// <summary>Snapshots are equal when they say the same thing: the same JSON text (so dictionary order does not matter, and NaN equals NaN).</summary>
    public bool Equals(RuntimeSnapshot? other) =>
        other is not null && (ReferenceEquals(this, other) || string.Equals(SnapshotJson.Write(this), SnapshotJson.Write(other), StringComparison.Ordinal));

    public override int GetHashCode() => SnapshotJson.Write(this).GetHashCode(StringComparison.Ordinal);
}

/// <summary>
/// A variable's value. <see cref="IsAny"/>: the variable has no declared type (a script created it,
/// or its value is a list), so the value carries its own kind; a typed variable's value is read
/// with the type the app declares.
/// </summary>
public sealed record SnapshotVariable(Literal Value, bool IsAny);

/// <summary>
/// How one element differs from the freshly loaded app: own property values the user changed
/// (a checkbox's `checked`, an Input's `value`), values scripts set, the hover / active / focus
/// state bits, and scroll offsets. Values bindings derive from variables are not kept: restoring
/// the variables recomputes them.
/// </summary>
public sealed record ElementSnapshot(
    IReadOnlyDictionary<string, PropertyValue> Properties,
    IReadOnlyDictionary<string, PropertyValue> ScriptValues,
    InteractionState State,
    float ScrollX,
    float ScrollY)
{
    /// <summary>The state bits input sets; Disabled and Checked follow from properties.</summary>
    public const InteractionState PointerAndFocusBits = InteractionState.Hover | InteractionState.Active | InteractionState.Focus;

    public bool IsEmpty => Properties.Count == 0 && ScriptValues.Count == 0 && State == InteractionState.None && ScrollX == 0 && ScrollY == 0;
}

/// <summary>Where the pointer is (NaN when outside the window), and which elements it hovers and presses (keys, or null).</summary>
public sealed record PointerSnapshot(float X, float Y, string? Hover, string? Pressed)
{
    public static readonly PointerSnapshot None = new(float.NaN, float.NaN, null, null);
}

/// <summary>A pending timer; <see cref="RemainingMs"/> is measured from the snapshot's clock.</summary>
public sealed record TimerSnapshot(int Id, string FunctionName, double RemainingMs, double IntervalMs, IReadOnlyList<ScriptValue> Arguments);

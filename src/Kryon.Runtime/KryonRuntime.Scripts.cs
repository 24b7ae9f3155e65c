using System.Diagnostics;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Frames;
using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Runtime;

/// <summary>
/// What scripts can ask of the running app beyond properties and variables (the DOM bridge's
/// timers, listeners, watchers, custom events, animations, tree changes, clock and random
/// numbers). Function values handed over are retained through <see cref="IScriptFunctions.Retain"/>
/// while a timer, listener, watcher or animation holds them and released when it lets go.
/// </summary>
public sealed partial class KryonRuntime
{
    private readonly Dictionary<int, (Element Element, string EventName, ElementEventListener Listener, ScriptFunctionRef Function)> _scriptListeners = [];
    private readonly Dictionary<int, (IDisposable Subscription, ScriptFunctionRef Function)> _scriptWatchers = [];
    private int _nextListenerId = 1, _nextWatcherId = 1;
    private Random? _random;

    /// <summary>Property animations started by scripts, advanced each frame on the runtime clock.</summary>
    public Animator Animations { get; } = new();

    // ---- calling function values ----------------------------------------------------------------------

    /// <summary>Calls a function value through the registry; failures are logged (2302), never thrown.</summary>
    public ScriptCallResult CallFunction(ScriptFunctionRef function, IReadOnlyList<ScriptValue> arguments, string context)
    {
        Profiler.HandlersCalled++;
        long start = Stopwatch.GetTimestamp();
        ScriptCallResult result;
        try
        {
            result = Scripts.Call(function, arguments is ScriptValue[] array ? array : arguments.ToArray());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            result = ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptError, null, $"{context}: {Describe(function)} failed: {ex.Message}"));
        }
        if (result.Error is { } error) Log.Report(error);
        else WarnIfOverBudget(start, context, Describe(function));
        return result;
    }

    private static string Describe(ScriptFunctionRef f) => f.Name is { } name ? $"'{name}'" : $"a {f.Language} function";

    // ---- timers --------------------------------------------------------------------------------------

    /// <summary>setTimeout/setInterval with a function value; returns the timer id, 0 when the timer limit is reached.</summary>
    public int SetTimer(ScriptFunctionRef callback, double delayMs, bool repeat, IReadOnlyList<ScriptValue>? arguments = null)
    {
        int id = Timers.Schedule(callback, NowMs, delayMs, repeat, arguments);
        if (id != 0) Scripts.Retain(callback);
        return id;
    }

    /// <summary>setTimeout/setInterval calling a global function by name.</summary>
    public int SetTimer(string functionName, double delayMs, bool repeat, IReadOnlyList<ScriptValue>? arguments = null)
        => Timers.Schedule(functionName, NowMs, delayMs, repeat, arguments);

    /// <summary>clearTimer: true when a pending timer was cancelled.</summary>
    public bool ClearTimer(int id)
    {
        if (Timers.Cancel(id) is not { } timer) return false;
        if (timer.Callback is { } callback) Scripts.Release(callback);
        return true;
    }

    private void RunDueTimers()
    {
        Timers.TakeDue(NowMs);
        while (Timers.NextDue(out var timer))
        {
            if (timer.Callback is { } callback)
            {
                CallFunction(callback, timer.Arguments, "timer");
                if (!timer.Repeats) Scripts.Release(callback);
            }
            else CallFunction(timer.FunctionName, timer.Arguments, "timer");
        }
    }

    /// <summary>Snapshot restore: the snapshot's timers replace every pending one.</summary>
    internal void ReplaceTimers(IEnumerable<ScheduledTimer> timers, int nextId)
    {
        foreach (var dropped in Timers.Restore(timers, nextId)) Scripts.Release(dropped);
        foreach (var animation in Animations.Clear())
            if (animation.OnComplete is { } callback) Scripts.Release(callback);
    }

    // ---- listeners -----------------------------------------------------------------------------------

    /// <summary>
    /// The handler name an event is known by: "click" and "onClick" both mean onClick, so that scripts
    /// can use the DOM's spelling (`addEventListener(el, "click", f)`).
    /// </summary>
    public static string HandlerNameOf(string eventName)
    {
        if (eventName.Length > 2 && eventName.StartsWith("on", StringComparison.Ordinal) && char.IsUpper(eventName[2])) return eventName;
        if (eventName.Length == 0) return eventName;
        return "on" + char.ToUpperInvariant(eventName[0]) + eventName[1..];
    }

    /// <summary>addEventListener with a function value: it runs after the element's own handler, with the same arguments. Returns the listener id.</summary>
    public int AddScriptListener(Element element, string eventName, ScriptFunctionRef function)
    {
        string name = HandlerNameOf(eventName);
        int id = _nextListenerId++;
        ElementEventListener listener = (target, e, arguments) => CallFunction(function, arguments, $"{target}.{e} listener");
        AddEventListener(element, name, listener);
        _scriptListeners[id] = (element, name, listener, function);
        Scripts.Retain(function);
        return id;
    }

    /// <summary>removeEventListener by the id addEventListener returned; false when no such listener is registered.</summary>
    public bool RemoveScriptListener(int id)
    {
        if (!_scriptListeners.Remove(id, out var entry)) return false;
        RemoveEventListener(entry.Element, entry.EventName, entry.Listener);
        Scripts.Release(entry.Function);
        return true;
    }

    /// <summary>removeEventListener by element, event and function (the DOM's spelling): removes the first match.</summary>
    public bool RemoveScriptListener(Element element, string eventName, ScriptFunctionRef function)
    {
        string name = HandlerNameOf(eventName);
        foreach (var (id, entry) in _scriptListeners)
            if (entry.Element == element && entry.EventName == name && entry.Function == function) return RemoveScriptListener(id);
        return false;
    }

    private bool HasListener(Element element, string eventName)
        => _listeners.Count > 0 && _listeners.TryGetValue((element, eventName), out var list) && list.Count > 0;

    /// <summary>Whether anything answers <paramref name="eventName"/> on the element: its handler or a listener.</summary>
    private bool Handles(Element element, string eventName) => element.FindHandler(eventName) is not null || HasListener(element, eventName);

    // ---- watchers ------------------------------------------------------------------------------------

    /// <summary>watchVariable: after each frame in which the global changed, calls the function with (new, old, name). Returns the watcher id.</summary>
    public int WatchVariable(string name, ScriptFunctionRef function)
    {
        int id = _nextWatcherId++;
        var subscription = State.Watch(name, change => CallFunction(function,
            [ScriptValue.FromLiteral(change.NewValue), change.OldValue is { } old ? ScriptValue.FromLiteral(old) : ScriptValue.Null, ScriptValue.From(change.Name)],
            $"watcher of ${change.Name}"));
        _scriptWatchers[id] = (subscription, function);
        Scripts.Retain(function);
        return id;
    }

    public bool UnwatchVariable(int id)
    {
        if (!_scriptWatchers.Remove(id, out var entry)) return false;
        entry.Subscription.Dispose();
        Scripts.Release(entry.Function);
        return true;
    }

    // ---- custom events -------------------------------------------------------------------------------

    /// <summary>
    /// emit: runs the target's handler for the custom event ("saved" or "onSaved" → onSaved) and its
    /// listeners now, with (detail, elementId), as the DOM's dispatchEvent does. Returns whether anything handled it.
    /// </summary>
    public bool Emit(string eventName, ScriptValue detail, Element? target = null)
    {
        target ??= Tree.Root;
        if (target is not { IsAttached: true }) return false;
        return Fire(target, HandlerNameOf(eventName), detail, IdOf(target));
    }

    // ---- tree changes --------------------------------------------------------------------------------

    /// <summary>
    /// Puts a detached element (a new one from <see cref="ElementTree.Create(ElementKind, string?)"/>, or one
    /// removed earlier) under <paramref name="parent"/> at <paramref name="index"/> (the end when out of range).
    /// When the parent is in the running tree, onMount runs for the new subtree, parents first.
    /// </summary>
    public void InsertElement(Element parent, Element child, int index = int.MaxValue)
    {
        Tree.InsertChild(parent, index, child);
        if (IsRunning && child.IsAttached) Mount(child);
    }

    /// <summary>
    /// Takes an element and its subtree out of the tree: onUnmount runs first (children before
    /// parents), then focus, hover and press leave it and its animations end. The element can be inserted again.
    /// </summary>
    public void RemoveElement(Element element)
    {
        if (element.Parent is null) throw new InvalidOperationException(element == Tree.Root ? "the App root cannot be removed" : $"{element} is not in the tree");
        if (IsRunning && element.IsAttached) Unmount(element);
        if (element.Parent is null) return; // an onUnmount hook removed it already
        if (Focused is { } focused && (focused == element || focused.IsDescendantOf(element))) SetFocus(null);
        if (Hovered is { } hovered && (hovered == element || hovered.IsDescendantOf(element))) SetHovered(element.Parent);
        if (Pressed is { } pressed && (pressed == element || pressed.IsDescendantOf(element)))
        {
            for (var e = pressed; e is not null; e = e.Parent) e.SetState(InteractionState.Active, false);
            Pressed = null;
        }
        foreach (var removed in Tree.Remove(element))
        {
            _editors.Remove(removed);
            removed.SetState(InteractionState.Hover | InteractionState.Active | InteractionState.Focus, false);
        }
        RequestPaint();
    }

    // ---- animations ----------------------------------------------------------------------------------

    /// <summary>
    /// animate: tweens the property from <paramref name="from"/> (its current value when null) to
    /// <paramref name="to"/> over <paramref name="durationMs"/> on the runtime clock, then calls
    /// <paramref name="onComplete"/> with (elementId). Returns the animation id; a value pair that
    /// cannot be tweened is an <see cref="ArgumentException"/> with the reason (nothing started).
    /// </summary>
    public int Animate(Element element, PropertyInfo property, PropertyValue? from, PropertyValue to, double durationMs, Easing easing, ScriptFunctionRef? onComplete = null)
    {
        from ??= element.Get(property) ?? ZeroLike(to);
        if (!PropertyTween.CanTween(from, to, out var why)) throw new ArgumentException(why);
        if (!double.IsFinite(durationMs) || durationMs < 0) throw new ArgumentException($"the duration must be a number of milliseconds ≥ 0, not {durationMs}");
        var (started, replaced) = Animations.Start(element, property, from, to, NowMs, durationMs, easing, onComplete);
        if (started is null) throw new ArgumentException($"too many animations are running (the limit is {Animator.MaxAnimations})");
        if (replaced?.OnComplete is { } old) Scripts.Release(old);
        if (onComplete is not null) Scripts.Retain(onComplete);
        element.SetScriptValue(property, from);
        return started.Id;
    }

    public bool CancelAnimation(int id)
    {
        if (Animations.Cancel(id) is not { } animation) return false;
        if (animation.OnComplete is { } callback) Scripts.Release(callback);
        return true;
    }

    /// <summary>A property with no value yet starts from the zero of the target's kind (transparent for colours).</summary>
    private static PropertyValue ZeroLike(PropertyValue to) => to switch
    {
        IntValue => new IntValue(0),
        ColorValue c => new ColorValue(c.Value with { A = 0 }),
        LengthValue l => new LengthValue(new Length(l.Value.Unit, 0)),
        _ => new FloatValue(0),
    };

    private void AdvanceAnimations()
    {
        var ended = Animations.Advance(NowMs);
        if (ended.Count == 0) return;
        foreach (var animation in ended.ToArray())
        {
            if (animation.OnComplete is not { } callback) continue;
            if (animation.Element.IsAttached) CallFunction(callback, [IdOf(animation.Element)], $"{animation.Element} animation of {animation.Property.Name}");
            Scripts.Release(callback);
        }
    }

    // ---- clock and random numbers -------------------------------------------------------------------

    /// <summary>
    /// The scripts' random numbers: seeded from <see cref="RuntimeOptions.RandomSeed"/> when set (so
    /// a headless run is repeatable), otherwise from the system.
    /// </summary>
    public Random Random => _random ??= Options.RandomSeed is { } seed ? new Random(seed) : new Random();

    /// <summary>The earliest runtime time something is due (a running animation: now), for a platform that sleeps until then.</summary>
    public double? NextWakeMs => Animations.Count > 0 ? NowMs : Timers.NextDueMs;
}

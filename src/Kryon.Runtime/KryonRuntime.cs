using System.Diagnostics;
using Kryon.Krb;
using Kryon.Registry;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Editing;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Frames;
using Kryon.Runtime.Loading;
using Kryon.Runtime.Snapshots;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.State;
using Kryon.Values;

namespace Kryon.Runtime;

/// <summary>
/// A running Kryon app (seed 000's KryonRuntime): the element tree, its state, input, timers and
/// the frame loop that turns them into a display list. Platforms feed it input events and a
/// clock and present <see cref="DisplayList"/>; everything an app does wrong is reported to
/// <see cref="Log"/> and the app keeps running.
/// </summary>
public sealed partial class KryonRuntime
{
    private readonly Queue<InputEvent> _events = new();
    private readonly DisplayListBuilder _builder = new();
    private readonly HitTester _hitTester = new();
    private readonly Dictionary<ComponentInstance, ReactiveScope> _scopes = [];
    private readonly Dictionary<Element, TextEditor> _editors = [];
    private readonly Dictionary<Element, (ReactiveScope Scope, string Variable)> _twoWay = [];
    private bool _paintRequested;

    private KryonRuntime(LoadedApp app, RuntimeOptions options)
    {
        Document = app.Document;
        Tree = app.Tree;
        Options = options;
        Log = app.Log;
        State = new StateManager(Log);
        Layout = new LayoutStage(options.Measurer);
        Profiler = new FrameProfiler { Budgets = options.Budgets };
        _builder.Measurer = Layout.Measurer;
        _builder.EditorState = ViewOf;
        var root = Tree.Root;
        ViewportWidth = options.Width ?? (root?.Get(Props.WindowWidth) is IntValue w ? w.Value : 800);
        ViewportHeight = options.Height ?? (root?.Get(Props.WindowHeight) is IntValue h ? h.Value : 600);
        WireState(app);
        NoteUpdateHooks();
    }

    /// <summary>Loads a validated KRB document into a runtime (not started yet: call <see cref="Start"/>).</summary>
    public static KryonRuntime Load(KrbDocument document, RuntimeOptions? options = null, RuntimeLog? log = null)
    {
        var app = AppLoader.Load(document, log ?? new RuntimeLog());
        options ??= new RuntimeOptions();
        // Taken before the runtime is set up: the baseline is the app as loaded, before anything ran.
        var baseline = options.PrepareSnapshots ? SnapshotBaseline.Of(app) : null;
        return new KryonRuntime(app, options) { _snapshotBaseline = baseline };
    }

    public KrbDocument Document { get; }

    public ElementTree Tree { get; }

    public RuntimeOptions Options { get; }

    public RuntimeLog Log { get; }

    public StateManager State { get; }

    public LayoutStage Layout { get; }

    public Scheduler Timers { get; } = new();

    public FrameProfiler Profiler { get; }

    public DisplayList DisplayList { get; } = new();

    public IScriptFunctions Scripts => Options.Scripts;

    /// <summary>The runtime clock in milliseconds: advanced by the platform, fixed steps when headless.</summary>
    public double NowMs { get; private set; }

    public float ViewportWidth { get; private set; }

    public float ViewportHeight { get; private set; }

    public bool IsRunning { get; private set; }

    public Element? GetElementById(string id) => Tree.GetElementById(id);

    // ---- state wiring --------------------------------------------------------------------------------

    private void WireState(LoadedApp app)
    {
        // The declared type, not one inferred from the initial value (a Color may be written as a string).
        foreach (var v in app.Variables) State.Declare(State.Globals, v.Name, v.Initial, v.Type);
        foreach (var instance in app.Instances)
        {
            var parent = instance.Parent is { } p ? _scopes[p] : State.Globals;
            var scope = State.CreateScope(parent, instance.DebugName);
            foreach (var arg in instance.Arguments) State.Declare(scope, arg.Name, arg.Value, VariableTypeOf(arg.Type));
            _scopes[instance] = scope;
        }
        foreach (var spec in app.Bindings) Wire(spec);
    }

    private static VariableType VariableTypeOf(ComponentPropertyType type) => type switch
    {
        ComponentPropertyType.Int => VariableType.Int,
        ComponentPropertyType.Float => VariableType.Float,
        ComponentPropertyType.Bool => VariableType.Bool,
        ComponentPropertyType.Color => VariableType.Color,
        _ => VariableType.String,
    };

    private ReactiveScope ScopeOf(ComponentInstance? instance) => instance is null ? State.Globals : _scopes[instance];

    private void Wire(BindingSpec spec)
    {
        var scope = ScopeOf(spec.Scope);
        if (spec.TargetInstance is { } target)
        {
            State.BindArgument(_scopes[target], spec.Target, spec.Expression, spec.ToString());
            return;
        }
        var element = spec.Element!;
        string name = spec.Target;
        if (name.StartsWith("on", StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[2]))
        {
            var handler = element.FindHandler(name);
            if (handler is null)
            {
                handler = new EventHandlerEntry(name, "");
                element.AddHandler(handler);
            }
            State.Bind(scope, spec.Expression, v => handler.FunctionName = LiteralText(v), spec.ToString());
            return;
        }
        if (!PropertyRegistry.TryGet(name, out var property))
        {
            State.Bind(scope, spec.Expression, v => element.Custom[name] = v, spec.ToString());
            return;
        }
        if (property.Name == "value" && TwoWayVariable(spec.Expression) is { } variable) _twoWay[element] = (scope, variable);
        State.Bind(scope, spec.Expression, v => ApplyBoundValue(element, property, v, spec.Expression), spec.ToString());
    }

    private static string LiteralText(Literal v) => Kryon.Compiler.Binding.LiteralText.Of(v);

    /// <summary>`$name` or `${name}` alone: an Input bound this way writes what the user types back to the variable.</summary>
    private static string? TwoWayVariable(string expression)
    {
        var t = expression.Trim();
        if (t.StartsWith("${", StringComparison.Ordinal) && t.EndsWith('}')) t = "$" + t[2..^1];
        if (t.Length < 2 || t[0] != '$') return null;
        for (int i = 1; i < t.Length; i++)
            if (!(char.IsLetterOrDigit(t[i]) || t[i] == '_')) return null;
        return char.IsDigit(t[1]) ? null : t[1..];
    }

    private void ApplyBoundValue(Element element, PropertyInfo property, Literal value, string expression)
    {
        if (property.Name == "style")
        {
            string styleName = LiteralText(value);
            if (Tree.FindStyle(styleName) is { } style) element.SetStyle(style);
            else Log.Report(Kryon.Diagnostics.DiagnosticCodes.InvalidRuntimeValue, $"{element}: `style: {expression}` names style '{styleName}', which the app does not have");
            return;
        }
        var converted = KryValueText.Convert(property, value);
        if (converted.Value is not { } typed)
        {
            Log.Report(Kryon.Diagnostics.DiagnosticCodes.InvalidRuntimeValue, $"{element}: `{property.Name}: {expression}` gave {value.Describe()}: {converted.Message}; the previous value stays", converted.Suggestions.ToArray());
            return;
        }
        if (typed is LayoutValue layout) element.LayoutByte = layout.Flags;
        else element.SetOwn(property, typed);
        // A program change of an Input's value moves its editor along (the caret stays where it can).
        if (property.Name == "value" && typed is StringValue text && _editors.TryGetValue(element, out var editor) && editor.Text != text.Value) editor.SetText(text.Value);
    }

    // ---- frame loop ---------------------------------------------------------------------------------

    /// <summary>Queues input for the next frame (platforms call this from their event loop).</summary>
    public void Enqueue(InputEvent input) => _events.Enqueue(input);

    public int PendingEvents => _events.Count;

    /// <summary>
    /// Runs one frame at the runtime time <paramref name="nowMs"/>: input events → timers and animations → state
    /// (batched bindings and watchers) → update hooks → layout of what changed → display list if
    /// anything visible changed. An idle frame does none of this and allocates nothing.
    /// Returns true when the display list changed (the platform should present it).
    /// </summary>
    public bool RunFrame(double nowMs)
    {
        if (!IsRunning) return false;
        long start = Stopwatch.GetTimestamp();
        if (nowMs > NowMs) NowMs = nowMs;
        Profiler.BeginFrame();
        bool idle = true;

        if (_events.Count > 0)
        {
            idle = false;
            long t = Stopwatch.GetTimestamp();
            while (_events.Count > 0) Dispatch(_events.Dequeue());
            Profiler.Record(FrameStage.Events, Stopwatch.GetTimestamp() - t);
        }
        if (Timers.NextDueMs <= NowMs || Animations.Count > 0)
        {
            idle = false;
            long t = Stopwatch.GetTimestamp();
            RunDueTimers();
            if (Animations.Count > 0) AdvanceAnimations();
            Profiler.Record(FrameStage.Timers, Stopwatch.GetTimestamp() - t);
        }
        int bindings = 0;
        if (State.HasPendingChanges)
        {
            idle = false;
            long t = Stopwatch.GetTimestamp();
            bindings = State.Flush();
            Profiler.Record(FrameStage.State, Stopwatch.GetTimestamp() - t);
        }
        if (!idle) RunUpdateHooks();

        bool laidOut = false, built = false;
        if (Tree.LayoutChanged.Count > 0 || Tree.NeedsPaint || _paintRequested || _builtForHitTesting)
        {
            idle = false;
            laidOut = LayOutAndBuild();
            built = true;
            // A new layout may have moved another element under the still pointer (a script, a binding, an
            // animation): hover follows, as a browser's does, and this frame already shows it (once: the
            // hover styles' own layout does not start another round).
            var hovered = Hovered;
            if (laidOut) RehoverAtPointer();
            if (Hovered != hovered && (Tree.LayoutChanged.Count > 0 || Tree.NeedsPaint))
            {
                DisplayList.HoldDamage(); // the first list is never presented: the damage of both builds counts
                laidOut |= LayOutAndBuild();
            }
        }
        Profiler.EndFrame(Stopwatch.GetTimestamp() - start, idle, laidOut, built, bindings);
        return built;
    }

    /// <summary>Lays out what changed and builds the display list; returns whether a layout pass ran.</summary>
    private bool LayOutAndBuild()
    {
        long t = Stopwatch.GetTimestamp();
        bool laidOut = Layout.Update(Tree, ViewportWidth, ViewportHeight);
        Profiler.Record(FrameStage.Layout, Stopwatch.GetTimestamp() - t);
        t = Stopwatch.GetTimestamp();
        _builder.Focused = Focused;
        _builder.Build(Tree, DisplayList, ViewportWidth, ViewportHeight);
        Tree.ClearPaintChanges();
        _paintRequested = false;
        _builtForHitTesting = false;
        Profiler.Record(FrameStage.DisplayList, Stopwatch.GetTimestamp() - t);
        return laidOut;
    }

    /// <summary>What the display list builder did in the last build (commands copied vs written).</summary>
    public DisplayListStats DisplayListStats => _builder.Stats;

    /// <summary>
    /// A display list of the current tree built from scratch (nothing copied, every text run made
    /// anew) into a new list, with the same focus and editors as the frame's: the reference the
    /// incremental build must equal (tests). Call it after a frame.
    /// </summary>
    internal DisplayList BuildReferenceDisplayList()
    {
        var builder = new DisplayListBuilder { FromScratch = true, Measurer = _builder.Measurer, EditorState = _builder.EditorState, Focused = Focused };
        var list = new DisplayList();
        builder.Build(Tree, list, ViewportWidth, ViewportHeight);
        return list;
    }

    /// <summary>Asks for a repaint without a property change (focus caret, scroll).</summary>
    internal void RequestPaint() => _paintRequested = true;

    /// <summary>Changes the viewport (window resize); the next frame lays out again.</summary>
    public void Resize(float width, float height)
    {
        if (!float.IsFinite(width) || !float.IsFinite(height)) return;
        width = Math.Clamp(width, 1, 65535);
        height = Math.Clamp(height, 1, 65535);
        if (width == ViewportWidth && height == ViewportHeight) return;
        ViewportWidth = width;
        ViewportHeight = height;
        _paintRequested = true;
    }
}

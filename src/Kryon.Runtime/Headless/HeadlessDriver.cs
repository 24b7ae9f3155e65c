using Kryon.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Text;

namespace Kryon.Runtime.Headless;

/// <summary>
/// Runs an app without a display: a fixed-advance clock (a frame every <see cref="FrameMs"/> ms of
/// app time, so timers fire the same way on every run) and scripted input from an
/// <see cref="EventScript"/>. After each step it runs frames until the app has settled (no queued
/// input, no pending state changes, nothing left to lay out or paint), at most
/// <see cref="MaxSettleFrames"/>.
/// <para>
/// A step that names an element is resolved when it runs, since the app may create the element on
/// the way. When no attached element has the id, or the element is not shown (hidden, zero-sized,
/// or scrolled/clipped out of view), the step is reported to the runtime log as 2207
/// UNKNOWN_TARGET and skipped; the run goes on. Pointer steps act at the centre of the visible
/// part of the element's box, so what is on top there gets the event, as with a real pointer.
/// </para>
/// </summary>
public sealed class HeadlessDriver
{
    public const double FrameMs = 16;

    public const int MaxSettleFrames = 10;

    private double _now;

    public HeadlessDriver(KryonRuntime runtime)
    {
        Runtime = runtime;
        _now = runtime.NowMs;
    }

    public KryonRuntime Runtime { get; }

    /// <summary>The app time in ms of the last frame run.</summary>
    public double NowMs => _now;

    public int StepsRun { get; private set; }

    public int StepsSkipped { get; private set; }

    /// <summary>Starts the app (onStart, onMount, the first frame) and lets it settle.</summary>
    public void Start()
    {
        Runtime.Start();
        Settle(atLeastOneFrame: false);
    }

    public void Run(EventScript script)
    {
        foreach (var step in script.Steps) Run(step);
    }

    public void Run(EventStep step)
    {
        StepsRun++;
        bool acted = step switch
        {
            ClickStep s => AtCentre(step, s.Target, (x, y) =>
            {
                Runtime.Enqueue(new PointerMoveEvent(x, y));
                Runtime.Enqueue(new PointerDownEvent(x, y));
                Runtime.Enqueue(new PointerUpEvent(x, y));
            }),
            PressStep s => AtCentre(step, s.Target, (x, y) => Runtime.Enqueue(new PointerDownEvent(x, y))),
            ReleaseStep s => AtCentre(step, s.Target, (x, y) => Runtime.Enqueue(new PointerUpEvent(x, y))),
            HoverStep s => AtCentre(step, s.Target, (x, y) => Runtime.Enqueue(new PointerMoveEvent(x, y))),
            ScrollStep s => AtCentre(step, s.Target, (x, y) => Runtime.Enqueue(new WheelEvent(x, y, s.DeltaX, s.DeltaY))),
            MoveStep s => Enqueue(new PointerMoveEvent(s.X, s.Y)),
            TextStep s => FocusFirst(step, s.Target) && Enqueue(new TextInputEvent(s.Text)),
            PasteStep s => FocusFirst(step, s.Target) && Enqueue(new PasteEvent(s.Text)),
            ComposeStep s => FocusFirst(step, s.Target) && Enqueue(new CompositionEvent(s.Text, s.Cursor ?? s.Text.Length)),
            KeyStep s => FocusFirst(step, s.Target) && Enqueue(new KeyDownEvent(s.Key, s.Modifiers), new KeyUpEvent(s.Key, s.Modifiers)),
            ResizeStep s => Enqueue(new ResizeEvent(s.Width, s.Height)),
            FocusStep s => Focus(step, s.Target),
            WaitStep s => Wait(s.Milliseconds),
            _ => false,
        };
        if (!acted) StepsSkipped++;
        Settle(atLeastOneFrame: step is not WaitStep);
    }

    /// <summary>Advances the clock by <paramref name="ms"/>, a frame every <see cref="FrameMs"/> (the last one may be shorter).</summary>
    public bool Wait(double ms)
    {
        if (!double.IsFinite(ms) || ms <= 0) return true;
        double target = _now + ms;
        while (_now + FrameMs <= target) Frame(_now + FrameMs);
        if (_now < target) Frame(target);
        return true;
    }

    /// <summary>Runs frames until nothing is pending (at most <see cref="MaxSettleFrames"/>).</summary>
    public void Settle(bool atLeastOneFrame = true)
    {
        for (int i = 0; i < MaxSettleFrames; i++)
        {
            if (!(atLeastOneFrame && i == 0) && IsSettled) return;
            Frame(_now + FrameMs);
        }
    }

    /// <summary>No queued input, no pending state changes, nothing to lay out or paint.</summary>
    public bool IsSettled =>
        Runtime.PendingEvents == 0 && !Runtime.State.HasPendingChanges && Runtime.Tree.LayoutChanged.Count == 0 && !Runtime.Tree.NeedsPaint;

    private void Frame(double at)
    {
        _now = at;
        Runtime.RunFrame(at);
    }

    private bool Enqueue(params InputEvent[] events)
    {
        foreach (var e in events) Runtime.Enqueue(e);
        return true;
    }

    private bool AtCentre(EventStep step, string id, Action<float, float> act)
    {
        if (Find(step, id) is not { } element) return false;
        var box = element.ScreenBox;
        var clip = element.ScreenClip;
        float left = Math.Max(box.X, clip.X), top = Math.Max(box.Y, clip.Y);
        float right = Math.Min(box.Right, clip.Right), bottom = Math.Min(box.Bottom, clip.Bottom);
        if (!element.IsPainted || right <= left || bottom <= top)
        {
            string why = !element.IsPainted ? "is not shown (hidden, or inside a hidden element)" : box.Width <= 0 || box.Height <= 0 ? $"has no area ({box.Width}×{box.Height} px)" : "is scrolled or clipped out of view";
            Report(step, $"{element} {why}; there is nothing to {step.Kind}, so the step is skipped", "wait for the app to show it, or scroll it into view first");
            return false;
        }
        act(left + (right - left) / 2, top + (bottom - top) / 2);
        return true;
    }

    /// <summary>A step with a target acts on that element: it takes focus first, unless it has it already.</summary>
    private bool FocusFirst(EventStep step, string? id) =>
        id is null || (Runtime.Focused is { } focused && focused.Id == id) || Focus(step, id);

    private bool Focus(EventStep step, string? id)
    {
        if (id is null)
        {
            Runtime.SetFocus(null);
            return true;
        }
        if (Find(step, id) is not { } element) return false;
        if (!FocusNavigator.IsFocusable(element))
        {
            Report(step, $"{element} cannot take keyboard focus (focusable: a shown, enabled Button, Input, Checkbox, Radio or Slider, or an element with onClick); the step is skipped");
            return false;
        }
        Runtime.SetFocus(element);
        return true;
    }

    private Element? Find(EventStep step, string id)
    {
        if (Runtime.GetElementById(id) is { IsAttached: true } element) return element;
        var ids = Runtime.Tree.Elements.Select(e => e.Id).OfType<string>();
        var close = SpellingSuggestions.Closest(id, ids);
        Report(step, $"no element has the id '{id}'; the step is skipped", close is null ? "check the id, or wait until the app has created the element" : $"did you mean '{close}'?");
        return null;
    }

    private void Report(EventStep step, string message, params string[] suggestions)
        => Runtime.Log.Report(Diagnostic.Create(DiagnosticCodes.UnknownRuntimeTarget, step.Location, $"events step $[{step.Index}] ({step.Kind}): {message}", suggestions));
}

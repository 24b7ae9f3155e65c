using Kryon.Runtime.Events;
using Kryon.Text;

namespace Kryon.Runtime.Headless;

/// <summary>
/// Scripted input for a headless run (`kryon run --headless --events file.json`): the steps of an
/// events file, in order. Element targets are named by id and looked up when the step runs (an
/// app may create the element on the way), so a wrong id is a runtime log entry (2207), not a
/// file error. See <see cref="EventScriptParser"/> for the file format.
/// </summary>
public sealed record EventScript(string Path, IReadOnlyList<EventStep> Steps)
{
    public static EventScript Empty { get; } = new("<none>", []);
}

/// <summary>One step of an events file: its index in the array and where it is written (for messages).</summary>
public abstract record EventStep
{
    public int Index { get; init; }

    public SourceSpan? Location { get; init; }

    /// <summary>The step's kind as written in the file (`click`, `key`, …).</summary>
    public abstract string Kind { get; }
}

/// <summary>`{"click": "id"}`: pointer move, primary press and release at the centre of the element's visible box.</summary>
public sealed record ClickStep(string Target) : EventStep
{
    public override string Kind => "click";
}

/// <summary>`{"press": "id"}`: pointer move and primary press at the element's centre (no release).</summary>
public sealed record PressStep(string Target) : EventStep
{
    public override string Kind => "press";
}

/// <summary>`{"release": "id"}`: pointer move and primary release at the element's centre.</summary>
public sealed record ReleaseStep(string Target) : EventStep
{
    public override string Kind => "release";
}

/// <summary>`{"move": [x, y]}`: the pointer moves to a window position.</summary>
public sealed record MoveStep(float X, float Y) : EventStep
{
    public override string Kind => "move";
}

/// <summary>`{"hover": "id"}`: the pointer moves to the element's centre.</summary>
public sealed record HoverStep(string Target) : EventStep
{
    public override string Kind => "hover";
}

/// <summary>`{"type": "text", "target": "name", "text": "hello"}`: text typed (one text-input event) into the focused element, after focusing the target when there is one.</summary>
public sealed record TextStep(string Text, string? Target = null) : EventStep
{
    public override string Kind => "text";
}

/// <summary>`{"type": "paste", "text": "hello"}`: text pasted by the platform into the focused element (the target focused first when there is one).</summary>
public sealed record PasteStep(string Text, string? Target = null) : EventStep
{
    public override string Kind => "paste";
}

/// <summary>
/// `{"type": "compose", "text": "かん", "cursor": 1}`: an input method's composition in progress in the
/// focused element (the target focused first when there is one), drawn underlined at the caret; the
/// cursor (a UTF-16 index into the text) defaults to its end, and "" ends the composition.
/// </summary>
public sealed record ComposeStep(string Text, int? Cursor = null, string? Target = null) : EventStep
{
    public override string Kind => "compose";
}

/// <summary>`{"type": "key", "key": "Tab", "modifiers": ["shift"]}`: key down and up, the key named as the web's KeyboardEvent.key (the target focused first when there is one).</summary>
public sealed record KeyStep(string Key, KeyModifiers Modifiers, string? Target = null) : EventStep
{
    public override string Kind => "key";
}

/// <summary>`{"scroll": "id", "dx": 0, "dy": 40}`: a wheel event at the element's centre (positive dy shows what is below).</summary>
public sealed record ScrollStep(string Target, float DeltaX, float DeltaY) : EventStep
{
    public override string Kind => "scroll";
}

/// <summary>`{"resize": [w, h]}`: the window changes size (onResize runs).</summary>
public sealed record ResizeStep(float Width, float Height) : EventStep
{
    public override string Kind => "resize";
}

/// <summary>`{"wait": ms}`: the clock advances, running a frame every fixed step (timers fire).</summary>
public sealed record WaitStep(double Milliseconds) : EventStep
{
    public override string Kind => "wait";
}

/// <summary>`{"focus": "id"}` moves keyboard focus to the element; `{"focus": null}` clears it.</summary>
public sealed record FocusStep(string? Target) : EventStep
{
    public override string Kind => "focus";
}

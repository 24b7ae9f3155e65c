namespace Kryon.Runtime.Events;

public enum PointerButton : byte { Primary, Secondary, Middle }

/// <summary>Input from the platform (window, terminal, browser, or a headless script), in window pixels.</summary>
public abstract record InputEvent;

public sealed record PointerMoveEvent(float X, float Y) : InputEvent;

/// <summary>A button went down; <see cref="Modifiers"/> makes Shift+click in an Input extend the selection.</summary>
public sealed record PointerDownEvent(float X, float Y, PointerButton Button = PointerButton.Primary, KeyModifiers Modifiers = KeyModifiers.None) : InputEvent;

public sealed record PointerUpEvent(float X, float Y, PointerButton Button = PointerButton.Primary) : InputEvent;

/// <summary>The pointer left the window: nothing is hovered any more.</summary>
public sealed record PointerLeaveEvent : InputEvent;

/// <summary>Wheel or touchpad scroll; positive <see cref="DeltaY"/> scrolls the content up (shows what is below).</summary>
public sealed record WheelEvent(float X, float Y, float DeltaX, float DeltaY) : InputEvent;

/// <summary>A key, named as the web's KeyboardEvent.key ("Tab", "Enter", "ArrowLeft", "a").</summary>
public sealed record KeyDownEvent(string Key, KeyModifiers Modifiers = KeyModifiers.None, bool Repeat = false) : InputEvent;

public sealed record KeyUpEvent(string Key, KeyModifiers Modifiers = KeyModifiers.None) : InputEvent;

/// <summary>Text typed (after keyboard layout and IME): delivered whole, so "é" or "漢字" arrive as one event.</summary>
public sealed record TextInputEvent(string Text) : InputEvent;

/// <summary>
/// An input method's text being composed (its preedit), not yet typed: the focused Input shows it at
/// the caret, underlined, with the input method's cursor at <paramref name="Cursor"/> (a UTF-16 index
/// into <paramref name="Text"/>). Each event replaces the last; empty text ends the composition (a
/// cancel). The composed result arrives as a <see cref="TextInputEvent"/>, which also ends it.
/// </summary>
public sealed record CompositionEvent(string Text, int Cursor) : InputEvent;

/// <summary>The platform pasted text (bracketed paste in a terminal, Ctrl+V from the platform clipboard).</summary>
public sealed record PasteEvent(string Text) : InputEvent;

public sealed record ResizeEvent(float Width, float Height) : InputEvent;

/// <summary>An app-defined event sent to an element: runs its `on&lt;Name&gt;` handler and listeners.</summary>
public sealed record CustomEvent(string Name, int TargetHandle, Scripting.ScriptValue Detail) : InputEvent;

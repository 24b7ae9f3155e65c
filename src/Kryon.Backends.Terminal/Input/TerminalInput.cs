using Kryon.Runtime.Events;

namespace Kryon.Backends.Terminal.Input;

/// <summary>One thing the person did, as the terminal reported it (cells, not pixels).</summary>
internal abstract record TerminalInput;

/// <summary>
/// A key, named as the web's KeyboardEvent.key ("Enter", "ArrowLeft", "a"). <see cref="Text"/> is
/// what the key types (null for keys that type nothing, such as arrows or Ctrl+letter).
/// </summary>
internal sealed record KeyInput(string Key, KeyModifiers Modifiers = KeyModifiers.None, string? Text = null) : TerminalInput;

internal enum MouseAction : byte { Press, Release, Move, WheelUp, WheelDown, WheelLeft, WheelRight }

/// <summary>An SGR mouse report at a 0-based cell; Move is a drag when <see cref="Button"/> is held, else hover.</summary>
internal sealed record MouseInput(MouseAction Action, PointerButton? Button, int Column, int Row, KeyModifiers Modifiers = KeyModifiers.None) : TerminalInput;

/// <summary>Text pasted between the bracketed-paste markers, delivered whole.</summary>
internal sealed record PasteInput(string Text) : TerminalInput;

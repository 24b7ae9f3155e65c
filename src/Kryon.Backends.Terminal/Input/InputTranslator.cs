using Kryon.Backends.Terminal.Rendering;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Terminal.Input;

/// <summary>
/// What the terminal reported, as the runtime's input events: cells become the px point at the
/// cell's centre, a key becomes KeyDown + KeyUp (a terminal reports no releases) and, when it types
/// something, TextInput; the wheel scrolls three rows a notch. Ctrl+C and Ctrl+Q are not passed on:
/// they quit.
/// </summary>
internal static class InputTranslator
{
    /// <summary>One wheel notch scrolls this many px (three rows of cells).</summary>
    public const float WheelStepPx = 48;

    public static bool IsQuit(TerminalInput input) =>
        input is KeyInput { Key: "c" or "q" or "C" or "Q" } key && (key.Modifiers & KeyModifiers.Control) != 0 && (key.Modifiers & KeyModifiers.Alt) == 0;

    public static void Translate(TerminalInput input, List<InputEvent> output)
    {
        switch (input)
        {
            case KeyInput key:
                output.Add(new KeyDownEvent(key.Key, key.Modifiers));
                if (key.Text is { } text) output.Add(new TextInputEvent(text));
                output.Add(new KeyUpEvent(key.Key, key.Modifiers));
                break;
            case PasteInput paste:
                output.Add(new PasteEvent(paste.Text));
                break;
            case MouseInput mouse:
                var (x, y) = CellMapping.CentreOf(mouse.Column, mouse.Row);
                switch (mouse.Action)
                {
                    case MouseAction.Press:
                        output.Add(new PointerDownEvent(x, y, mouse.Button ?? PointerButton.Primary, mouse.Modifiers));
                        break;
                    case MouseAction.Release:
                        output.Add(new PointerUpEvent(x, y, mouse.Button ?? PointerButton.Primary));
                        break;
                    case MouseAction.Move:
                        output.Add(new PointerMoveEvent(x, y));
                        break;
                    case MouseAction.WheelUp: output.Add(new WheelEvent(x, y, 0, -WheelStepPx)); break;
                    case MouseAction.WheelDown: output.Add(new WheelEvent(x, y, 0, WheelStepPx)); break;
                    case MouseAction.WheelLeft: output.Add(new WheelEvent(x, y, -WheelStepPx, 0)); break;
                    case MouseAction.WheelRight: output.Add(new WheelEvent(x, y, WheelStepPx, 0)); break;
                }
                break;
        }
    }
}

using Kryon.Registry;
using Kryon.Runtime;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;

namespace Kryon.Backends.Sdl.Input;

/// <summary>
/// Where the input method's candidate window should open: at the focused Input's caret (so it
/// follows the text being typed, as in a browser), or the Input's box while no caret is drawn;
/// null when no Input has focus.
/// </summary>
internal static class ImeArea
{
    public static LayoutBox? Of(KryonRuntime runtime)
    {
        if (runtime.Focused is not { } focused || !focused.Is(ElementKind.Input)) return null;
        foreach (ref readonly var command in runtime.DisplayList.Commands)
            if (command.Kind == DisplayCommandKind.Caret && command.Element == focused.Handle) return command.Bounds;
        return focused.ScreenBox;
    }
}

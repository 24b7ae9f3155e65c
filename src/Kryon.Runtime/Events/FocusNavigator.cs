using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Rendering;

namespace Kryon.Runtime.Events;

/// <summary>
/// Tab / Shift+Tab order: focusable elements (Button, Input, Checkbox, Radio, Slider, and any
/// element with an onClick handler) that are painted and neither disabled nor inside a disabled
/// element, in tree order, wrapping around at the ends.
/// </summary>
public static class FocusNavigator
{
    public static bool IsFocusable(Element e)
    {
        if (!e.IsAttached || !e.IsPainted) return false;
        // Disabled means "and everything inside it" (as for pointer input), so Tab must not land in a disabled container.
        for (Element? x = e; x is not null; x = x.Parent)
            if (x.State.HasFlag(InteractionState.Disabled)) return false;
        if (e.Is(ElementKind.Button) || e.Is(ElementKind.Input) || e.Is(ElementKind.Checkbox) || e.Is(ElementKind.Radio) || e.Is(ElementKind.Slider)) return true;
        return e.FindHandler("onClick") is not null;
    }

    public static Element? Next(ElementTree tree, Element? current, bool backwards)
    {
        if (tree.Root is null) return null;
        Element? first = null, last = null, previous = null;
        bool seenCurrent = false;
        foreach (var e in tree.Root.DescendantsAndSelf())
        {
            if (!IsFocusable(e)) continue;
            first ??= e;
            if (!backwards && seenCurrent) return e;
            if (e == current)
            {
                if (backwards && previous is not null) return previous;
                seenCurrent = true;
            }
            previous = e;
            last = e;
        }
        return backwards ? last : first;
    }
}

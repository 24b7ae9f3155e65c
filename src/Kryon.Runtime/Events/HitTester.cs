using Kryon.Runtime.Elements;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;

namespace Kryon.Runtime.Events;

/// <summary>
/// Finds the element under a point: the topmost painted one, walking the paint order backwards
/// (z-index, then later siblings on top), honouring clips (`overflow`) and skipping hidden
/// elements. Uses the window boxes recorded by the last display-list build. Disabled elements
/// are found too (they block what is under them); the dispatcher decides that they get no events.
/// </summary>
public sealed class HitTester
{
    private readonly Stack<List<Element>> _buffers = new();

    public Element? HitTest(ElementTree tree, float x, float y) => tree.Root is { } root ? Hit(root, x, y) : null;

    private Element? Hit(Element e, float x, float y)
    {
        if (!e.IsPainted) return null;
        if (e.Children.Count > 0)
        {
            var order = _buffers.Count > 0 ? _buffers.Pop() : [];
            PaintOrder.Children(e, order);
            Element? found = null;
            for (int i = order.Count - 1; i >= 0 && found is null; i--)
            {
                var child = order[i];
                if (Contains(child.ScreenClip, x, y)) found = Hit(child, x, y);
            }
            order.Clear();
            _buffers.Push(order);
            if (found is not null) return found;
        }
        return Contains(e.ScreenBox, x, y) && Contains(e.ScreenClip, x, y) ? e : null;
    }

    private static bool Contains(LayoutBox box, float x, float y) => x >= box.X && y >= box.Y && x < box.Right && y < box.Bottom;
}

using Kryon.Runtime.Elements;
using Kryon.Values;

namespace Kryon.Runtime.Rendering;

/// <summary>
/// The order siblings are painted in: by `z_index`, then in tree order (a stable sort). Hit testing
/// walks the same order backwards, so what is drawn on top is what receives the click.
/// </summary>
public static class PaintOrder
{
    public static int ZIndexOf(Element e) => e.Get(Props.ZIndex) is IntValue z ? z.Value : 0;

    /// <summary>Fills <paramref name="buffer"/> with the children of <paramref name="parent"/> in paint order.</summary>
    public static void Children(Element parent, List<Element> buffer)
    {
        buffer.Clear();
        var children = parent.Children;
        bool anyZ = false;
        for (int i = 0; i < children.Count; i++)
        {
            buffer.Add(children[i]);
            anyZ |= ZIndexOf(children[i]) != 0;
        }
        if (!anyZ) return;
        // Insertion sort: stable, allocation-free, and sibling lists are short.
        for (int i = 1; i < buffer.Count; i++)
        {
            var item = buffer[i];
            int z = ZIndexOf(item), j = i - 1;
            while (j >= 0 && ZIndexOf(buffer[j]) > z)
            {
                buffer[j + 1] = buffer[j];
                j--;
            }
            buffer[j + 1] = item;
        }
    }

    /// <summary>Hidden elements (visibility false, display none) are not painted and receive no input.</summary>
    public static bool IsVisible(Element e) =>
        e.Get(Props.Visibility) is not BoolValue { Value: false } && e.Get(Props.Display) is not EnumValue { Member: "none" };
}

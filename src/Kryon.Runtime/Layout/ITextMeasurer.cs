namespace Kryon.Runtime.Layout;

/// <summary>Measures the text of a leaf node for the layout engine. Each backend provides one
/// (pango metrics, terminal cells, the 10x10 test font). Sizes are in pixels of the content box.</summary>
public interface ITextMeasurer
{
    /// <summary>The width of the widest unbreakable run (the narrowest the text can get).</summary>
    float MinContentWidth(LayoutNode node, string text);

    /// <summary>The width of the text with no line breaks except forced ones.</summary>
    float MaxContentWidth(LayoutNode node, string text);

    /// <summary>The height of the text when wrapped to <paramref name="width"/>.</summary>
    float HeightForWidth(LayoutNode node, string text, float width);
}

using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;

namespace Kryon.Backends.Web.Hosting;

/// <summary>
/// One Pango measurer for every session, behind a lock: Pango is not thread-safe, and sessions run on
/// their own threads. Sharing it keeps one font map and one layout cache for the whole server (the
/// sessions run the same app, so they measure the same texts) instead of one per tab.
/// </summary>
internal sealed class SharedTextMeasurer(ITextMeasurer inner) : ITextMeasurer, ICaretMeasurer
{
    private readonly Lock _lock = new();

    public float MinContentWidth(LayoutNode node, string text)
    {
        lock (_lock) return inner.MinContentWidth(node, text);
    }

    public float MaxContentWidth(LayoutNode node, string text)
    {
        lock (_lock) return inner.MaxContentWidth(node, text);
    }

    public float HeightForWidth(LayoutNode node, string text, float width)
    {
        lock (_lock) return inner.HeightForWidth(node, text, width);
    }

    public (float LineWidth, float CaretX) Caret(LayoutNode node, string text, int index)
    {
        lock (_lock)
        {
            if (inner is ICaretMeasurer exact) return exact.Caret(node, text, index);
            float width = inner.MaxContentWidth(node, text);
            return (width, index <= 0 ? 0 : inner.MaxContentWidth(node, text[..Math.Min(index, text.Length)]));
        }
    }
}

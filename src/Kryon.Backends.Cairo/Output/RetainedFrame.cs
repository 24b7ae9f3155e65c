using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;

namespace Kryon.Backends.Cairo.Output;

/// <summary>
/// What a pixel buffer kept between frames shows (a window's back buffer, a <see cref="CairoFrameBuffer"/>):
/// which display list and version, at what scale and size, and where that frame drew text. With
/// it, the next render of the same list repaints only the list's damage (see
/// <see cref="DisplayList.Damage"/>) when the buffer still shows <see cref="DisplayList.DamageBase"/>;
/// otherwise it redraws everything. Use one per buffer, for every render into that buffer.
/// </summary>
public sealed class RetainedFrame
{
    internal DisplayList? List { get; private set; }

    internal float Scale { get; private set; }

    internal int PixelWidth { get; private set; }

    internal int PixelHeight { get; private set; }

    /// <summary>The text commands of the frame shown: where old text may have left ink outside its box.</summary>
    internal List<(TextRun Run, LayoutBox Box)> Texts { get; } = [];

    /// <summary>The display list version the buffer shows; −1 when unknown (nothing drawn yet, or <see cref="Invalidate"/>d).</summary>
    public int Version { get; private set; } = -1;

    /// <summary>Whether the last render redrew the whole buffer (false: only <see cref="LastRedrawn"/>).</summary>
    public bool LastRenderWasFull { get; private set; }

    /// <summary>The device-pixel rectangle (x, y, width, height) the last render repainted: the whole buffer, part of it, or nothing.</summary>
    public (int X, int Y, int Width, int Height) LastRedrawn { get; private set; }

    /// <summary>The buffer was changed some other way: the next render redraws everything.</summary>
    public void Invalidate()
    {
        List = null;
        Version = -1;
    }

    /// <summary>Whether the buffer holds exactly the picture the list's damage is relative to, at this scale and size.</summary>
    internal bool CanRepaintDamage(DisplayList list, float scale, int pixelWidth, int pixelHeight) =>
        ReferenceEquals(List, list) && Version == list.DamageBase && Version >= 0 && !list.DamageIsFull
        && Scale == scale && PixelWidth == pixelWidth && PixelHeight == pixelHeight;

    /// <summary>Records that the buffer now shows <paramref name="list"/> (and where its texts are).</summary>
    internal void Remember(DisplayList list, float scale, int pixelWidth, int pixelHeight, bool full, (int X, int Y, int Width, int Height) redrawn)
    {
        List = list;
        Version = list.Version;
        Scale = scale;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
        LastRenderWasFull = full;
        LastRedrawn = redrawn;
        Texts.Clear();
        foreach (ref readonly var c in list.Commands)
            if (c.Kind == DisplayCommandKind.Text && c.Text is { } run) Texts.Add((run, c.Bounds));
    }
}

using System.Runtime.InteropServices;
using Kryon.Backends.Cairo;
using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Output;
using Kryon.Backends.Sdl.Native;
using Kryon.Diagnostics;
using Kryon.Runtime.Rendering;
using static Kryon.Backends.Sdl.Native.SdlNative;

namespace Kryon.Backends.Sdl.Window;

/// <summary>
/// The window, its SDL renderer and one streaming texture the size of the drawable (device
/// pixels). Frames are drawn by cairo into a pinned ARGB32 buffer kept between frames, so only the
/// display list's damage is repainted and only that rectangle is uploaded to the texture;
/// <see cref="Present"/> copies the texture to the window.
/// <para>
/// HiDPI: layout works in window coordinates (what SDL reports the mouse in); the drawable may
/// have more pixels (macOS Retina, Wayland scaling). The cairo renderer draws at
/// <see cref="Scale"/> = drawable width / window width, as `kryon render --scale` does.
/// </para>
/// </summary>
internal sealed unsafe class SdlWindow : IDisposable
{
    private readonly nint _window;
    private readonly nint _renderer;
    private readonly CairoRenderer _cairo;
    private readonly RetainedFrame _frame = new();
    private nint _texture;
    private int _textureWidth, _textureHeight;
    private byte[] _pixels = [];
    private int _stride;
    private string _title;

    public SdlWindow(WindowSettings settings, string? imageBaseDirectory)
    {
        uint flags = SdlConstants.WindowShown | SdlConstants.WindowAllowHighDpi | (settings.Resizable ? SdlConstants.WindowResizable : 0);
        _title = settings.Title;
        _window = SDL_CreateWindow(settings.Title, SdlConstants.WindowPosCentered, SdlConstants.WindowPosCentered, settings.Width, settings.Height, flags);
        if (_window == 0) throw new SdlException($"SDL could not open a {settings.Width}×{settings.Height} window: {LastError()}");
        SDL_SetWindowMinimumSize(_window, settings.MinWidth, settings.MinHeight);
        if (settings.MaxWidth is not null || settings.MaxHeight is not null)
            SDL_SetWindowMaximumSize(_window, settings.MaxWidth ?? 65535, settings.MaxHeight ?? 65535);

        // Vsync paces presents on a GPU renderer; without a GPU (Xvfb, most VMs) or when GL fails,
        // SDL's software renderer, which has no vsync: the event loop paces frames itself then.
        uint wanted = RendererChoice.ForThisMachine();
        _renderer = SDL_CreateRenderer(_window, -1, wanted);
        if (_renderer == 0 && wanted != SdlConstants.RendererSoftware) _renderer = SDL_CreateRenderer(_window, -1, SdlConstants.RendererSoftware);
        if (_renderer == 0)
        {
            string why = LastError();
            SDL_DestroyWindow(_window);
            throw new SdlException($"SDL could not create a renderer for the window: {why}");
        }
        if (SDL_GetRendererInfo(_renderer, out var info) == 0)
        {
            RendererName = Marshal.PtrToStringUTF8((nint)info.Name) ?? "unknown";
            HasVsync = (info.Flags & SdlConstants.RendererPresentVsync) != 0;
        }
        _cairo = CairoBackend.CreateRenderer(1, imageBaseDirectory);
        UpdateScale();
    }

    public nint Handle => _window;

    /// <summary>The text of the title bar.</summary>
    public string Title
    {
        get => _title;
        set
        {
            if (value == _title) return;
            _title = value;
            SDL_SetWindowTitle(_window, value);
        }
    }

    /// <summary>Which SDL renderer drives the window ("opengl", "software", …).</summary>
    public string RendererName { get; } = "unknown";

    /// <summary>Whether presenting waits for the display's vertical blank.</summary>
    public bool HasVsync { get; }

    /// <summary>Device pixels per window coordinate (1, or 2 on a HiDPI screen).</summary>
    public float Scale { get; private set; } = 1;

    /// <summary>The window's size in window coordinates (the layout's viewport).</summary>
    public (int Width, int Height) Size
    {
        get
        {
            SDL_GetWindowSize(_window, out int w, out int h);
            return (w, h);
        }
    }

    /// <summary>
    /// Re-reads drawable / window size (after a resize or a move to another screen); true when the
    /// scale changed, so the whole frame must be drawn again.
    /// </summary>
    public bool UpdateScale()
    {
        var (w, _) = Size;
        float scale = 1;
        if (w > 0 && SDL_GetRendererOutputSize(_renderer, out int pw, out _) == 0 && pw > 0) scale = (float)pw / w;
        if (scale == Scale && scale == _cairo.Scale) return false;
        Scale = _cairo.Scale = scale;
        _frame.Invalidate();
        return true;
    }

    /// <summary>
    /// Brings the texture up to <paramref name="list"/>: repaints its damage (or everything after a
    /// new size or scale) into the buffer and uploads the repainted rectangle.
    /// </summary>
    public IReadOnlyList<Diagnostic> Render(DisplayList list)
    {
        var (width, height) = CairoSurfaces.PixelSize(list, Scale);
        EnsureTexture(width, height);
        var diagnostics = CairoSurfaces.RenderInto(_cairo, list, _pixels, width, height, _stride, _frame);
        var (x, y, w, h) = _frame.LastRedrawn;
        if (w > 0 && h > 0)
        {
            var rect = new SdlRect(x, y, w, h);
            fixed (byte* p = _pixels)
            {
                if (SDL_UpdateTexture(_texture, &rect, p + (long)y * _stride + x * 4, _stride) != 0)
                    throw new SdlException($"SDL could not update the window's texture: {LastError()}");
            }
        }
        return diagnostics;
    }

    /// <summary>Shows the texture (also after an expose, without drawing anything new).</summary>
    public void Present()
    {
        SDL_RenderClear(_renderer);
        if (_texture != 0)
        {
            var dst = new SdlRect(0, 0, _textureWidth, _textureHeight);
            SDL_RenderCopy(_renderer, _texture, null, &dst);
        }
        SDL_RenderPresent(_renderer);
    }

    /// <summary>The texture and buffer are lost (render targets reset): draw everything next time.</summary>
    public void InvalidateTexture()
    {
        if (_texture != 0) SDL_DestroyTexture(_texture);
        _texture = 0;
        _frame.Invalidate();
    }

    private void EnsureTexture(int width, int height)
    {
        if (_texture != 0 && width == _textureWidth && height == _textureHeight) return;
        if (_texture != 0) SDL_DestroyTexture(_texture);
        _texture = SDL_CreateTexture(_renderer, SdlConstants.PixelFormatArgb8888, SdlConstants.TextureAccessStreaming, width, height);
        if (_texture == 0) throw new SdlException($"SDL could not create a {width}×{height} texture for the window: {LastError()}");
        // cairo's pixels are the picture; no blending with whatever the renderer had.
        SDL_SetTextureBlendMode(_texture, 0);
        (_textureWidth, _textureHeight) = (width, height);
        _stride = CairoSurfaces.StrideFor(width);
        _pixels = GC.AllocateUninitializedArray<byte>(_stride * height, pinned: true);
        _frame.Invalidate();
    }

    public void Dispose()
    {
        if (_texture != 0) SDL_DestroyTexture(_texture);
        _texture = 0;
        SDL_DestroyRenderer(_renderer);
        SDL_DestroyWindow(_window);
        _cairo.Dispose();
    }
}

using System.Runtime.InteropServices;
using Kryon.Backends.Sdl.Native;
using Kryon.Runtime.Platform;
using static Kryon.Backends.Sdl.Native.SdlNative;

namespace Kryon.Backends.Sdl;

/// <summary>
/// The system clipboard through SDL (X11 CLIPBOARD selection, Wayland, …), text only. Before the
/// window opens or after it closed (onStart, onStop hooks) SDL's video is not running: the text
/// is kept in the process then, so copy and paste still work within the app.
/// </summary>
public sealed class SdlClipboard : IClipboard
{
    private readonly InMemoryClipboard _fallback = new();

    private static bool SdlRunning => SdlLibrary.CanLoad && SDL_WasInit(SdlConstants.InitVideo) != 0;

    public string? GetText()
    {
        if (!SdlRunning) return _fallback.GetText();
        nint text = SDL_GetClipboardText();
        if (text == 0) return null;
        try
        {
            return Marshal.PtrToStringUTF8(text) is { Length: > 0 } s ? s : null;
        }
        finally
        {
            SDL_free(text);
        }
    }

    public void SetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _fallback.SetText(text);
        if (SdlRunning) SDL_SetClipboardText(text);
    }
}

using System.Runtime.InteropServices;

namespace Kryon.Backends.Sdl.Native;

/// <summary>
/// The SDL2 functions the desktop platform calls (only those), bound with source-generated
/// [LibraryImport]. Strings are UTF-8 both ways, as SDL expects. Call <see cref="SdlLibrary.Check"/>
/// first: a missing library is then a sentence, not a DllNotFoundException.
/// </summary>
internal static unsafe partial class SdlNative
{
    public const string Library = "libSDL2-2.0.so.0";

    [LibraryImport(Library)] public static partial int SDL_Init(uint flags);
    [LibraryImport(Library)] public static partial void SDL_Quit();
    [LibraryImport(Library)] public static partial uint SDL_WasInit(uint flags);
    [LibraryImport(Library)] public static partial void SDL_GetVersion(out SdlVersion version);
    [LibraryImport(Library)] public static partial nint SDL_GetError();
    [LibraryImport(Library)] public static partial byte* SDL_GetCurrentVideoDriver();
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)] public static partial int SDL_SetHint(string name, string value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint SDL_CreateWindow(string title, int x, int y, int w, int h, uint flags);
    [LibraryImport(Library)] public static partial void SDL_DestroyWindow(nint window);
    [LibraryImport(Library)] public static partial uint SDL_GetWindowID(nint window);
    [LibraryImport(Library)] public static partial void SDL_GetWindowSize(nint window, out int w, out int h);
    [LibraryImport(Library)] public static partial void SDL_SetWindowMinimumSize(nint window, int w, int h);
    [LibraryImport(Library)] public static partial void SDL_SetWindowMaximumSize(nint window, int w, int h);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)] public static partial void SDL_SetWindowTitle(nint window, string title);
    [LibraryImport(Library)] public static partial void SDL_SetWindowIcon(nint window, nint surface);
    [LibraryImport(Library)] public static partial int SDL_GetWindowDisplayIndex(nint window);
    [LibraryImport(Library)] public static partial int SDL_GetCurrentDisplayMode(int displayIndex, out SdlDisplayMode mode);

    [LibraryImport(Library)] public static partial nint SDL_CreateRenderer(nint window, int index, uint flags);
    [LibraryImport(Library)] public static partial void SDL_DestroyRenderer(nint renderer);
    [LibraryImport(Library)] public static partial int SDL_GetRendererInfo(nint renderer, out SdlRendererInfo info);
    [LibraryImport(Library)] public static partial int SDL_GetRendererOutputSize(nint renderer, out int w, out int h);
    [LibraryImport(Library)] public static partial nint SDL_CreateTexture(nint renderer, uint format, int access, int w, int h);
    [LibraryImport(Library)] public static partial void SDL_DestroyTexture(nint texture);
    [LibraryImport(Library)] public static partial int SDL_SetTextureBlendMode(nint texture, int blendMode);
    [LibraryImport(Library)] public static partial int SDL_UpdateTexture(nint texture, SdlRect* rect, void* pixels, int pitch);
    [LibraryImport(Library)] public static partial int SDL_RenderClear(nint renderer);
    [LibraryImport(Library)] public static partial int SDL_RenderCopy(nint renderer, nint texture, SdlRect* src, SdlRect* dst);
    [LibraryImport(Library)] public static partial void SDL_RenderPresent(nint renderer);

    [LibraryImport(Library)] public static partial nint SDL_CreateRGBSurfaceWithFormatFrom(void* pixels, int w, int h, int depth, int pitch, uint format);
    [LibraryImport(Library)] public static partial void SDL_FreeSurface(nint surface);

    [LibraryImport(Library)] public static partial int SDL_WaitEventTimeout(SdlEvent* e, int timeoutMs);
    [LibraryImport(Library)] public static partial int SDL_PollEvent(SdlEvent* e);
    [LibraryImport(Library)] public static partial int SDL_PushEvent(SdlEvent* e);
    [LibraryImport(Library)] public static partial uint SDL_RegisterEvents(int count);

    [LibraryImport(Library)] public static partial ushort SDL_GetModState();
    [LibraryImport(Library)] public static partial void SDL_StartTextInput();
    [LibraryImport(Library)] public static partial void SDL_StopTextInput();
    [LibraryImport(Library)] public static partial void SDL_SetTextInputRect(SdlRect* rect);

    [LibraryImport(Library)] public static partial nint SDL_GetClipboardText();
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)] public static partial int SDL_SetClipboardText(string text);
    [LibraryImport(Library)] public static partial void SDL_free(nint memory);

    [LibraryImport(Library)] public static partial nint SDL_CreateSystemCursor(SdlSystemCursor id);
    [LibraryImport(Library)] public static partial void SDL_SetCursor(nint cursor);
    [LibraryImport(Library)] public static partial void SDL_FreeCursor(nint cursor);

    /// <summary>SDL's last error message, for a failure report.</summary>
    public static string LastError() => Marshal.PtrToStringUTF8(SDL_GetError()) is { Length: > 0 } s ? s : "no reason given";
}

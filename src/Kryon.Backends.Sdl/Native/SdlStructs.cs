using System.Runtime.InteropServices;

namespace Kryon.Backends.Sdl.Native;

/// <summary>SDL_Rect.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SdlRect(int x, int y, int w, int h)
{
    public int X = x, Y = y, W = w, H = h;
}

/// <summary>SDL_RendererInfo: which renderer SDL picked (opengl, software, …) and its flags.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct SdlRendererInfo
{
    public byte* Name;
    public uint Flags;
    public uint NumTextureFormats;
    public fixed uint TextureFormats[16];
    public int MaxTextureWidth;
    public int MaxTextureHeight;
}

/// <summary>SDL_DisplayMode: the refresh rate paces animation frames when the renderer has no vsync.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SdlDisplayMode
{
    public uint Format;
    public int W;
    public int H;
    public int RefreshRate;
    public nint DriverData;
}

/// <summary>SDL_version.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SdlVersion
{
    public byte Major, Minor, Patch;
}

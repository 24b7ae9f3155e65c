namespace Kryon.Backends.Sdl.Native;

/// <summary>The SDL2 constants the platform uses (SDL 2.26 headers; stable across SDL2 releases).</summary>
internal static class SdlConstants
{
    public const uint InitVideo = 0x20;

    public const int WindowPosCentered = 0x2FFF0000;

    public const uint WindowShown = 0x4;
    public const uint WindowResizable = 0x20;
    public const uint WindowAllowHighDpi = 0x2000;

    public const uint RendererSoftware = 0x1;
    public const uint RendererAccelerated = 0x2;
    public const uint RendererPresentVsync = 0x4;

    /// <summary>SDL_PIXELFORMAT_ARGB8888: the same bytes as cairo's ARGB32 on a little-endian machine.</summary>
    public const uint PixelFormatArgb8888 = 0x16362004;

    public const int TextureAccessStreaming = 1;

    public const string HintVideoDriver = "SDL_VIDEODRIVER";
    public const string HintRenderDriver = "SDL_RENDER_DRIVER";
    public const string HintRenderVsync = "SDL_RENDER_VSYNC";
    public const string HintNoSignalHandlers = "SDL_NO_SIGNAL_HANDLERS";
    public const string HintVideoX11NetWmBypassCompositor = "SDL_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR";
    public const string HintMouseFocusClickthrough = "SDL_MOUSE_FOCUS_CLICKTHROUGH";
    public const string HintImeShowUi = "SDL_IME_SHOW_UI";
    public const string HintImeSupportExtendedText = "SDL_IME_SUPPORT_EXTENDED_TEXT";
    public const string HintFramebufferAcceleration = "SDL_FRAMEBUFFER_ACCELERATION";
}

/// <summary>SDL_EventType values the loop handles.</summary>
internal enum SdlEventType : uint
{
    Quit = 0x100,
    WindowEvent = 0x200,
    KeyDown = 0x300,
    KeyUp = 0x301,
    TextEditing = 0x302,
    TextInput = 0x303,
    /// <summary>A composition longer than TextEditing's 32 bytes (with the IME extended-text hint); its text is freed with SDL_free.</summary>
    TextEditingExt = 0x305,
    MouseMotion = 0x400,
    MouseButtonDown = 0x401,
    MouseButtonUp = 0x402,
    MouseWheel = 0x403,
    RenderTargetsReset = 0x2000,
    RenderDeviceReset = 0x2001,
    UserEvent = 0x8000,
}

/// <summary>SDL_WindowEventID: the sub-kind of a window event.</summary>
internal enum SdlWindowEventId : byte
{
    Shown = 1,
    Hidden = 2,
    Exposed = 3,
    Moved = 4,
    Resized = 5,
    SizeChanged = 6,
    Minimized = 7,
    Maximized = 8,
    Restored = 9,
    Enter = 10,
    Leave = 11,
    FocusGained = 12,
    FocusLost = 13,
    Close = 14,
    DisplayChanged = 18,
}

/// <summary>SDL_SystemCursor.</summary>
internal enum SdlSystemCursor
{
    Arrow = 0,
    IBeam = 1,
    Wait = 2,
    Crosshair = 3,
    WaitArrow = 4,
    SizeNwse = 5,
    SizeNesw = 6,
    SizeWe = 7,
    SizeNs = 8,
    SizeAll = 9,
    No = 10,
    Hand = 11,
}

/// <summary>SDL_Keymod bits.</summary>
[Flags]
internal enum SdlKeymod : ushort
{
    None = 0,
    LShift = 0x0001,
    RShift = 0x0002,
    LCtrl = 0x0040,
    RCtrl = 0x0080,
    LAlt = 0x0100,
    RAlt = 0x0200,
    LGui = 0x0400,
    RGui = 0x0800,
    Num = 0x1000,
    Caps = 0x2000,
    Mode = 0x4000,
}

using Kryon.Backends.Sdl.Native;

namespace Kryon.Backends.Sdl.Window;

/// <summary>
/// Which SDL renderer to ask for. A GPU renderer (OpenGL) brings vsync, but on a machine without
/// a GPU its GL is Mesa's llvmpipe: loading it and compiling its shaders costs hundreds of ms of
/// start-up and gains nothing over SDL's software renderer (the frame is drawn by cairo on the
/// CPU either way; presenting is one image copy). So: the GPU renderer with vsync when the machine
/// has a GPU device (/dev/dri, /dev/nvidia0), the software renderer otherwise; SDL_RENDER_DRIVER,
/// when set, is SDL's own choice and wins.
/// </summary>
internal static class RendererChoice
{
    public static uint Flags(string? renderDriverVariable, bool hasGpuDevice) =>
        !string.IsNullOrEmpty(renderDriverVariable) || hasGpuDevice
            ? SdlConstants.RendererAccelerated | SdlConstants.RendererPresentVsync
            : SdlConstants.RendererSoftware;

    public static uint ForThisMachine() =>
        Flags(Environment.GetEnvironmentVariable("SDL_RENDER_DRIVER"), Directory.Exists("/dev/dri") || File.Exists("/dev/nvidia0"));
}

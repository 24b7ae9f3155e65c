namespace Kryon.Backends.Sdl.Tests;

public class RendererChoiceTests
{
    [Fact]
    public void A_GPU_gets_the_vsynced_GPU_renderer() =>
        Assert.Equal(Native.SdlConstants.RendererAccelerated | Native.SdlConstants.RendererPresentVsync, Window.RendererChoice.Flags(null, hasGpuDevice: true));

    [Fact]
    public void Without_a_GPU_the_software_renderer_is_used() =>
        Assert.Equal(Native.SdlConstants.RendererSoftware, Window.RendererChoice.Flags(null, hasGpuDevice: false));

    [Fact]
    public void SDL_RENDER_DRIVER_leaves_the_choice_to_SDL() =>
        Assert.Equal(Native.SdlConstants.RendererAccelerated | Native.SdlConstants.RendererPresentVsync, Window.RendererChoice.Flags("opengl", hasGpuDevice: false));
}

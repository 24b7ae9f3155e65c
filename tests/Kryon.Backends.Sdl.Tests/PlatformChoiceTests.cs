using Kryon.Backends.Sdl.Tests.EndToEnd;

namespace Kryon.Backends.Sdl.Tests;

/// <summary>`kryon run` without a display: the desktop platform says why and what to use instead.</summary>
public class PlatformChoiceTests
{
    [Fact]
    public void Desktop_without_a_display_explains_and_suggests_headless()
    {
        var (exit, _, err) = KryonCli.Run($"run \"{KryonCli.Example("hello.kry")}\" --platform desktop", display: null);
        Assert.Equal(1, exit);
        Assert.Contains("DISPLAY", err);
        Assert.Contains("--headless", err);
        Assert.DoesNotContain("   at ", err); // no stack trace
    }

    [Fact]
    public void A_display_that_is_not_there_fails_clearly_instead_of_hanging()
    {
        int n = Enumerable.Range(600, 300).First(i => !File.Exists($"/tmp/.X11-unix/X{i}"));
        var (exit, _, err) = KryonCli.Run($"run \"{KryonCli.Example("hello.kry")}\" --platform desktop", display: $":{n}");
        Assert.Equal(1, exit);
        Assert.Contains($"DISPLAY=:{n}", err);
        Assert.Contains("--headless", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void The_platform_is_registered_as_desktop()
    {
        var platform = new DesktopPlatform();
        Assert.Equal("desktop", platform.Name);
        Assert.Null(platform.InitialViewport);
    }
}

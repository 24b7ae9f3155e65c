namespace Kryon.Backends.Sdl.Tests;

public class DesktopAvailabilityTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) => name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Without_a_display_it_says_so_and_what_to_use()
    {
        var why = DesktopAvailability.WhyUnavailable(Env(), () => true, () => null);
        Assert.NotNull(why);
        Assert.Contains("DISPLAY", why);
        Assert.Contains("--platform terminal", why);
    }

    [Fact]
    public void Without_SDL_it_names_the_package()
    {
        var why = DesktopAvailability.WhyUnavailable(Env(("DISPLAY", ":0")), () => false, () => null);
        Assert.Contains("apt-get install libsdl2-2.0-0", why);
    }

    [Fact]
    public void Cairo_problems_are_passed_on() =>
        Assert.Equal("no cairo", DesktopAvailability.WhyUnavailable(Env(("WAYLAND_DISPLAY", "wayland-0")), () => true, () => "no cairo"));

    [Fact]
    public void With_a_display_and_the_libraries_it_can_run() =>
        Assert.Null(DesktopAvailability.WhyUnavailable(Env(("DISPLAY", ":0")), () => true, () => null));
}

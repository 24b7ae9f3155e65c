using Kryon.Backends.Sdl.Window;

namespace Kryon.Backends.Sdl.Tests;

public class WindowSettingsTests
{
    [Fact]
    public void The_window_is_what_the_App_asks_for()
    {
        var runtime = TestApps.Start("""
            App {
                window_title: "Notes"
                window_width: 640
                window_height: 480
                window_min_width: 320
                window_min_height: 240
                window_max_width: 1280
                resizable: false
                icon: "icon.png"
            }
            """);
        var s = WindowSettings.Of(runtime);
        Assert.Equal(new WindowSettings("Notes", 640, 480, 320, 240, 1280, null, false, "icon.png"), s);
    }

    [Fact]
    public void Defaults_and_the_command_lines_size_win()
    {
        var runtime = TestApps.Start("App { }", width: 150, height: 900);
        var s = WindowSettings.Of(runtime);
        Assert.Equal("Kryon App", s.Title);
        Assert.Equal((150, 900), (s.Width, s.Height));
        Assert.Equal(150, s.MinWidth); // the default minimum (200) may not make the window larger than asked
        Assert.Equal(200, s.MinHeight);
        Assert.Null(s.MaxWidth);
        Assert.True(s.Resizable);
        Assert.Null(s.IconPath);
    }
}

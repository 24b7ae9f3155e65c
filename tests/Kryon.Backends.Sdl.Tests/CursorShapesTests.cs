using Kryon.Backends.Sdl.Input;
using Kryon.Backends.Sdl.Native;

namespace Kryon.Backends.Sdl.Tests;

public class CursorShapesTests
{
    [Theory]
    [InlineData("pointer", (int)SdlSystemCursor.Hand)]
    [InlineData("text", (int)SdlSystemCursor.IBeam)]
    [InlineData("not_allowed", (int)SdlSystemCursor.No)]
    [InlineData("resize_ew", (int)SdlSystemCursor.SizeWe)]
    [InlineData("resize_nwse", (int)SdlSystemCursor.SizeNwse)]
    [InlineData("wait", (int)SdlSystemCursor.Wait)]
    [InlineData("help", (int)SdlSystemCursor.Arrow)]
    [InlineData("default", (int)SdlSystemCursor.Arrow)]
    public void Cursor_members_map_to_system_cursors(string member, int expected) => Assert.Equal((SdlSystemCursor)expected, CursorShapes.Of(member));

    [Fact]
    public void The_hovered_element_or_its_ancestors_choose_the_cursor()
    {
        var runtime = TestApps.Start("""
            style "link" { cursor: pointer }
            style "off" { &:disabled { cursor: not_allowed } }
            App {
                Container { id: "card"; style: "link"; Text { id: "label"; text: "Open" } }
                Input { id: "name" }
                Button { id: "gone"; text: "x"; style: "off"; disabled: true }
                Text { id: "plain"; text: "plain" }
            }
            """);
        Assert.Equal(SdlSystemCursor.Hand, CursorShapes.For(runtime.GetElementById("label")));
        Assert.Equal(SdlSystemCursor.IBeam, CursorShapes.For(runtime.GetElementById("name")));
        Assert.Equal(SdlSystemCursor.No, CursorShapes.For(runtime.GetElementById("gone")));
        Assert.Equal(SdlSystemCursor.Arrow, CursorShapes.For(runtime.GetElementById("plain")));
        Assert.Equal(SdlSystemCursor.Arrow, CursorShapes.For(null));
    }
}

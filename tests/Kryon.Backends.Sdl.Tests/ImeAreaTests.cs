using Kryon.Backends.Sdl.Input;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Sdl.Tests;

public class ImeAreaTests
{
    [Fact]
    public void The_candidate_window_follows_the_caret_of_the_focused_Input_and_nothing_else_asks_for_one()
    {
        var runtime = TestApps.Start("""
            App { layout: column
                Input { id: "name"; width: 200; height: 30 }
                Button { id: "ok"; text: "OK" }
            }
            """);
        Assert.Null(ImeArea.Of(runtime));
        runtime.SetFocus(runtime.GetElementById("ok"));
        runtime.RunFrame(runtime.NowMs + 16);
        Assert.Null(ImeArea.Of(runtime));

        runtime.SetFocus(runtime.GetElementById("name"));
        runtime.RunFrame(runtime.NowMs + 16);
        var empty = ImeArea.Of(runtime)!.Value;
        runtime.Enqueue(new TextInputEvent("Ada"));
        runtime.RunFrame(runtime.NowMs + 16);
        var typed = ImeArea.Of(runtime)!.Value;

        var input = runtime.GetElementById("name")!.ScreenBox;
        Assert.True(typed.X > empty.X, $"the caret moved right with the text: {empty.X} → {typed.X}");
        Assert.Equal(1, typed.Width);
        Assert.InRange(typed.Y, input.Y, input.Bottom);
        Assert.InRange(typed.Bottom, input.Y, input.Bottom);
    }
}

using Kryon.Runtime.Events;
using Kryon.Runtime.Rendering;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// `border_{side}_width` (KRY.md §5.2, docs/KRB-extensions.md): layout insets the content by each
/// side's width, and painting, clipping and scrolling use the same widths — a bottom-only border is
/// an underline, not nothing and not a box.
/// </summary>
public class BorderSideTests
{
    private static readonly Color Red = new(255, 0, 0, 255);

    private static DisplayCommand[] Commands(KryonRuntime rt) => rt.DisplayList.Commands.ToArray();

    [Fact]
    public void A_bottom_only_border_with_a_colour_draws_just_that_side()
    {
        var rt = AppTestKit.Start("""
            App { layout: column
                Text { id: "heading"; text: "Title"; width: 100; height: 30; border_bottom_width: 2; border_color: "#FF0000" }
            }
            """);
        var heading = rt.ById("heading");
        var border = Assert.Single(Commands(rt), c => c.Kind == DisplayCommandKind.Border);
        Assert.Equal(new BorderWidths(0, 0, 2, 0), border.Sides);
        Assert.Equal(Red, border.Color);
        Assert.Equal(heading.ScreenBox, border.Bounds);
        // The text sits above the bottom border: the content box is 28 high, not 30 and not 26.
        var text = Assert.Single(Commands(rt), c => c.Kind == DisplayCommandKind.Text);
        Assert.Equal(heading.ScreenBox.Y, text.Bounds.Y);
        Assert.Equal(28, text.Bounds.Height);
    }

    [Fact]
    public void A_side_width_replaces_the_common_width_on_that_side_only_and_the_content_box_follows()
    {
        var rt = AppTestKit.Start("""
            App { layout: column
                Text { id: "t"; text: "note"; width: 100; height: 40; padding: 3; border_width: 1; border_left_width: 6; border_color: "#FF0000" }
            }
            """);
        var box = rt.ById("t").ScreenBox;
        var border = Assert.Single(Commands(rt), c => c.Kind == DisplayCommandKind.Border);
        Assert.Equal(new BorderWidths(1, 1, 1, 6), border.Sides);
        var text = Assert.Single(Commands(rt), c => c.Kind == DisplayCommandKind.Text);
        Assert.Equal(box.X + 6 + 3, text.Bounds.X);
        Assert.Equal(box.Y + 1 + 3, text.Bounds.Y);
        Assert.Equal(100 - 6 - 1 - 6, text.Bounds.Width);
        Assert.Equal(40 - 2 - 6, text.Bounds.Height);
    }

    [Fact]
    public void A_scroll_container_clips_to_and_scrolls_within_its_padding_box_with_uneven_sides()
    {
        var rt = AppTestKit.Start("""
            App { layout: column
                Container { id: "list"; width: 100; height: 60; overflow: scroll; layout: column; border_top_width: 10; border_bottom_width: 6; border_left_width: 4; border_color: "#FF0000"
                    Container { width: 96; height: 30 }
                    Container { width: 96; height: 30 }
                    Container { width: 96; height: 30 }
                    Container { width: 96; height: 30 }
                    Container { width: 96; height: 30 }
                }
            }
            """);
        var list = rt.ById("list");
        var clip = Assert.Single(Commands(rt), c => c.Kind == DisplayCommandKind.PushClip);
        Assert.Equal(new Kryon.Runtime.Layout.LayoutBox(list.ScreenBox.X + 4, list.ScreenBox.Y + 10, 96, 44), clip.Bounds);
        rt.Enqueue(new WheelEvent(50, 30, 0, 1000));
        rt.Settle();
        // 5 rows of 30 under a 44-high viewport (60 less the 10 and 6 of the top and bottom borders): at most 106.
        Assert.Equal(106, list.ScrollY);
    }
}

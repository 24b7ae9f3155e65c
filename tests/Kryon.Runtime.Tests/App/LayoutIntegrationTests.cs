namespace Kryon.Runtime.Tests.App;

/// <summary>The runtime lays out what the KRY layout model says, with the extension properties overriding only where they are set.</summary>
public class LayoutIntegrationTests
{
    [Fact]
    public void Gap_spaces_children_when_no_row_or_column_gap_is_set()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { id: "row"; layout: row; gap: 12
                    Container { id: "a"; width: 30; height: 10 }
                    Container { id: "b"; width: 30; height: 10 }
                }
            }
            """);
        Assert.Equal(rt.ById("a").ScreenBox.X + 30 + 12, rt.ById("b").ScreenBox.X);
    }

    [Fact]
    public void Column_gap_overrides_gap_on_its_axis_only()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { id: "row"; layout: row; gap: 12; column_gap: 4
                    Container { id: "a"; width: 30; height: 10 }
                    Container { id: "b"; width: 30; height: 10 }
                }
            }
            """);
        Assert.Equal(rt.ById("a").ScreenBox.X + 30 + 4, rt.ById("b").ScreenBox.X);
    }

    [Fact]
    public void An_unset_flex_direction_keeps_the_layout_byte()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { layout: row
                    Container { id: "a"; width: 30; height: 10 }
                    Container { id: "b"; width: 30; height: 10 }
                }
            }
            """);
        Assert.Equal(rt.ById("a").ScreenBox.Y, rt.ById("b").ScreenBox.Y);
        Assert.True(rt.ById("b").ScreenBox.X > rt.ById("a").ScreenBox.X);
    }

    [Fact]
    public void An_empty_input_is_one_line_high_and_keeps_it_while_typing_and_clearing()
    {
        var rt = AppTestKit.Start("""
            App {
                Container {
                    Input { id: "name"; font_size: 10 }
                }
            }
            """);
        float empty = rt.ById("name").ScreenBox.Height;
        Assert.True(empty > 0, $"empty Input is {empty}px high");
        rt.Click("name");
        rt.Type("Ada");
        Assert.Equal(empty, rt.ById("name").ScreenBox.Height);
        rt.Key("Backspace"); rt.Key("Backspace"); rt.Key("Backspace");
        Assert.Equal("", rt.Text("name"));
        Assert.Equal(empty, rt.ById("name").ScreenBox.Height);
    }

    [Fact]
    public void A_slider_without_a_size_is_ten_ems_wide_and_a_line_high_and_explicit_sizes_win()
    {
        var rt = AppTestKit.Start("""
            App {
                Container {
                    Slider { id: "plain"; font_size: 10 }
                    Slider { id: "wide"; font_size: 10; width: 240 }
                    Slider { id: "tall"; font_size: 10; height: 30 }
                }
            }
            """);
        Assert.Equal((100f, 12f), (rt.ById("plain").ScreenBox.Width, rt.ById("plain").ScreenBox.Height));
        Assert.Equal((240f, 12f), (rt.ById("wide").ScreenBox.Width, rt.ById("wide").ScreenBox.Height));
        Assert.Equal((100f, 30f), (rt.ById("tall").ScreenBox.Width, rt.ById("tall").ScreenBox.Height));
    }

    [Fact]
    public void A_border_colour_with_only_a_side_width_does_not_add_a_1px_border_elsewhere()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { id: "underlined"; border_bottom_width: 3; border_color: "#FB7185"
                    Container { id: "inner"; width: 50; height: 10 }
                }
                Container { id: "boxed"; border_color: "#FB7185"
                    Container { id: "inner2"; width: 50; height: 10 }
                }
            }
            """);
        var underlined = rt.ById("underlined").ScreenBox;
        Assert.Equal(underlined.Y, rt.ById("inner").ScreenBox.Y);
        Assert.Equal(underlined.X, rt.ById("inner").ScreenBox.X);
        Assert.Equal(13, underlined.Height);
        // A colour alone still means a 1px border all round (KRY.md §5.2).
        var boxed = rt.ById("boxed").ScreenBox;
        Assert.Equal(boxed.Y + 1, rt.ById("inner2").ScreenBox.Y);
        Assert.Equal(12, boxed.Height);
    }
}

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
                    Input { id: "name"; font_size: 10; line_height: 1.0 }
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
}

using Kryon.Registry;
using Kryon.Runtime.Events;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// max_width/max_height travel as custom properties (docs/KRB-extensions.md §3), so after KRY → KRB →
/// runtime they are maxima, never a preferred size, and combine with a width/height in the same block.
/// The test font makes every character 10×10 px; U+200B separates words.
/// </summary>
public class MaxSizeTests
{
    /// <summary>`n` five-letter words joined by zero-width spaces: 50 px each, breakable between them.</summary>
    private static string Words(int n) => string.Join('\u200B', Enumerable.Repeat("HHHHH", n));

    [Fact]
    public void A_max_width_alone_lets_short_text_be_as_wide_as_its_text()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { layout: row
                    Text { id: "short"; text: "Hello"; max_width: 300 }
                }
            }
            """);
        var box = rt.ById("short").ScreenBox;
        Assert.Equal((50f, 10f), (box.Width, box.Height));
        Assert.Equal(new LengthValue(Length.Px(300)), rt.ById("short").GetSpecified(PropertyRegistry.Get("max_width")));
        Assert.Null(rt.ById("short").GetSpecified(PropertyRegistry.Get("width")));
    }

    [Fact]
    public void A_max_width_wraps_long_text_at_the_maximum()
    {
        // 20 words of 50 px: 1000 px on one line; at 300 px six words fit a line, so 4 lines.
        var rt = AppTestKit.Start("""
            App {
                Container { layout: row
                    Text { id: "long"; text: "WORDS"; max_width: 300 }
                }
            }
            """.Replace("WORDS", Words(20)));
        var box = rt.ById("long").ScreenBox;
        Assert.Equal((300f, 40f), (box.Width, box.Height));
    }

    [Fact]
    public void A_style_with_a_percentage_width_and_a_max_width_is_the_smaller_of_the_two()
    {
        var rt = AppTestKit.Start("""
            style "half" { width: 50%; max_width: 100; height: 50%; max_height: 60 }
            App {
                Container { width: 400; height: 200
                    Container { id: "capped"; style: "half" }
                }
                Container { width: 150; height: 100
                    Container { id: "percent"; style: "half" }
                }
            }
            """);
        var capped = rt.ById("capped").ScreenBox;
        var percent = rt.ById("percent").ScreenBox;
        Assert.Equal((100f, 60f), (capped.Width, capped.Height)); // min(200, 100) × min(100, 60)
        Assert.Equal((75f, 50f), (percent.Width, percent.Height)); // min(75, 100) × min(50, 60)
    }

    [Fact]
    public void An_element_with_a_percentage_width_and_a_max_width_is_the_smaller_of_the_two()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { width: 400; height: 200
                    Container { id: "a"; width: 50%; max_width: 100; height: 50%; max_height: 60 }
                }
            }
            """);
        var box = rt.ById("a").ScreenBox;
        Assert.Equal((100f, 60f), (box.Width, box.Height));
    }

    [Fact]
    public void A_max_height_alone_caps_the_content_height_and_is_not_a_preferred_height()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { id: "capped"; width: 50; max_height: 30; overflow: hidden
                    Text { text: "WORDS" }
                }
                Container { id: "short"; width: 50; max_height: 30
                    Text { text: "HHHHH" }
                }
            }
            """.Replace("WORDS", Words(8)));
        Assert.Equal(30f, rt.ById("capped").ScreenBox.Height); // the text is 8 lines = 80 px
        Assert.Equal(10f, rt.ById("short").ScreenBox.Height); // one line, not 30
    }

    [Fact]
    public void A_max_width_on_a_component_usage_reaches_the_instance_root()
    {
        var rt = AppTestKit.Start("""
            Define Bubble {
                Container { layout: column
                    Text { text: "WORDS" }
                }
            }
            App {
                Container { layout: row
                    Bubble { id: "b"; max_width: 120 }
                }
                Container { width: 400
                    Bubble { id: "c"; width: 50%; max_width: 100 }
                }
            }
            """.Replace("WORDS", Words(4)));
        Assert.Equal((120f, 20f), (rt.ById("b").ScreenBox.Width, rt.ById("b").ScreenBox.Height)); // two words a line
        Assert.Equal(100f, rt.ById("c").ScreenBox.Width);
    }

    [Fact]
    public void A_max_width_in_a_state_set_applies_in_that_state_and_none_lifts_it()
    {
        var rt = AppTestKit.Start("""
            App {
                Container { id: "grow"; width: 200; height: 20; max_width: 50
                    &:hover { max_width: none }
                }
                Container { id: "shrink"; width: 200; height: 20
                    &:hover { max_width: 80 }
                }
            }
            """);
        Assert.Equal(50f, rt.ById("grow").ScreenBox.Width);
        Assert.Equal(200f, rt.ById("shrink").ScreenBox.Width);

        rt.Enqueue(new PointerMoveEvent(5, 5));
        rt.Settle();
        Assert.Equal(200f, rt.ById("grow").ScreenBox.Width);

        var shrink = rt.ById("shrink").ScreenBox;
        rt.Enqueue(new PointerMoveEvent(shrink.X + 5, shrink.Y + 5));
        rt.Settle();
        Assert.Equal(80f, rt.ById("shrink").ScreenBox.Width);
        Assert.Equal(50f, rt.ById("grow").ScreenBox.Width);
    }
}

using Kryon.Backends.Terminal.Rendering;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Terminal.Tests;

/// <summary>Display lists of small apps drawn into cells (8 × 16 px each).</summary>
public class GridRendererTests
{
    private static string[] Lines(string screen) => screen.TrimEnd('\n').Split('\n');

    [Fact]
    public void A_border_with_a_radius_has_rounded_corners()
    {
        var screen = TestApps.Screen("""
            App { window_width: 160; window_height: 80
                Container { width: 80; height: 48; border_width: 1; border_color: "#000000"; border_radius: 4 }
            }
            """, 20, 5);
        Assert.Equal(["╭────────╮", "│        │", "╰────────╯"], Lines(screen));
    }

    [Fact]
    public void A_border_without_a_radius_has_square_corners_a_thick_one_is_heavy_and_a_low_one_has_sides_only()
    {
        var screen = TestApps.Screen("""
            App { window_width: 160; window_height: 80; layout: row
                Container { width: 32; height: 48; border_width: 1; border_color: "#000000" }
                Container { width: 32; height: 48; border_width: 2; border_color: "#000000" }
                Container { width: 32; height: 32; border_width: 1; border_color: "#000000" }
            }
            """, 20, 5);
        // Two rows high: lines above and below would cross the text inside, so only the sides show.
        Assert.Equal(["┌──┐┏━━┓│  │", "│  │┃  ┃│  │", "└──┘┗━━┛"], Lines(screen));
    }

    [Fact]
    public void A_border_on_some_sides_draws_those_sides_only_each_at_its_own_weight()
    {
        var screen = TestApps.Screen("""
            App { window_width: 160; window_height: 80; layout: row; gap: 8
                Container { width: 48; height: 48; border_bottom_width: 1; border_color: "#000000" }
                Container { width: 48; height: 48; border_top_width: 2; border_left_width: 1; border_color: "#000000" }
            }
            """, 20, 5);
        // An underline; then a heavy top and a light left side, joined by the heavier corner.
        Assert.Equal(["       ┏━━━━━", "       │", "────── │"], Lines(screen));
    }

    [Fact]
    public void Selected_text_in_a_focused_Input_keeps_its_letters_on_a_highlighted_background()
    {
        var runtime = TestApps.Start("""
            App { window_width: 160; window_height: 80; background_color: "#FFFFFF"
                Input { id: "name"; width: 120; height: 16; value: "abcdef"; text_color: "#000000" }
            }
            """, 20, 5);
        runtime.SetFocus(runtime.GetElementById("name"));
        runtime.Enqueue(new KeyDownEvent("End"));
        runtime.Enqueue(new KeyDownEvent("ArrowLeft", KeyModifiers.Shift));
        runtime.Enqueue(new KeyDownEvent("ArrowLeft", KeyModifiers.Shift)); // "ef" selected
        TestApps.Frames(runtime);
        var grid = TestApps.Render(runtime, 20, 5);
        Assert.Equal("abcdef", Lines(grid.ToText())[0].TrimEnd());
        uint plain = grid[0, 0].Background;
        Assert.Equal(0xFFFFFFu, plain);
        Assert.NotEqual(plain, grid[4, 0].Background); // e and f: the selection's blue over white
        Assert.NotEqual(plain, grid[5, 0].Background);
        Assert.Equal(grid[4, 0].Background, grid[5, 0].Background);
        Assert.Equal(plain, grid[3, 0].Background);
        Assert.Equal('e', grid[4, 0].Rune);
    }

    [Fact]
    public void Fills_set_backgrounds_and_text_keeps_them()
    {
        var runtime = TestApps.Start("""
            App { window_width: 160; window_height: 80; background_color: "#101010"
                Container { width: 80; height: 32; background_color: "#FF0000"
                    Text { text: "Hi"; text_color: "#00FF00"; font_weight: bold }
                }
            }
            """, 20, 5);
        var grid = TestApps.Render(runtime, 20, 5);
        Assert.Equal(new Cell('H', 0x00FF00, 0xFF0000, CellStyle.Bold), grid[0, 0]);
        Assert.Equal(new Cell(' ', Cell.DefaultColor, 0xFF0000, CellStyle.None), grid[5, 1]);
        Assert.Equal(0x101010u, grid[15, 3].Background);
    }

    [Fact]
    public void Wide_characters_take_two_cells()
    {
        var grid = TestApps.Render(TestApps.Start("""App { window_width: 160; window_height: 80; Text { text: "漢字ab" } }""", 20, 5), 20, 5);
        Assert.Equal('漢', grid[0, 0].Rune);
        Assert.Equal(Cell.WideTail, grid[1, 0].Rune);
        Assert.Equal('字', grid[2, 0].Rune);
        Assert.Equal('a', grid[4, 0].Rune);
        Assert.Equal("漢字ab", Lines(grid.ToText())[0]);
    }

    [Fact]
    public void Clipping_cuts_text_and_never_leaves_half_a_wide_character()
    {
        var screen = TestApps.Screen("""
            App { window_width: 160; window_height: 80
                Container { width: 40; height: 16; overflow: hidden; Text { text: "Helloworldclipped" } }
                Container { width: 16; height: 16; overflow: hidden; Text { text: "a漢字" } }
            }
            """, 20, 5);
        var lines = Lines(screen);
        Assert.Equal("Hello", lines[0]);
        Assert.Equal("a", lines[1]);
    }

    [Fact]
    public void Text_is_centred_like_the_painter_centres_it()
    {
        var screen = TestApps.Screen("""
            App { window_width: 160; window_height: 80
                Button { width: 80; height: 48; text: "OK"; text_alignment: center; border_width: 1; border_color: "#000000" }
            }
            """, 20, 5);
        Assert.Equal(["┌────────┐", "│   OK   │", "└────────┘"], Lines(screen));
    }

    [Fact]
    public void The_focused_inputs_caret_is_the_cursor()
    {
        var runtime = TestApps.Start("""
            App { window_width: 320; window_height: 80
                Input { id: "name"; width: 160; height: 16 }
            }
            """, 40, 5);
        Assert.Null(TestApps.Render(runtime, 40, 5).Cursor);
        runtime.SetFocus(runtime.GetElementById("name"));
        runtime.Enqueue(new TextInputEvent("abc"));
        TestApps.Frames(runtime);
        var grid = TestApps.Render(runtime, 40, 5);
        Assert.Equal("abc", Lines(grid.ToText())[0]);
        Assert.Equal((3, 0), grid.Cursor);
    }

    [Fact]
    public void Long_text_that_does_not_wrap_ends_with_an_ellipsis()
    {
        var screen = TestApps.Screen("""
            App { window_width: 160; window_height: 80
                Button { width: 48; height: 16; text: "Submit form" }
            }
            """, 20, 5);
        Assert.Equal("Submi…", Lines(screen)[0]);
    }
}

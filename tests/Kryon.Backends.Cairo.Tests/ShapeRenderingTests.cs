using Kryon.Values;
using static Kryon.Backends.Cairo.Tests.TestDisplayLists;

namespace Kryon.Backends.Cairo.Tests;

public class ShapeRenderingTests
{
    [Fact]
    public void A_fill_is_its_colour_inside_and_the_background_outside()
    {
        var image = Render(List(40, 30, White, Fill(10, 5, 20, 10, Red)));
        Assert.Equal((40, 30), (image.Width, image.Height));
        AssertColor(Red, image.GetPixel(10, 5));
        AssertColor(Red, image.GetPixel(29, 14));
        AssertColor(Red, image.GetPixel(20, 10));
        AssertColor(White, image.GetPixel(9, 10));
        AssertColor(White, image.GetPixel(30, 10));
        AssertColor(White, image.GetPixel(20, 4));
        AssertColor(White, image.GetPixel(20, 15));
    }

    [Fact]
    public void The_window_background_fills_the_surface_and_an_unset_one_is_white()
    {
        var blue = Render(List(8, 8, Blue));
        AssertColor(Blue, blue.GetPixel(0, 0));
        AssertColor(Blue, blue.GetPixel(7, 7));
        var unset = Render(List(8, 8, Color.Transparent));
        AssertColor(White, unset.GetPixel(3, 3));
    }

    [Fact]
    public void A_rounded_corner_pixel_shows_the_background()
    {
        var image = Render(List(60, 60, White, Fill(10, 10, 40, 40, Red, radius: 12)));
        AssertColor(White, image.GetPixel(10, 10));
        AssertColor(White, image.GetPixel(49, 49));
        AssertColor(Red, image.GetPixel(30, 10)); // the middle of the top edge is not rounded
        AssertColor(Red, image.GetPixel(14, 14)); // inside the arc
    }

    [Fact]
    public void A_radius_larger_than_half_the_box_is_clamped_to_a_pill()
    {
        // 40×20 with radius 100: the ends are half circles of radius 10, the middle stays straight.
        var image = Render(List(60, 40, White, Fill(10, 10, 40, 20, Red, radius: 100)));
        AssertColor(Red, image.GetPixel(30, 10));
        AssertColor(Red, image.GetPixel(30, 29));
        AssertColor(Red, image.GetPixel(11, 20)); // the leftmost point of the left half circle
        AssertColor(White, image.GetPixel(10, 10));
    }

    [Fact]
    public void A_border_is_drawn_inside_the_bounds_at_its_width()
    {
        var image = Render(List(40, 40, White, Fill(10, 10, 20, 20, Blue), Border(10, 10, 20, 20, Red, width: 3)));
        AssertColor(Red, image.GetPixel(10, 20));   // outer edge
        AssertColor(Red, image.GetPixel(12, 20));   // last border pixel
        AssertColor(Blue, image.GetPixel(13, 20));  // first inner pixel
        AssertColor(Red, image.GetPixel(20, 29));
        AssertColor(Blue, image.GetPixel(20, 26));
        AssertColor(Blue, image.GetPixel(20, 20));
        AssertColor(White, image.GetPixel(9, 20));  // nothing outside the bounds
        AssertColor(White, image.GetPixel(30, 20));
    }

    [Fact]
    public void A_rounded_border_leaves_its_corner_to_the_background()
    {
        var image = Render(List(40, 40, White, Border(5, 5, 30, 30, Red, width: 2, radius: 10)));
        AssertColor(White, image.GetPixel(5, 5));
        AssertColor(Red, image.GetPixel(20, 5));
        AssertColor(White, image.GetPixel(20, 20)); // the inside of a border is not filled
    }

    [Fact]
    public void A_clip_hides_what_is_outside_it_until_it_is_popped()
    {
        var image = Render(List(40, 40, White,
            PushClip(10, 10, 10, 10),
            Fill(0, 0, 40, 40, Red),
            PopClip(),
            Fill(30, 30, 5, 5, Blue)));
        AssertColor(Red, image.GetPixel(15, 15));
        AssertColor(White, image.GetPixel(5, 5));
        AssertColor(White, image.GetPixel(25, 15));
        AssertColor(Blue, image.GetPixel(32, 32)); // drawn after the pop: not clipped
    }

    [Fact]
    public void A_rounded_clip_cuts_the_corners()
    {
        var image = Render(List(40, 40, White, PushClip(0, 0, 40, 40, radius: 15), Fill(0, 0, 40, 40, Red), PopClip()));
        AssertColor(White, image.GetPixel(0, 0));
        AssertColor(Red, image.GetPixel(20, 20));
    }

    [Fact]
    public void Half_opacity_blends_with_what_is_below()
    {
        var image = Render(List(20, 20, White, PushOpacity(0.5f), Fill(0, 0, 20, 20, Red), PopOpacity()));
        AssertColor(new Color(255, 128, 128, 255), image.GetPixel(10, 10));
    }

    [Fact]
    public void An_opacity_group_composites_overlapping_children_once()
    {
        // CSS opacity: a blue square over a red one inside the group shows blue at 50%, not a mix of both.
        var image = Render(List(20, 20, White, PushOpacity(0.5f), Fill(0, 0, 20, 20, Red), Fill(0, 0, 20, 20, Blue), PopOpacity()));
        AssertColor(new Color(128, 128, 255, 255), image.GetPixel(10, 10));
    }

    [Fact]
    public void A_caret_is_a_filled_rectangle()
    {
        var caret = new Kryon.Runtime.Rendering.DisplayCommand(Kryon.Runtime.Rendering.DisplayCommandKind.Caret, new(5, 2, 1, 10), Black);
        var image = Render(List(12, 14, White, caret));
        AssertColor(Black, image.GetPixel(5, 6));
        AssertColor(White, image.GetPixel(6, 6));
        AssertColor(White, image.GetPixel(4, 6));
    }

    [Fact]
    public void Unbalanced_pops_and_pushes_do_not_break_the_frame()
    {
        var image = Render(List(20, 20, White, PopClip(), PopOpacity(), PushOpacity(0.5f), PushClip(0, 0, 10, 20), Fill(0, 0, 20, 20, Red)));
        AssertColor(new Color(255, 128, 128, 255), image.GetPixel(5, 10));
        AssertColor(White, image.GetPixel(15, 10));
    }

    [Fact]
    public void A_scale_of_two_renders_twice_the_pixels_with_the_same_picture()
    {
        var image = Render(List(20, 10, White, Fill(5, 0, 5, 5, Red)), scale: 2);
        Assert.Equal((40, 20), (image.Width, image.Height));
        AssertColor(Red, image.GetPixel(10, 0));
        AssertColor(Red, image.GetPixel(19, 9));
        AssertColor(White, image.GetPixel(20, 5));
        AssertColor(White, image.GetPixel(15, 10));
    }

    [Fact]
    public void Edges_are_anti_aliased()
    {
        // A fill on a half-pixel edge covers that column half: neither red nor white.
        var image = Render(List(10, 4, White, Fill(0, 0, 4.5f, 4, Red)));
        var edge = image.GetPixel(4, 2);
        Assert.InRange(edge.G, 100, 160);
    }
}

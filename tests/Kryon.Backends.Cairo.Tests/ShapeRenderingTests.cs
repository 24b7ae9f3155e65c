using Kryon.Runtime.Rendering;
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
    public void Each_side_of_a_border_is_drawn_at_its_own_width_and_a_zero_side_not_at_all()
    {
        // An underline-style border: 4 px at the bottom, 1 px on the left, nothing at the top and right.
        var image = Render(List(40, 40, White, Fill(10, 10, 20, 20, Blue), Border(10, 10, 20, 20, Red, new BorderWidths(0, 0, 4, 1))));
        AssertColor(Blue, image.GetPixel(20, 10));  // no top border
        AssertColor(Blue, image.GetPixel(29, 20));  // no right border
        AssertColor(Red, image.GetPixel(20, 26));   // first of the four bottom rows
        AssertColor(Red, image.GetPixel(20, 29));
        AssertColor(Blue, image.GetPixel(20, 25));
        AssertColor(Red, image.GetPixel(10, 15));   // the 1 px left side
        AssertColor(Blue, image.GetPixel(11, 15));
        AssertColor(White, image.GetPixel(20, 30)); // nothing outside the bounds
    }

    [Fact]
    public void Uneven_sides_of_a_rounded_border_meet_in_an_elliptical_inner_corner()
    {
        // Outer radius 12; top 2, left 8: the inner top-left corner is 4 wide and 10 high (CSS inner radii).
        var image = Render(List(60, 60, White, Border(10, 10, 40, 40, Red, new BorderWidths(2, 2, 2, 8), radius: 12)));
        AssertColor(White, image.GetPixel(10, 10));  // the outer corner is cut
        AssertColor(White, image.GetPixel(30, 30));  // the inside is not filled
        AssertColor(Red, image.GetPixel(10, 30));    // the left side, 8 wide
        AssertColor(Red, image.GetPixel(17, 30));
        AssertColor(White, image.GetPixel(18, 30));
        AssertColor(Red, image.GetPixel(30, 11));    // the top side, 2 high
        AssertColor(White, image.GetPixel(30, 12));
        // The inner corner is a quarter ellipse centred at (22, 22) with radii 4 and 10. (18, 14) lies
        // outside it, so it is border — a circular corner of radius 4 would leave it empty; (21, 13) lies
        // inside it, so it is padding — a circular corner of radius 10 would make it border.
        AssertColor(Red, image.GetPixel(18, 14));
        AssertColor(White, image.GetPixel(21, 13));
        AssertColor(White, image.GetPixel(21, 19));
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

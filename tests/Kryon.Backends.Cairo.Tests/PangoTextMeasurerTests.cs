using FsCheck;
using FsCheck.Fluent;
using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Native;
using Kryon.Backends.Cairo.Text;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Text;
using Kryon.Values;
using static Kryon.Backends.Cairo.Native.PangoNative;

namespace Kryon.Backends.Cairo.Tests;

public class PangoTextMeasurerTests
{
    private static readonly TextStyle Sans16 = TextStyle.Default;

    private static PangoTextMeasurer Measurer(TextStyle? style = null) => new(_ => style ?? Sans16);

    /// <summary>The unwrapped logical width of a Pango layout set up by hand, without the measurer or the engine.</summary>
    private static unsafe float DirectPangoWidth(string text, string family, float sizePx)
    {
        using var fontMap = PangoCairoNative.pango_cairo_font_map_new();
        using var context = pango_font_map_create_context(fontMap);
        using var options = CairoNative.cairo_font_options_create();
        CairoNative.cairo_font_options_set_hint_metrics(options, CairoHintMetrics.Off);
        PangoCairoNative.pango_cairo_context_set_font_options(context, options);
        pango_context_set_round_glyph_positions(context, false);
        using var layout = pango_layout_new(context);
        using var font = pango_font_description_new();
        pango_font_description_set_family(font, family);
        pango_font_description_set_absolute_size(font, sizePx * Scale);
        pango_layout_set_font_description(layout, font);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        fixed (byte* p = bytes) pango_layout_set_text(layout, p, bytes.Length);
        PangoRectangle logical;
        pango_layout_get_extents(layout, null, &logical);
        return logical.Width / (float)Scale;
    }

    [Fact]
    public void Max_content_width_is_what_Pango_reports_for_the_same_font()
    {
        using var measurer = Measurer();
        const string text = "Hello, Kryon layout!";
        float direct = DirectPangoWidth(text, "sans-serif", 16);
        Assert.True(direct > 100, $"a real font measured {direct}");
        Assert.Equal(MathF.Ceiling(direct), measurer.MaxContentWidth(new LayoutNode(), text));
    }

    [Fact]
    public void A_different_estimate_than_the_fixed_advance_guess()
    {
        // "iiii" and "MMMM" have the same length but very different widths in a real font.
        using var measurer = Measurer();
        Assert.True(measurer.MaxContentWidth(new LayoutNode(), "MMMM") > 2 * measurer.MaxContentWidth(new LayoutNode(), "iiii"));
    }

    [Fact]
    public void Min_content_is_the_widest_word()
    {
        using var measurer = Measurer();
        var node = new LayoutNode();
        float min = measurer.MinContentWidth(node, "a few words: extraordinarily long");
        float widest = measurer.MaxContentWidth(node, "extraordinarily");
        Assert.InRange(min, widest - 1, widest + 5); // the word, perhaps with its trailing space
        Assert.True(min < measurer.MaxContentWidth(node, "a few words: extraordinarily long"));
    }

    [Fact]
    public void One_line_is_font_size_times_line_height_tall_rounded_up()
    {
        using var measurer = Measurer();
        Assert.Equal(20, measurer.HeightForWidth(new LayoutNode(), "Hello", 1000)); // 16 × 1.2 = 19.2
        using var tall = Measurer(Sans16 with { LineHeight = 2 });
        Assert.Equal(32, tall.HeightForWidth(new LayoutNode(), "Hello", 1000));
        Assert.Equal(64, tall.HeightForWidth(new LayoutNode(), "Hello\nworld", 1000));
    }

    [Fact]
    public void Narrow_widths_wrap_into_more_lines()
    {
        using var measurer = Measurer();
        var node = new LayoutNode();
        const string text = "the quick brown fox jumps over the lazy dog";
        float oneLine = measurer.HeightForWidth(node, text, measurer.MaxContentWidth(node, text));
        float wrapped = measurer.HeightForWidth(node, text, measurer.MinContentWidth(node, text));
        Assert.Equal(20, oneLine);
        Assert.True(wrapped >= 5 * 19.2f, $"one word per line: {wrapped}");
    }

    [Fact]
    public void Single_line_text_never_wraps()
    {
        using var measurer = Measurer(Sans16 with { Wrap = false });
        var node = new LayoutNode();
        const string text = "Save all changes";
        Assert.Equal(measurer.MaxContentWidth(node, text), measurer.MinContentWidth(node, text));
        Assert.Equal(20, measurer.HeightForWidth(node, text, 10));
    }

    [Fact]
    public void Letter_spacing_and_weight_change_the_width()
    {
        var node = new LayoutNode();
        using var plain = Measurer();
        using var spaced = Measurer(Sans16 with { LetterSpacing = 2 });
        using var bold = Measurer(Sans16 with { FontWeight = 700 });
        float w = plain.MaxContentWidth(node, "Spacing");
        Assert.InRange(spaced.MaxContentWidth(node, "Spacing") - w, 12, 16); // ≈ 7 characters × 2px
        Assert.True(bold.MaxContentWidth(node, "Spacing") > w);
    }

    [Fact]
    public void Empty_text_is_one_line_high_and_zero_wide()
    {
        using var measurer = Measurer();
        Assert.Equal(0, measurer.MaxContentWidth(new LayoutNode(), ""));
        Assert.InRange(measurer.HeightForWidth(new LayoutNode(), "", 100), 19, 20);
    }

    [Fact]
    public void Layouts_are_cached_per_text_and_style()
    {
        using var measurer = Measurer();
        var node = new LayoutNode();
        measurer.MaxContentWidth(node, "cached");
        measurer.MinContentWidth(node, "cached");
        measurer.HeightForWidth(node, "cached", 10);
        Assert.Equal(1, measurer.CachedLayouts);
        measurer.MaxContentWidth(node, "other");
        Assert.Equal(2, measurer.CachedLayouts);
    }

    [Fact]
    public void A_full_cache_starts_over_and_still_measures_the_same()
    {
        using var measurer = new PangoTextMeasurer(_ => Sans16) { CacheCapacity = 4 };
        var node = new LayoutNode();
        float first = measurer.MaxContentWidth(node, "text 0");
        for (int i = 1; i < 10; i++) measurer.MaxContentWidth(node, $"text {i}");
        Assert.True(measurer.CachedLayouts <= 4);
        Assert.Equal(first, measurer.MaxContentWidth(node, "text 0"));
    }

    [Fact]
    public void Height_never_grows_when_the_width_grows()
    {
        using var measurer = Measurer();
        var node = new LayoutNode();
        // One font only: a word drawn in a fallback font (東京 in a CJK face) makes its line taller,
        // so a wider box that moves it onto a line with Latin words can come out taller overall.
        var words = Gen.Elements("a", "kryon", "layout", "flexbox", "wrap", "W", "iii", "measure", "text", "pango", "—", "ok.");
        var texts = Gen.ArrayOf(words).Select(ws => string.Join(" ", ws));
        var widths = Gen.Choose(1, 400);
        Prop.ForAll(texts.ToArbitrary(), widths.ToArbitrary(), widths.ToArbitrary(), (text, a, b) =>
        {
            float w1 = Math.Min(a, b), w2 = Math.Max(a, b);
            return measurer.HeightForWidth(node, text, w1) >= measurer.HeightForWidth(node, text, w2);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Remembered_heights_equal_a_fresh_layout_at_every_width()
    {
        // The measurer answers from earlier layouts for ranges of widths (greedy breaking); a
        // measurer that forgets everything before each question must agree with it.
        using var remembering = Measurer();
        using var fresh = Measurer();
        var node = new LayoutNode();
        var words = Gen.Elements("a", "kryon", "layout", "flexbox", "W", "iii", "measure,", "東京", "extraordinarily", "\n");
        var texts = Gen.ArrayOf(words).Select(ws => string.Join(" ", ws));
        var widths = Gen.ArrayOf(Gen.Choose(1, 3000).Select(w => w / 10f));
        Prop.ForAll(texts.ToArbitrary(), widths.ToArbitrary(), (text, ws) =>
        {
            foreach (float w in ws)
            {
                fresh.Clear();
                if (remembering.HeightForWidth(node, text, w) != fresh.HeightForWidth(node, text, w)) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_box_of_the_measured_size_holds_the_text_as_it_is_drawn()
    {
        // The painter's own set-up for wrapped text that must not overflow: if the measured box were
        // a pixel short anywhere, Pango would cut a line and ellipsize.
        using var engine = new PangoTextEngine();
        using var measurer = new PangoTextMeasurer(engine, ownsEngine: false, _ => Sans16);
        var node = new LayoutNode();
        var words = Gen.Elements("a", "kryon", "layout", "flexbox", "W", "iii", "measure,", "東京", "extraordinarily", "\n", "   ", "مرحبا");
        var texts = Gen.ArrayOf(words).Select(ws => string.Join(" ", ws));
        Prop.ForAll(texts.ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (text, w) =>
        {
            // Layout never makes a text box narrower than min-content, and its boxes are whole pixels.
            float width = Math.Max(measurer.MinContentWidth(node, text), w);
            float height = measurer.HeightForWidth(node, text, width);
            var run = new TextRun(text, Sans16.FontFamily, Sans16.FontSize, Sans16.FontWeight, false, new Color(0, 0, 0, 255),
                TextAlign.Start, Sans16.LineHeight, Wrap: true, Ellipsis: true);
            using var layout = engine.CreateLayout(text, Sans16);
            TextPainter.Prepare(layout, new LayoutBox(0, 0, width, height), run);
            return !pango_layout_is_ellipsized(layout);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Min_content_never_exceeds_max_content()
    {
        using var measurer = Measurer();
        var node = new LayoutNode();
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), s =>
        {
            string text = s.Get.Replace('\0', ' ');
            return measurer.MinContentWidth(node, text) <= measurer.MaxContentWidth(node, text);
        }).QuickCheckThrowOnFailure();
    }
}

using Kryon.Backends.Cairo.Output;
using Kryon.Backends.Cairo.Text;
using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime;
using Kryon.Runtime.Events;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Values;
using static Kryon.Backends.Cairo.Tests.TestDisplayLists;

namespace Kryon.Backends.Cairo.Tests;

/// <summary>Controls end to end (KRY → runtime with Pango metrics → cairo pixels): an Input's caret on its text line, a Slider's track and thumb.</summary>
public class ControlRenderingTests
{
    private static KryonRuntime Run(string kry, PangoTextMeasurer measurer)
    {
        var compiled = KryCompiler.CheckText("test.kry", kry);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        var bytes = KrbWriter.Write(compiled.App!, new DiagnosticBag());
        Assert.NotNull(bytes);
        var runtime = KryonRuntime.Load(KrbReader.Read(bytes), new RuntimeOptions { Measurer = measurer });
        runtime.Start();
        Frames(runtime);
        return runtime;
    }

    private static void Frames(KryonRuntime runtime)
    {
        for (int i = 0; i < 3; i++) runtime.RunFrame(runtime.NowMs + 16);
    }

    private static void Key(KryonRuntime runtime, string key)
    {
        runtime.Enqueue(new KeyDownEvent(key, KeyModifiers.None));
        Frames(runtime);
    }

    private static DisplayCommand CaretOf(KryonRuntime runtime) => Assert.Single(runtime.DisplayList.Commands.ToArray(), c => c.Kind == DisplayCommandKind.Caret);

    // A tall Input: single-line text is centred vertically in it, far from the content box's top.
    private const string TallInput = """
        App {
            window_width: 300
            window_height: 100
            background_color: "#FFFFFF"
            padding: 10
            Input { id: "f"; width: 200; height: 60; padding: "0 10"; font_size: 16; value: "Hxy"; text_color: "#000000"; background_color: "#FFFFFF" }
        }
        """;

    [Fact]
    public void A_selection_is_tinted_behind_the_glyphs_and_a_composition_underlined()
    {
        using var measurer = new PangoTextMeasurer();
        var runtime = Run(TallInput, measurer);
        runtime.SetFocus(runtime.GetElementById("f"));
        runtime.Enqueue(new KeyDownEvent("End", KeyModifiers.None));
        runtime.Enqueue(new KeyDownEvent("Home", KeyModifiers.Shift)); // "Hxy" selected
        Frames(runtime);
        var caret = CaretOf(runtime);
        var selected = CairoBackend.RenderToPixels(runtime.DisplayList);
        // Above the glyphs but inside the line box: the selection colour over white, not white.
        var tint = selected.GetPixel(24, (int)caret.Bounds.Y + 1);
        Assert.True(tint.B > 240 && tint.R < 200 && tint.G < 230, $"selection pixel {tint}");
        // The glyphs stay black on it (drawn over the highlight).
        Assert.Contains(InkRows(selected, 22, 40), _ => true);

        runtime.Enqueue(new KeyDownEvent("End", KeyModifiers.None));
        runtime.Enqueue(new CompositionEvent("ab", 2));
        Frames(runtime);
        var composing = CairoBackend.RenderToPixels(runtime.DisplayList);
        var line = CaretOf(runtime).Bounds;
        // The underline: ink on the line box's bottom rows under the composed letters, none under the committed ones.
        int underlineRow = (int)(line.Bottom - 2);
        float composedStart = runtime.DisplayList.Commands.ToArray().Single(c => c.Kind == DisplayCommandKind.Text).Bounds.X
            + TextPlacement.CaretX(measurer, runtime.GetElementById("f")!, 180, "Hxyab", 3);
        Assert.True(IsInk(composing.GetPixel((int)composedStart + 3, underlineRow)), "under the composition");
        Assert.False(IsInk(composing.GetPixel(21, underlineRow)), "under the committed H");
    }

    [Fact]
    public void The_caret_column_covers_the_rows_the_text_is_inked_on()
    {
        using var measurer = new PangoTextMeasurer();
        var runtime = Run(TallInput, measurer);
        runtime.SetFocus(runtime.GetElementById("f"));
        Key(runtime, "Home"); // the caret before "H", at the content box's left edge
        var caret = CaretOf(runtime);
        Assert.Equal(20, caret.Bounds.X);
        var image = CairoBackend.RenderToPixels(runtime.DisplayList);

        var caretRows = InkRows(image, 20, 20);
        var textRows = InkRows(image, 22, 200);
        Assert.NotEmpty(caretRows);
        Assert.NotEmpty(textRows);
        // The glyphs (cap height to the descender of "y") lie within the line the caret spans, and that
        // line is well below the content box's top (10), where the caret used to be drawn.
        Assert.InRange(textRows.Min(), caretRows.Min(), caretRows.Max());
        Assert.InRange(textRows.Max(), caretRows.Min(), caretRows.Max());
        Assert.True(caretRows.Min() > 25, $"caret rows {caretRows.Min()}..{caretRows.Max()}");
        // And the caret is exactly one line (16 × 1.2) high, centred in the 60 px box.
        Assert.Equal(10 + (60 - 19.2f) / 2, caret.Bounds.Y, 3);
        Assert.Equal(19.2f, caret.Bounds.Height, 3);
    }

    [Fact]
    public void The_caret_after_text_stands_at_the_exact_glyph_edge_pango_reports()
    {
        using var measurer = new PangoTextMeasurer();
        var runtime = Run(TallInput, measurer);
        var input = runtime.GetElementById("f")!;
        runtime.SetFocus(input);
        Key(runtime, "End");
        var (lineWidth, caretX) = measurer.Caret(input.LayoutNode, "Hxy", 3);
        Assert.Equal(lineWidth, caretX, 3);
        Assert.Equal(20 + caretX, CaretOf(runtime).Bounds.X, 3);
        Assert.True(caretX <= measurer.MaxContentWidth(input.LayoutNode, "Hxy")); // not the width rounded up for layout
        Key(runtime, "ArrowLeft");
        Assert.Equal(20 + measurer.Caret(input.LayoutNode, "Hxy", 2).CaretX, CaretOf(runtime).Bounds.X, 3);
    }

    [Fact]
    public void A_slider_draws_its_track_the_filled_part_and_the_thumb()
    {
        using var measurer = new PangoTextMeasurer();
        // Box (10, 10, 216, 20): the thumb's centre travels x 18..218, one px per unit of 0..200; value 50 → x 68.
        var runtime = Run("""
            App {
                window_width: 300
                window_height: 40
                background_color: "#FFFFFF"
                padding: 10
                Slider { id: "s"; width: 216; height: 20; min: 0; max: 200; value: 50 }
            }
            """, measurer);
        var image = CairoBackend.RenderToPixels(runtime.DisplayList);
        AssertColor(SliderPainter.DefaultAccent, image.GetPixel(68, 20)); // thumb centre
        AssertColor(SliderPainter.DefaultAccent, image.GetPixel(68, 14)); // thumb, above the track
        AssertColor(SliderPainter.DefaultAccent, image.GetPixel(30, 20)); // filled part (track y 18..22)
        AssertColor(SliderPainter.DefaultTrack, image.GetPixel(150, 20)); // the rest of the track
        AssertColor(White, image.GetPixel(150, 14)); // above the track, away from the thumb
        AssertColor(White, image.GetPixel(68, 29)); // below the thumb (16 px: y 12..28)
    }

    /// <summary>The rows with an ink pixel in columns <paramref name="fromX"/>..<paramref name="toX"/>.</summary>
    private static List<int> InkRows(RenderedImage image, int fromX, int toX)
    {
        var rows = new List<int>();
        for (int y = 0; y < image.Height; y++)
            for (int x = fromX; x <= toX; x++)
                if (IsInk(image.GetPixel(x, y)))
                {
                    rows.Add(y);
                    break;
                }
        return rows;
    }
}

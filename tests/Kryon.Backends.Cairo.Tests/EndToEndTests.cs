using Kryon.Backends.Cairo.Text;
using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using static Kryon.Backends.Cairo.Tests.TestDisplayLists;

namespace Kryon.Backends.Cairo.Tests;

/// <summary>KRY → KRB → runtime laid out with Pango metrics → display list → cairo pixels, as `kryon render` will do it.</summary>
public class EndToEndTests
{
    private static KryonRuntime Run(string kry, PangoTextMeasurer measurer, float width, float height)
    {
        var compiled = KryCompiler.CheckText("test.kry", kry);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(compiled.App!, bag);
        Assert.NotNull(bytes);
        var runtime = KryonRuntime.Load(KrbReader.Read(bytes), new RuntimeOptions { Measurer = measurer, Width = width, Height = height });
        runtime.Start();
        for (int i = 1; i <= 3; i++) runtime.RunFrame(i * 16);
        return runtime;
    }

    private const string App = """
        App {
            window_width: 320
            window_height: 200
            background_color: "#FFFFFF"
            layout: column
            padding: 10
            gap: 8
            Text { id: "title"; text: "Hello from Pango"; font_size: 20; font_weight: bold; text_color: "#000000" }
            Text { id: "body"; width: 150; text: "A paragraph long enough to wrap over a few lines in its box."; text_color: "#000000" }
            Button { id: "ok"; text: "OK"; padding: "4 12"; background_color: "#4F46E5"; text_color: "#FFFFFF"; border_radius: 6 }
        }
        """;

    [Fact]
    public void Text_sized_by_the_pango_measurer_draws_inside_the_box_layout_gave_it()
    {
        using var measurer = new PangoTextMeasurer();
        var runtime = Run(App, measurer, 320, 200);
        var image = CairoBackend.RenderToPixels(runtime.DisplayList);
        Assert.Equal((320, 200), (image.Width, image.Height));

        foreach (var id in new[] { "title", "body" })
        {
            var box = runtime.GetElementById(id)!.ScreenBox;
            var ink = InkBounds(image, box);
            Assert.True(ink.Count > 20, $"{id} drew {ink.Count} ink pixels in {box}");
            Assert.Equal(0, InkOutside(image, box, runtime));
        }
        // The title is one line: layout measured it with the same Pango metrics, so it did not wrap when drawn.
        var title = runtime.GetElementById("title")!.ScreenBox;
        Assert.InRange(title.Height, 24, 24); // 20px × 1.2
        var body = runtime.GetElementById("body")!.ScreenBox;
        Assert.True(body.Height >= 3 * 19, $"the paragraph wraps: {body}");
    }

    [Fact]
    public void The_pango_measurer_reads_the_element_style()
    {
        using var measurer = new PangoTextMeasurer();
        var runtime = Run(App, measurer, 320, 200);
        var title = runtime.GetElementById("title")!;
        var style = Kryon.Runtime.Text.TextStyle.Of(title);
        Assert.Equal((20f, 700), (style.FontSize, style.FontWeight));
        var (_, max, _) = measurer.Measure("Hello from Pango", style);
        Assert.Equal(max, title.ScreenBox.Width);
        Assert.False(Kryon.Runtime.Text.TextStyle.Of(runtime.GetElementById("ok")).Wrap); // a Button holds one line
    }

    private static List<(int X, int Y)> InkBounds(Kryon.Backends.Cairo.Output.RenderedImage image, LayoutBox box)
    {
        var ink = new List<(int, int)>();
        for (int y = (int)box.Y; y < (int)box.Bottom; y++)
            for (int x = (int)box.X; x < (int)box.Right; x++)
                if (IsInk(image.GetPixel(x, y))) ink.Add((x, y));
        return ink;
    }

    /// <summary>Dark pixels near the text box but outside it (the button below is blue and excluded by being out of range).</summary>
    private static int InkOutside(Kryon.Backends.Cairo.Output.RenderedImage image, LayoutBox box, KryonRuntime runtime)
    {
        var button = runtime.GetElementById("ok")!.ScreenBox;
        int count = 0;
        for (int y = Math.Max(0, (int)box.Y - 6); y < Math.Min(image.Height, (int)box.Bottom + 6); y++)
            for (int x = 0; x < image.Width; x++)
            {
                bool inside = x >= box.X && x < box.Right && y >= box.Y && y < box.Bottom;
                bool inButton = x >= button.X && x < button.Right && y >= button.Y && y < button.Bottom;
                bool inOtherText = IsInOtherText(runtime, box, x, y);
                if (!inside && !inButton && !inOtherText && IsInk(image.GetPixel(x, y))) count++;
            }
        return count;
    }

    private static bool IsInOtherText(KryonRuntime runtime, LayoutBox self, int x, int y)
    {
        foreach (var id in new[] { "title", "body" })
        {
            var b = runtime.GetElementById(id)!.ScreenBox;
            if (b != self && x >= b.X && x < b.Right && y >= b.Y && y < b.Bottom) return true;
        }
        return false;
    }
}

using Kryon.Backends.Cairo;
using Kryon.Backends.Web.Tests.Support;
using Kryon.Cli.Loading;
using Kryon.Cli.Rendering;
using Kryon.Diagnostics;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Headless;
using Xunit.Abstractions;

namespace Kryon.Backends.Web.Tests.EndToEnd;

/// <summary>
/// The examples in headless Chromium look like `kryon render` of the same state: the browser frame
/// is compared with the cairo frame pixel by pixel within a tolerance (PixelComparison), at the App's
/// window size, before and after input.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>Mean channel difference allowed (of 255): anti-aliasing differs, shapes and text positions must not.</summary>
    private const double MaxMeanDifference = 3.0;

    /// <summary>Pixels allowed to be far off: glyph and curve edges.</summary>
    private const double MaxFractionOff = 0.03;

    [Theory]
    [InlineData("counter.kry")]
    [InlineData("hello.kry")]
    [InlineData("login.kry")]
    [InlineData("profile_card.kry")]
    [InlineData("settings.kry")]
    public async Task Example_looks_like_its_cairo_render(string example)
    {
        await using var app = await ServedApp.StartAsync(example);
        var (width, height) = WindowSizeOf(app.AppPath);
        await using var context = await browser.NewContextAsync(width, height);
        var tab = await AppPage.OpenAsync(context, app);
        await AssertLooksLikeRender(tab, app.AppPath, width, height, events: null);
    }

    [Fact]
    public async Task Counter_after_clicks_looks_like_its_cairo_render_after_the_same_steps()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        var (width, height) = WindowSizeOf(app.AppPath);
        await using var context = await browser.NewContextAsync(width, height);
        var tab = await AppPage.OpenAsync(context, app);
        await tab.ClickAsync("increment");
        await tab.ClickAsync("increment");
        await tab.ClickAsync("step_5");
        await tab.ClickAsync("increment");
        // Park the pointer where nothing is hovered, so both frames show the buttons at rest.
        await tab.ActAsync(() => tab.Page.Mouse.MoveAsync(2, 2));
        var events = EventScriptParser.ParseText("steps.json", """
            [{"type": "click", "target": "increment"}, {"type": "click", "target": "increment"},
             {"type": "click", "target": "step_5"}, {"type": "click", "target": "increment"}]
            """, new DiagnosticBag())!;
        await AssertLooksLikeRender(tab, app.AppPath, width, height, events);
    }

    /// <summary>
    /// Justified text (as Pango's: every wrapped line but a paragraph's last spans the box) reaches the
    /// box's far edge — the right one (x 280), or for right-to-left text, whose lines run from the
    /// right, the left one (x 20); the last line is not stretched and ends where cairo ends it.
    /// </summary>
    [Theory]
    [InlineData("ltr", "Justified text stretches the spaces of every line but the last, so that both of its edges line up with the box.", 280)]
    [InlineData("rtl", "שלום עולם זהו טקסט בעברית שמיושר לשני הצדדים כך שכל שורה מלבד האחרונה ממלאת את הרוחב כולו", 20)]
    public async Task Justified_text_spans_its_box_line_by_line_as_in_the_cairo_render(string direction, string text, int farEdge)
    {
        var (cairoFrame, browserFrame) = await BothFramesAsync(300, 160, $$"""
            App { window_width: 300; window_height: 160; background_color: "#FFFFFF"; padding: 20
                Text { width: 260; font_size: 16; text_color: "#000000"; text_alignment: justify; direction: {{direction}}
                    text: "{{text}}" }
            }
            """);
        Func<int, int, Func<int, int, byte>, List<int>> edges = direction == "rtl" ? LineLeftEdges : LineRightEdges;
        var expected = edges(300, 160, (x, y) => cairoFrame.GetPixel(x, y).R);
        var actual = edges(300, 160, (x, y) => browserFrame[(y * 300 + x) * 4]);
        output.WriteLine($"{direction} far edges per line: cairo {string.Join(", ", expected)}; browser {string.Join(", ", actual)}");
        Assert.True(expected.Count >= 3, "the paragraph should wrap onto several lines");
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count - 1; i++) Assert.InRange(actual[i], farEdge - 3, farEdge + 3);
        Assert.InRange(actual[^1], expected[^1] - 3, expected[^1] + 3);
    }

    [Fact]
    public async Task Underline_line_through_and_overline_sit_where_the_cairo_render_puts_them()
    {
        var (cairoFrame, browserFrame) = await BothFramesAsync(400, 240, """
            App { window_width: 400; window_height: 240; background_color: "#FFFFFF"; padding: 10; layout: column; gap: 10
                Text { font_size: 40; text_color: "#000000"; text_decoration: underline; text: "xxxx underline" }
                Text { font_size: 40; text_color: "#000000"; text_decoration: line-through; text: "xxxx strike" }
                Text { font_size: 40; text_color: "#000000"; text_decoration: overline; text: "xxxx overline" }
            }
            """);
        // Column 115 is in the space after "xxxx": only the decoration lines are drawn there.
        var expected = DarkBands(240, y => cairoFrame.GetPixel(115, y).R);
        var actual = DarkBands(240, y => browserFrame[(y * 400 + 115) * 4]);
        output.WriteLine($"decoration lines (centre, thickness): cairo {string.Join(", ", expected)}; browser {string.Join(", ", actual)}");
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.InRange(actual[i].Centre, expected[i].Centre - 0.5, expected[i].Centre + 0.5);
            Assert.InRange(actual[i].Thickness, expected[i].Thickness - 0.5, expected[i].Thickness + 0.5);
        }
    }

    [Fact]
    public async Task Borders_with_uneven_sides_look_like_the_cairo_render()
    {
        var (cairoFrame, browserFrame) = await BothFramesAsync(320, 120, """
            App { window_width: 320; window_height: 120; background_color: "#FFFFFF"; layout: row; padding: 10; gap: 10
                Container { width: 90; height: 60; border_bottom_width: 4; border_color: "#000000" }
                Container { width: 90; height: 60; border_width: 2; border_left_width: 12; border_radius: 16; border_color: "#000000"; background_color: "#FFE0E0" }
                Container { width: 90; height: 60; border_top_width: 8; border_right_width: 3; border_radius: 6; border_color: "#2040C0" }
            }
            """);
        var comparison = PixelComparison.Compare(cairoFrame, 320, 120, browserFrame);
        output.WriteLine($"uneven borders: {comparison}");
        // The underline (rows 66–69 under the first box) is there, the box's other sides are not.
        Assert.True(browserFrame[(67 * 320 + 50) * 4] < 64, "the bottom border is drawn");
        Assert.True(browserFrame[(11 * 320 + 50) * 4] > 192, "no top border on the first box");
        // No text: only curve edges may differ, and only by anti-aliasing.
        Assert.True(comparison.MeanDifference <= 1.0 && comparison.FractionOff <= 0.005, $"uneven borders differ from the cairo render: {comparison}");
    }

    /// <summary>A test's own app, drawn by the browser (its canvas RGBA) and by `kryon render` (cairo) at the same size.</summary>
    private async Task<(Kryon.Backends.Cairo.Output.RenderedImage Cairo, byte[] Browser)> BothFramesAsync(int width, int height, string source)
    {
        string folder = Directory.CreateTempSubdirectory("kryon-web-shot-").FullName;
        try
        {
            string path = Path.Combine(folder, "app.kry");
            File.WriteAllText(path, source);
            await using var app = await ServedApp.StartFileAsync(path);
            await using var context = await browser.NewContextAsync(width, height);
            var tab = await AppPage.OpenAsync(context, app);
            var browserFrame = await tab.PixelsAsync();
            Assert.Equal((width, height), (browserFrame.Width, browserFrame.Height));
            return (RenderWithCairo(path, width, height, events: null), browserFrame.Rgba);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The dark lines crossing one column: each band's centre and thickness, from its pixels' coverage (anti-aliased edges count in part).</summary>
    private static List<(double Centre, double Thickness)> DarkBands(int height, Func<int, byte> red)
    {
        var bands = new List<(double, double)>();
        double weight = 0, moment = 0;
        for (int y = 0; y <= height; y++)
        {
            double coverage = y < height ? (255 - red(y)) / 255.0 : 0;
            if (coverage > 0.05)
            {
                weight += coverage;
                moment += coverage * (y + 0.5);
            }
            else if (weight > 0)
            {
                bands.Add((Math.Round(moment / weight, 2), Math.Round(weight, 2)));
                weight = moment = 0;
            }
        }
        return bands;
    }

    /// <summary>For each band of rows holding dark pixels (a line of text), the rightmost dark column.</summary>
    private static List<int> LineRightEdges(int width, int height, Func<int, int, byte> red)
        => LineEdges(width, height, red).Select(band => band.Right).ToList();

    /// <summary>For each band of rows holding dark pixels (a line of text), the leftmost dark column.</summary>
    private static List<int> LineLeftEdges(int width, int height, Func<int, int, byte> red)
        => LineEdges(width, height, red).Select(band => band.Left).ToList();

    private static List<(int Left, int Right)> LineEdges(int width, int height, Func<int, int, byte> red)
    {
        var edges = new List<(int, int)>();
        (int Left, int Right)? band = null;
        for (int y = 0; y < height; y++)
        {
            int left = -1, right = -1;
            for (int x = 0; x < width; x++)
                if (red(x, y) < 128)
                {
                    if (left < 0) left = x;
                    right = x;
                }
            if (right >= 0) band = band is { } b ? (Math.Min(b.Left, left), Math.Max(b.Right, right)) : (left, right);
            else if (band is { } edge)
            {
                edges.Add(edge);
                band = null;
            }
        }
        if (band is { } last) edges.Add(last);
        return edges;
    }

    private async Task AssertLooksLikeRender(AppPage tab, string appPath, int width, int height, EventScript? events)
    {
        var browserFrame = await tab.PixelsAsync();
        var cairoFrame = RenderWithCairo(appPath, width, height, events);
        var comparison = PixelComparison.Compare(cairoFrame, browserFrame.Width, browserFrame.Height, browserFrame.Rgba);
        output.WriteLine($"{Path.GetFileName(appPath)}: {comparison}");
        // KRYON_WEB_SHOTS=dir keeps the browser's frames, to look at next to `kryon render`'s.
        if (Environment.GetEnvironmentVariable("KRYON_WEB_SHOTS") is { } dir)
        {
            Directory.CreateDirectory(dir);
            await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(appPath)}{(events is null ? "" : "-after-steps")}.png") });
        }
        Assert.True(comparison.MeanDifference <= MaxMeanDifference && comparison.FractionOff <= MaxFractionOff, $"{Path.GetFileName(appPath)} differs from its cairo render: {comparison}");
    }

    private static Kryon.Backends.Cairo.Output.RenderedImage RenderWithCairo(string appPath, int width, int height, EventScript? events)
    {
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(appPath, diagnostics, out var sources)!;
        using var measurer = CairoBackend.CreateMeasurer();
        using var frame = AppRenderer.Run(document, new AppRenderSettings
        {
            Measurer = measurer,
            Width = width,
            Height = height,
            Events = events,
            Scripts = AppScripts.Options(appPath, sources),
        }, new RuntimeLog());
        return CairoBackend.RenderToPixels(frame.DisplayList, 1, AppRenderer.ImageBaseDirectory(appPath));
    }

    /// <summary>The App's window size, as `kryon render` uses it.</summary>
    private static (int Width, int Height) WindowSizeOf(string appPath)
    {
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(appPath, diagnostics, out _)!;
        using var measurer = CairoBackend.CreateMeasurer();
        using var frame = AppRenderer.Run(document, new AppRenderSettings { Measurer = measurer }, new RuntimeLog());
        return ((int)frame.Runtime.ViewportWidth, (int)frame.Runtime.ViewportHeight);
    }
}

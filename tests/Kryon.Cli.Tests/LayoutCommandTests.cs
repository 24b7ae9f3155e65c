using System.Text.Json;
using Kryon.Cli.Commands;

namespace Kryon.Cli.Tests;

public class LayoutCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kryon-layout-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Output, string Errors) Run(string source, int? width = null, int? height = null, LayoutMetrics metrics = LayoutMetrics.Estimated)
    {
        var path = Path.Combine(_dir, "app.kry");
        File.WriteAllText(path, source);
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = LayoutCommand.Run(path, width, height, json: true, output, errors, metrics);
        return (code, output.ToString(), errors.ToString());
    }

    private (int Code, string Output, string Errors) RunFile(string path, bool json = true)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = LayoutCommand.Run(path, null, null, json, output, errors, LayoutMetrics.Estimated);
        return (code, output.ToString(), errors.ToString());
    }

    private static JsonElement Box(JsonElement node, params int[] path)
    {
        foreach (var i in path) node = node.GetProperty("children")[i];
        return node;
    }

    private static (double X, double Y, double W, double H) Rect(JsonElement b) =>
        (b.GetProperty("x").GetDouble(), b.GetProperty("y").GetDouble(), b.GetProperty("width").GetDouble(), b.GetProperty("height").GetDouble());

    [Fact]
    public void Row_of_fixed_boxes_with_gap_and_padding()
    {
        var (code, output, errors) = Run("""
            App {
                window_width: 300
                window_height: 200
                layout: row
                padding: 10
                gap: 5
                Container { id: "a"; width: 50; height: 40 }
                Container { id: "b"; width: 60; height: 20 }
            }
            """);
        Assert.True(code == 0, errors);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal((0, 0, 300, 200), Rect(root));
        Assert.Equal("a", Box(root, 0).GetProperty("id").GetString());
        Assert.Equal((10, 10, 50, 40), Rect(Box(root, 0)));
        Assert.Equal((65, 10, 60, 20), Rect(Box(root, 1)));
    }

    [Fact]
    public void Centered_column_and_grow_fill_the_window()
    {
        var (code, output, errors) = Run("""
            App {
                window_width: 200
                window_height: 100
                layout: row
                Container { width: 50 }
                Container { layout: grow }
            }
            """);
        Assert.True(code == 0, errors);
        var root = JsonDocument.Parse(output).RootElement;
        // The grow bit makes the second box take the remaining 150 px and stretch across.
        Assert.Equal((50, 0, 150, 100), Rect(Box(root, 1)));
    }

    [Fact]
    public void Window_size_options_override_the_app()
    {
        var (code, output, _) = Run("App { window_width: 300; window_height: 200; Container { width: 50%; height: 10 } }", 600, 400);
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal((0, 0, 600, 400), Rect(root));
        Assert.Equal(300, Rect(Box(root, 0)).W);
    }

    [Fact]
    public void Extension_flex_properties_apply()
    {
        var (code, output, errors) = Run("""
            App {
                window_width: 100
                window_height: 100
                flex_direction: row
                justify_content: space-between
                Container { width: 10; height: 10 }
                Container { width: 10; height: 10 }
            }
            """);
        Assert.True(code == 0, errors);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, Rect(Box(root, 0)).X);
        Assert.Equal(90, Rect(Box(root, 1)).X);
    }

    [Fact]
    public void Text_is_measured_with_its_inherited_font_size()
    {
        var (code, output, _) = Run("""
            App { window_width: 400; window_height: 100; font_size: 20
                Text { text: "abcd" }
            }
            """);
        Assert.Equal(0, code);
        var text = Box(JsonDocument.Parse(output).RootElement, 0);
        // 4 characters × 0.55 em × 20 px, one line of 1.2 × 20 px.
        Assert.Equal(44, Rect(text).W, 0.5);
        Assert.Equal(24, Rect(text).H, 0.5);
    }

    [Fact]
    public void A_file_with_errors_is_not_laid_out()
    {
        var (code, output, errors) = Run("App { widht: 10 }");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("error[1107]", errors);
    }

    [Fact]
    public void Bad_window_size_is_rejected()
    {
        var (code, _, errors) = Run("App { }", 0, 100);
        Assert.Equal(2, code);
        Assert.Contains("--width", errors);
    }

    [Fact]
    public void Right_to_left_rows_start_at_the_right_edge()
    {
        var (code, output, errors) = Run("""
            App {
                window_width: 100
                window_height: 50
                layout: row
                direction: rtl
                Container { width: 10; height: 10 }
                Container { width: 20; height: 10 }
            }
            """);
        Assert.True(code == 0, errors);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal((90, 0, 10, 10), Rect(Box(root, 0)));
        Assert.Equal((70, 0, 20, 10), Rect(Box(root, 1)));
    }

    [Fact]
    public void Absolute_elements_are_placed_by_pos_or_insets_and_take_no_flow_space()
    {
        var (code, output, errors) = Run("""
            App {
                window_width: 200
                window_height: 100
                padding: 10
                Container { layout: absolute; pos_x: 30; pos_y: 5; width: 20; height: 20 }
                Container { position: absolute; right: 0; bottom: 0; width: 15; height: 15 }
                Container { width: 40; height: 10 }
            }
            """);
        Assert.True(code == 0, errors);
        var root = JsonDocument.Parse(output).RootElement;
        // pos_x/pos_y count from the parent's content box (inside the padding).
        Assert.Equal((40, 15, 20, 20), Rect(Box(root, 0)));
        // CSS insets count from the padding box.
        Assert.Equal((185, 85, 15, 15), Rect(Box(root, 1)));
        // The flow child is not pushed down by the absolute ones.
        Assert.Equal((10, 10, 40, 10), Rect(Box(root, 2)));
    }

    [Fact]
    public void Per_side_extension_properties_override_the_shorthand()
    {
        var (code, output, errors) = Run("""
            App {
                window_width: 100
                window_height: 100
                padding: 10
                padding_left: 25
                Container { width: 10; height: 10 }
            }
            """);
        Assert.True(code == 0, errors);
        Assert.Equal((25, 10, 10, 10), Rect(Box(JsonDocument.Parse(output).RootElement, 0)));
    }

    [Fact]
    public void Leaves_are_sized_as_the_runtime_sizes_them()
    {
        var (code, output, errors) = Run("""
            App {
                window_width: 400
                window_height: 300
                Input { id: "name" }
                Slider { id: "volume"; font_size: 10 }
            }
            """);
        Assert.True(code == 0, errors);
        var root = JsonDocument.Parse(output).RootElement;
        // An empty Input still holds one line (16 px × 1.2); a Slider is ten ems wide and a line high.
        Assert.Equal(19.2, Rect(Box(root, 0)).H, 0.5);
        Assert.Equal((0, 19, 100, 12), Rect(Box(root, 1)));
    }

    [Fact]
    public void A_krb_file_is_laid_out_like_its_source()
    {
        const string source = """
            App {
                window_width: 300
                window_height: 200
                layout: row
                gap: 5
                Container { id: "a"; width: 50; height: 40 }
                Text { id: "t"; text: "hello" }
            }
            """;
        var kry = Path.Combine(_dir, "app.kry");
        var krb = Path.Combine(_dir, "app.krb");
        File.WriteAllText(kry, source);
        Assert.Equal(0, CompileCommand.Run(kry, krb, "human", new StringWriter()));
        var fromSource = RunFile(kry, json: false);
        var fromBinary = RunFile(krb, json: false);
        Assert.True(fromBinary.Code == 0, fromBinary.Errors);
        Assert.Equal(fromSource.Output, fromBinary.Output);
        Assert.Contains("Container #a  x=0 y=0 w=50 h=40", fromBinary.Output);
    }

    [Fact]
    public void A_damaged_krb_file_is_not_laid_out()
    {
        var krb = Path.Combine(_dir, "bad.krb");
        File.WriteAllBytes(krb, [0x4B, 0x52, 0x42, 0x31, 0x00]);
        var (code, output, errors) = RunFile(krb);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("not laid out", errors);
    }

    [Fact]
    public void An_app_is_laid_out_after_its_scripts_have_run_as_render_draws_it()
    {
        var (code, output, errors) = Run("""
            App {
                window_width: 200
                window_height: 100
                onMount: "setup"
                Container { id: "panel"; width: 40; height: 20 }
            }
            @script "lua" {
                function setup() kryon.setProperty(kryon.getElementById("panel"), "width", 150) end
            }
            """);
        Assert.True(code == 0, errors);
        Assert.Equal("", errors);
        Assert.Equal((0, 0, 150, 20), Rect(Box(JsonDocument.Parse(output).RootElement, 0)));
    }

    [Fact]
    public void A_script_error_is_reported_on_stderr_and_the_layout_still_printed()
    {
        var (code, output, errors) = Run("""
            App { window_width: 200; window_height: 100; onMount: "setup"
                Container { id: "panel"; width: 40; height: 20 }
            }
            @script "lua" {
                function setup() error("boom") end
            }
            """);
        Assert.Equal(0, code);
        Assert.Contains("error[2401]: App@1.onMount", errors); // HOOK_FAILED, with the script's message
        Assert.Contains("boom", errors);
        Assert.Equal((0, 0, 40, 20), Rect(Box(JsonDocument.Parse(output).RootElement, 0)));
    }

    private const string Letters = """
        App { window_width: 400; window_height: 100; layout: column
            Text { id: "narrow"; text: "iiii" }
            Text { id: "wide"; text: "MMMM" }
        }
        """;

    [Fact]
    public void Text_is_measured_with_the_fonts_render_draws_with_unless_estimates_are_asked_for()
    {
        var (code, output, errors) = Run(Letters, metrics: LayoutMetrics.Auto);
        Assert.True(code == 0, errors);
        var root = JsonDocument.Parse(output).RootElement;
        // Pango's metrics: four capital Ms are far wider than four is; estimated advances make them equal.
        Assert.True(Rect(Box(root, 1)).W > 2 * Rect(Box(root, 0)).W, output);
        Assert.Equal("", errors);

        var (_, estimated, _) = Run(Letters, metrics: LayoutMetrics.Estimated);
        var guess = JsonDocument.Parse(estimated).RootElement;
        Assert.Equal(Rect(Box(guess, 0)).W, Rect(Box(guess, 1)).W);
    }

    [Fact]
    public void Without_cairo_and_Pango_text_is_estimated_and_a_note_says_why()
    {
        var path = Path.Combine(_dir, "letters.kry");
        File.WriteAllText(path, Letters);
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = LayoutCommand.Run(path, null, null, json: true, output, errors, LayoutMetrics.Auto, () => "libpango-1.0 is missing: apt-get install libpango-1.0-0");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(Rect(Box(root, 0)).W, Rect(Box(root, 1)).W);
        Assert.Contains("note: text measured with estimated advances (0.55 em per character): libpango-1.0 is missing", errors.ToString());
    }

    [Fact]
    public void A_file_without_a_root_element_is_not_laid_out()
    {
        var (code, output, errors) = Run("style \"card\" { padding: 4 }");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("has no root element to lay out", errors);
    }
}

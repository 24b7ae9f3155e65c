using System.Text.Json;
using Kryon.Cli.Commands;

namespace Kryon.Cli.Tests;

public class LayoutCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kryon-layout-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Output, string Errors) Run(string source, int? width = null, int? height = null)
    {
        var path = Path.Combine(_dir, "app.kry");
        File.WriteAllText(path, source);
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = LayoutCommand.Run(path, width, height, json: true, output, errors);
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
}

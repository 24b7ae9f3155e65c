using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Kryon.Cli.Commands;

namespace Kryon.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("kryon-render-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private const string FormApp = """
        @variables {
            name: String = "nobody"
        }

        App {
            window_width: 300
            window_height: 160
            background_color: "#FFFFFF"
            layout: column
            padding: 10
            gap: 8
            Input { id: "field"; value: $name; width: 200; border_width: 1; border_color: "#888888" }
            Text { id: "greeting"; text: "Hello, $name"; font_size: 20; text_color: "#111111" }
            Button { id: "ok"; text: "OK"; padding: "4 12"; background_color: "#4F46E5"; text_color: "#FFFFFF" }
        }
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Out(string name) => Path.Combine(_temp, name);

    private static (int Exit, string Output, string Errors) Render(RenderOptions options, Func<string?>? check = null)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = check is null ? RenderCommand.Run(options, output, errors) : RenderCommand.Run(options, output, errors, check);
        return (exit, output.ToString(), errors.ToString());
    }

    private static (int Exit, string Output, string Errors) Render(string app, string output, string? state = null, string? events = null, float scale = 1, int? width = null, int? height = null, string format = "human")
        => Render(new RenderOptions(app, output) { StatePath = state, EventsPath = events, Scale = scale, Width = width, Height = height, Format = format });

    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    private static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("internal error", text);
    }

    // ---- writing the three formats --------------------------------------------------------------------

    [Theory]
    [InlineData("out.png", "\x89PNG", "px")]
    [InlineData("out.svg", "<?xml", "px")]
    [InlineData("out.pdf", "%PDF", "pt")]
    public void Writes_the_format_its_extension_names(string name, string magic, string unit)
    {
        var app = Write("app.kry", FormApp);
        var path = Out(name);
        var (exit, output, errors) = Render(app, path);
        Assert.True(exit == 0, output + errors);
        Assert.Equal("", errors);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.Latin1.GetBytes(magic), bytes[..magic.Length]);
        Assert.Equal($"wrote {path} (300×160 {unit}, {bytes.Length} bytes)", output.TrimEnd());
    }

    [Fact]
    public void The_extension_is_matched_without_regard_to_case()
    {
        var app = Write("app.kry", FormApp);
        var (exit, output, _) = Render(app, Out("OUT.PNG"));
        Assert.True(exit == 0, output);
        Assert.Equal((300, 160), PngSize(Out("OUT.PNG")));
    }

    [Theory]
    [InlineData(1f, 300, 160)]
    [InlineData(2f, 600, 320)]
    [InlineData(1.5f, 450, 240)]
    public void A_png_is_the_window_size_times_the_scale(float scale, int width, int height)
    {
        var app = Write("app.kry", FormApp);
        var path = Out($"scaled{scale}.png");
        var (exit, output, _) = Render(app, path, scale: scale);
        Assert.True(exit == 0, output);
        Assert.Equal((width, height), PngSize(path));
        Assert.Contains($"({width}×{height} px,", output);
    }

    [Fact]
    public void Width_and_height_options_set_the_window()
    {
        var app = Write("app.kry", FormApp);
        var path = Out("sized.png");
        var (exit, output, _) = Render(app, path, scale: 2, width: 500, height: 90);
        Assert.True(exit == 0, output);
        Assert.Equal((1000, 180), PngSize(path));
    }

    [Fact]
    public void A_krb_file_renders_like_its_source()
    {
        var source = Write("app.kry", FormApp);
        var krb = Out("app.krb");
        Assert.Equal(0, CompileCommand.Run(source, krb, "human", new StringWriter()));
        Assert.Equal(0, Render(source, Out("from-kry.png")).Exit);
        Assert.Equal(0, Render(krb, Out("from-krb.png")).Exit);
        Assert.Equal(File.ReadAllBytes(Out("from-kry.png")), File.ReadAllBytes(Out("from-krb.png")));
    }

    [Fact]
    public void Json_format_reports_what_was_written()
    {
        var app = Write("app.kry", FormApp + "\n@script \"lua\" {\n    function f() end\n}\n");
        var path = Out("out.png");
        var (exit, output, errors) = Render(app, path, format: "json");
        Assert.True(exit == 0, output + errors);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        var written = root.GetProperty("output");
        Assert.Equal(path, written.GetProperty("file").GetString());
        Assert.Equal("png", written.GetProperty("format").GetString());
        Assert.Equal(300, written.GetProperty("width").GetInt32());
        Assert.Equal(160, written.GetProperty("height").GetInt32());
        Assert.Equal(new FileInfo(path).Length, written.GetProperty("bytes").GetInt64());
        // The Lua block loads and runs: nothing to report.
        Assert.Empty(root.GetProperty("log").EnumerateArray());
    }

    [Fact]
    public void A_script_that_does_not_load_is_reported_like_run_does_and_the_app_is_still_drawn()
    {
        var app = Write("app.kry", FormApp.Replace("Button { id: \"ok\";", "Button { id: \"ok\"; onClick: \"save\";") + "\n@script \"wren\" {\n    class Handlers { static save() { var = 1 } }\n}\n");
        var path = Out("scripted.png");
        var (exit, output, errors) = Render(app, path);
        Assert.True(exit == 0, output + errors);
        Assert.Contains("error[2301]", output);
        Assert.Contains($"wrote {path}", output);
        Assert.True(File.Exists(path));
    }

    // ---- state and events ---------------------------------------------------------------------------

    [Fact]
    public void A_state_snapshot_changes_what_is_drawn()
    {
        var app = Write("app.kry", FormApp);
        Assert.Equal(0, Render(app, Out("plain.png")).Exit);
        var state = Write("state.json", """{"version": 1, "variables": {"name": "Ada Lovelace"}}""");
        var (exit, output, errors) = Render(app, Out("restored.png"), state: state);
        Assert.True(exit == 0, output + errors);
        Assert.NotEqual(File.ReadAllBytes(Out("plain.png")), File.ReadAllBytes(Out("restored.png")));

        // The same state written by hand with the starting value draws the starting picture.
        var same = Write("same.json", """{"version": 1, "variables": {"name": "nobody"}}""");
        Assert.Equal(0, Render(app, Out("same.png"), state: same).Exit);
        Assert.Equal(File.ReadAllBytes(Out("plain.png")), File.ReadAllBytes(Out("same.png")));
    }

    [Fact]
    public void Events_change_what_is_drawn()
    {
        var app = Write("app.kry", FormApp);
        Assert.Equal(0, Render(app, Out("plain.png")).Exit);
        var events = Write("events.json", """[{"click": "field"}, {"key": "End"}, {"text": "!"}]""");
        var (exit, output, errors) = Render(app, Out("typed.png"), events: events);
        Assert.True(exit == 0, output + errors);
        Assert.NotEqual(File.ReadAllBytes(Out("plain.png")), File.ReadAllBytes(Out("typed.png")));
    }

    [Fact]
    public void A_run_dump_restored_draws_what_the_run_left()
    {
        // `kryon run --events E --dump-state > s.json; kryon render --state s.json` draws the same
        // picture as `kryon render --events E`: the snapshot holds the whole state (text, caret, focus).
        var app = Write("app.kry", FormApp);
        var events = Write("events.json", """[{"click": "field"}, {"key": "End"}, {"text": " and Ada"}]""");
        var dump = new StringWriter();
        Assert.Equal(0, RunCommand.Run(new RunOptions(app) { Headless = true, EventsPath = events, DumpState = true, Format = "json" }, dump, new StringWriter()));
        var state = Write("dump.json", dump.ToString());

        var (exit, output, errors) = Render(app, Out("restored.png"), state: state);
        Assert.True(exit == 0, output + errors);
        Assert.Equal(0, Render(app, Out("played.png"), events: events).Exit);
        Assert.Equal(File.ReadAllBytes(Out("played.png")), File.ReadAllBytes(Out("restored.png")));
        Assert.Equal(0, Render(app, Out("plain.png")).Exit);
        Assert.NotEqual(File.ReadAllBytes(Out("plain.png")), File.ReadAllBytes(Out("restored.png")));
    }

    [Fact]
    public void Events_are_played_after_the_state_is_restored()
    {
        // The snapshot is where the app starts; the steps continue from it: the state of a run of the
        // first steps plus the second steps draws what a run of all the steps draws.
        var app = Write("app.kry", FormApp);
        var first = Write("first.json", """[{"click": "field"}, {"key": "End"}, {"text": " and"}]""");
        var second = Write("second.json", """[{"text": " Ada"}, {"key": "Tab"}]""");
        var all = Write("all.json", """[{"click": "field"}, {"key": "End"}, {"text": " and"}, {"text": " Ada"}, {"key": "Tab"}]""");
        var dump = new StringWriter();
        Assert.Equal(0, RunCommand.Run(new RunOptions(app) { Headless = true, EventsPath = first, DumpState = true, Format = "json" }, dump, new StringWriter()));
        var state = Write("after-first.json", dump.ToString());

        var (exit, output, errors) = Render(app, Out("continued.png"), state: state, events: second);
        Assert.True(exit == 0, output + errors);
        Assert.Equal(0, Render(app, Out("all.png"), events: all).Exit);
        Assert.Equal(0, Render(app, Out("first.png"), events: first).Exit);
        Assert.Equal(File.ReadAllBytes(Out("all.png")), File.ReadAllBytes(Out("continued.png")));
        Assert.NotEqual(File.ReadAllBytes(Out("first.png")), File.ReadAllBytes(Out("continued.png")));
    }

    [Fact]
    public void A_snapshot_that_is_not_json_is_2502_with_its_line_and_nothing_is_written()
    {
        var app = Write("app.kry", FormApp);
        var state = Write("state.json", "{\n  \"version\": 1,\n  \"variables\": {\n}");
        var path = Out("out.png");
        var (exit, output, errors) = Render(app, path, state: state);
        Assert.Equal(1, exit);
        Assert.Contains("error[2502]", output);
        Assert.Contains($"{state}:", output);
        Assert.Contains($"{app}: not rendered: 1 error", output);
        Assert.False(File.Exists(path));
        AssertNoStackTrace(output + errors);
    }

    [Fact]
    public void A_snapshot_that_does_not_fit_the_app_is_2502_and_nothing_is_written()
    {
        var app = Write("app.kry", FormApp);
        var state = Write("state.json", """{"version": 1, "focus": "no_such_element"}""");
        var path = Out("out.png");
        var (exit, output, errors) = Render(app, path, state: state, format: "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var error = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(2502, error.GetProperty("code").GetInt32());
        Assert.Contains("no_such_element", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("output").ValueKind);
        Assert.False(File.Exists(path));
        AssertNoStackTrace(output + errors);
    }

    [Fact]
    public void A_missing_snapshot_or_events_file_is_reported_and_nothing_is_written()
    {
        var app = Write("app.kry", FormApp);
        var path = Out("out.png");
        var (exit, output, _) = Render(app, path, state: Out("nope.json"));
        Assert.Equal(1, exit);
        Assert.Contains("error[1505]", output);
        Assert.Contains("file not found", output);
        (exit, output, _) = Render(app, path, events: Out("nope-events.json"));
        Assert.Equal(1, exit);
        Assert.Contains("not rendered", output);
        Assert.False(File.Exists(path));
    }

    // ---- images ---------------------------------------------------------------------------------------

    [Fact]
    public void Image_paths_are_relative_to_the_app_file()
    {
        // A picture made by rendering a red app, then shown by an app in the same folder.
        var red = Write(Path.Combine("pics", "red.kry"), "App { window_width: 40; window_height: 40; background_color: \"#FF0000\" }\n");
        Assert.Equal(0, Render(red, Out(Path.Combine("pics", "red.png"))).Exit);
        var app = Write(Path.Combine("pics", "viewer.kry"), "App {\n    window_width: 100\n    window_height: 60\n    Image { image_source: \"red.png\"; width: 40; height: 40 }\n}\n");
        var (exit, output, _) = Render(app, Out("viewer.png"));
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("2503", output);

        var missing = Write(Path.Combine("elsewhere", "viewer.kry"), File.ReadAllText(app));
        (exit, output, _) = Render(missing, Out("missing.png"));
        Assert.Equal(0, exit); // an image that cannot be shown is a warning; the rest is drawn
        Assert.Contains("warning[2503]", output);
        Assert.NotEqual(File.ReadAllBytes(Out("viewer.png")), File.ReadAllBytes(Out("missing.png")));
    }

    // ---- problems: each a diagnostic, never a stack trace --------------------------------------------

    [Theory]
    [InlineData("out.jpg", "ends in '.jpg'")]
    [InlineData("out", "has no extension")]
    [InlineData("out.png.txt", "ends in '.txt'")]
    public void An_unknown_output_extension_is_a_bad_option_naming_the_formats(string name, string why)
    {
        var app = Write("app.kry", FormApp);
        var path = Out(name);
        var (exit, output, errors) = Render(app, path);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(why, errors);
        Assert.Contains(".png, .svg and .pdf", errors);
        Assert.False(File.Exists(path));
        AssertNoStackTrace(errors);
    }

    [Theory]
    [InlineData(0f, null, null)]
    [InlineData(-1f, null, null)]
    [InlineData(float.NaN, null, null)]
    [InlineData(17f, null, null)]
    [InlineData(1f, 0, null)]
    [InlineData(1f, null, 70000)]
    public void Sizes_and_scales_out_of_range_are_bad_options(float scale, int? width, int? height)
    {
        var app = Write("app.kry", FormApp);
        var (exit, output, errors) = Render(app, Out("out.png"), scale: scale, width: width, height: height);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("kryon render: --", errors);
        Assert.False(File.Exists(Out("out.png")));
    }

    [Theory]
    [InlineData("nope.kry")]
    [InlineData("nope.krb")]
    public void A_missing_app_file_is_1505(string name)
    {
        var path = Out("out.png");
        var (exit, output, errors) = Render(Out(name), path, format: "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(1505, d.GetProperty("code").GetInt32());
        Assert.Contains("file not found", d.GetProperty("message").GetString());
        Assert.False(File.Exists(path));
        AssertNoStackTrace(output + errors);
    }

    [Fact]
    public void A_kry_with_errors_is_reported_like_check_and_not_rendered()
    {
        var app = Write("bad.kry", "App {\n    opacity: 3\n}\n");
        var path = Out("out.png");
        var (exit, output, _) = Render(app, path);
        Assert.Equal(1, exit);
        Assert.Contains("error[1207]", output);
        Assert.Contains($" --> {app}:2:14", output);
        Assert.Contains($"{app}: not rendered: 1 error, 0 warnings", output);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_file_without_a_root_element_has_nothing_to_render()
    {
        var lib = Write("lib.kry", "style \"card\" { padding: 4 }\n");
        var path = Out("lib.png");
        var (exit, output, errors) = Render(lib, path);
        Assert.Equal(1, exit);
        Assert.Contains("error[1108]", output);
        Assert.Contains("nothing to render", output);
        Assert.Contains($"{lib}: not rendered", output);
        Assert.False(File.Exists(path));
        AssertNoStackTrace(output + errors);
    }

    [Fact]
    public void A_bad_events_file_is_2501_and_nothing_is_written()
    {
        var app = Write("app.kry", FormApp);
        var events = Write("events.json", """[{"click": "field"}, {"wait": -5}, {"type": "teleport"}]""");
        var path = Out("out.png");
        var (exit, output, errors) = Render(app, path, events: events);
        Assert.Equal(1, exit);
        Assert.Contains("error[2501]", output);
        Assert.Contains($"{app}: not rendered", output);
        Assert.False(File.Exists(path));
        AssertNoStackTrace(output + errors);
    }

    [Fact]
    public void A_damaged_krb_is_a_diagnostic_with_the_byte_offset()
    {
        var source = Write("app.kry", FormApp);
        var krb = Out("app.krb");
        Assert.Equal(0, CompileCommand.Run(source, krb, "human", new StringWriter()));
        var bytes = File.ReadAllBytes(krb);
        foreach (int cut in new[] { 3, 20, bytes.Length / 2, bytes.Length - 1 })
        {
            var damaged = Out($"cut{cut}.krb");
            File.WriteAllBytes(damaged, bytes[..cut]);
            var path = Out($"cut{cut}.png");
            var (exit, output, errors) = Render(damaged, path);
            Assert.Equal(1, exit);
            Assert.Matches(@"error\[20\d\d|error\[21\d\d", output);
            Assert.Contains(" at byte ", output);
            Assert.Contains($"{damaged}: not rendered: 1 error", output);
            Assert.False(File.Exists(path));
            AssertNoStackTrace(output + errors);
        }
    }

    [Fact]
    public void An_unwritable_output_path_is_1505_naming_it()
    {
        var app = Write("app.kry", FormApp);
        var inMissingFolder = Path.Combine(_temp, "no-such-folder", "out.png");
        var (exit, output, errors) = Render(app, inMissingFolder);
        Assert.Equal(1, exit);
        Assert.Contains("error[1505]", output);
        Assert.Contains(inMissingFolder, output);
        Assert.Contains($"{app}: rendered, but {inMissingFolder} was not written", output);
        Assert.False(File.Exists(inMissingFolder));
        AssertNoStackTrace(output + errors);

        // A folder where the file should go.
        var folder = Path.Combine(_temp, "taken.png");
        Directory.CreateDirectory(folder);
        (exit, output, errors) = Render(app, folder, format: "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1505, Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("output").ValueKind);
        AssertNoStackTrace(output + errors);
    }

    [Fact]
    public void Missing_native_libraries_are_one_message_on_stderr()
    {
        var app = Write("app.kry", FormApp);
        const string message = "The cairo backend cannot start: libcairo.so.2 (package libcairo2) is not installed. Install it with: sudo apt-get install libcairo2 libpango-1.0-0 libpangocairo-1.0-0";
        var (exit, output, errors) = Render(new RenderOptions(app, Out("out.png")), () => message);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"kryon render: {message}", errors.TrimEnd());
        Assert.False(File.Exists(Out("out.png")));
    }

    // ---- the real executable ---------------------------------------------------------------------------

    private static (int Exit, string Stdout, string Stderr) RunCli(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "kryon.dll");
        Assert.True(File.Exists(dll), "kryon.dll not next to the tests: " + dll);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "kryon did not finish in time");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Real_cli_renders_an_example_to_png()
    {
        var example = Path.Combine(Kryon.Testing.RepositoryPaths.Examples, "counter.kry");
        var path = Out("counter.png");
        var (exit, stdout, stderr) = RunCli("render", example, "-o", path, "--scale", "2");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal((720, 840), PngSize(path));
        Assert.Contains($"wrote {path} (720×840 px, ", stdout);
        Assert.DoesNotContain("error[2301]", stdout); // counter.kry's Lua block now loads
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Real_cli_parse_errors_are_bad_options()
    {
        var app = Write("app.kry", FormApp);
        var (exit, _, stderr) = RunCli("render", app);
        Assert.Equal(2, exit);
        Assert.Contains("'--output' is required", stderr);
        (exit, _, stderr) = RunCli("render", app, "-o", Out("x.png"), "--scale", "big");
        Assert.Equal(2, exit);
        AssertNoStackTrace(stderr);
        Assert.False(File.Exists(Out("x.png")));
    }
}

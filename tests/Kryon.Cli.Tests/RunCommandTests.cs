using System.Diagnostics;
using System.Text.Json;
using Kryon.Cli.Commands;

namespace Kryon.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("kryon-run-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private const string FormApp = """
        @variables {
            name: String = ""
        }

        App {
            window_width: 400
            window_height: 300
            layout: column
            Input { id: "name"; value: $name; placeholder: "Your name"; width: 200 }
            Checkbox { id: "agree"; text: "I agree" }
            Text { id: "greeting"; text: "Hello, $name" }
            Button { id: "ok"; text: "OK" }
        }
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Output, string Errors) Run(string path, string? events = null, bool dump = false, string format = "human", bool headless = true, int? width = null, int? height = null)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = RunCommand.Run(new RunOptions(path) { Headless = headless, EventsPath = events, DumpState = dump, Format = format, Width = width, Height = height }, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    /// <summary>Runs <paramref name="kry"/> with the given steps and returns the parsed state dump.</summary>
    private JsonElement Dump(string kry, string eventsJson)
    {
        var app = Write("app.kry", kry);
        var events = Write("events.json", eventsJson);
        var (exit, output, errors) = Run(app, events, dump: true);
        Assert.True(exit == 0, output + errors);
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.Clone();
    }

    private static JsonElement Element(JsonElement dump, string id)
        => dump.GetProperty("run").GetProperty("layout").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    private static string[] States(JsonElement element) => element.GetProperty("state").EnumerateArray().Select(s => s.GetString()!).ToArray();

    private static int[] LogCodes(JsonElement dump) => dump.GetProperty("run").GetProperty("log").EnumerateArray().Select(d => d.GetProperty("code").GetInt32()).ToArray();

    /// <summary>The 2501 diagnostics of a run whose events file is <paramref name="eventsJson"/>; the run must not have started.</summary>
    private JsonElement[] EventErrors(string eventsJson)
    {
        var app = Write("app.kry", FormApp);
        var events = Write("events.json", eventsJson);
        var (exit, output, _) = Run(app, events, format: "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.TryGetProperty("summary", out _));
        var items = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.Clone()).ToArray();
        var errors = items.Where(d => d.GetProperty("severity").GetString() == "error").ToArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, d => Assert.Equal(2501, d.GetProperty("code").GetInt32()));
        Assert.All(errors, d => Assert.Equal(events, d.GetProperty("file").GetString()));
        return errors;
    }

    // ---- a run with scripted input ------------------------------------------------------------------

    [Fact]
    public void Typing_into_a_two_way_bound_input_sets_the_variable_and_tab_moves_focus()
    {
        var dump = Dump(FormApp, """[{"click": "name"}, {"text": "Ada"}, {"key": "Tab"}]""");
        Assert.Equal("Ada", dump.GetProperty("variables").GetProperty("name").GetString());
        Assert.Equal("agree", dump.GetProperty("focus").GetString());
        var name = Element(dump, "name");
        Assert.Equal("Ada", name.GetProperty("text").GetString());
        Assert.DoesNotContain("focus", States(name));
        Assert.Contains("focus", States(Element(dump, "agree")));
        Assert.Equal("Hello, Ada", Element(dump, "greeting").GetProperty("text").GetString());
        Assert.Empty(LogCodes(dump));
        Assert.True(dump.GetProperty("run").GetProperty("frames").GetInt32() >= 4);
    }

    [Fact]
    public void A_composition_is_not_the_value_until_the_input_method_commits_it()
    {
        var composing = Dump(FormApp, """[{"click": "name"}, {"text": "Ad"}, {"compose": "aa", "cursor": 1}]""");
        Assert.Equal("Ad", composing.GetProperty("variables").GetProperty("name").GetString());
        Assert.Equal("Ad", Element(composing, "name").GetProperty("text").GetString());

        var committed = Dump(FormApp, """[{"click": "name"}, {"text": "Ad"}, {"compose": "aa"}, {"text": "a"}]""");
        Assert.Equal("Ada", committed.GetProperty("variables").GetProperty("name").GetString());
        Assert.Empty(LogCodes(committed));
    }

    [Fact]
    public void Shift_tab_moves_focus_backwards_and_focus_steps_set_and_clear_it()
    {
        var dump = Dump(FormApp, """[{"focus": "ok"}, {"key": "Tab", "modifiers": ["shift"]}]""");
        Assert.Equal("agree", dump.GetProperty("focus").GetString());

        dump = Dump(FormApp, """[{"focus": "name"}, {"text": "Grace"}, {"focus": null}]""");
        Assert.Equal(JsonValueKind.Null, dump.GetProperty("focus").ValueKind);
        Assert.Equal("Grace", dump.GetProperty("variables").GetProperty("name").GetString());
    }

    [Fact]
    public void Clicking_a_checkbox_toggles_its_checked_state()
    {
        var once = Element(Dump(FormApp, """[{"click": "agree"}]"""), "agree");
        Assert.Contains("checked", States(once));
        Assert.StartsWith("☑", once.GetProperty("text").GetString());

        var twice = Element(Dump(FormApp, """[{"click": "agree"}, {"click": "agree"}]"""), "agree");
        Assert.DoesNotContain("checked", States(twice));
        Assert.StartsWith("☐", twice.GetProperty("text").GetString());
    }

    [Fact]
    public void Hover_and_press_show_in_the_element_state()
    {
        var dump = Dump(FormApp, """[{"hover": "ok"}]""");
        Assert.Contains("hover", States(Element(dump, "ok")));
        dump = Dump(FormApp, """[{"press": "ok"}]""");
        Assert.Contains("active", States(Element(dump, "ok")));
        dump = Dump(FormApp, """[{"press": "ok"}, {"release": "ok"}, {"move": [399, 299]}]""");
        Assert.DoesNotContain("active", States(Element(dump, "ok")));
        Assert.DoesNotContain("hover", States(Element(dump, "ok")));
    }

    [Fact]
    public void Scroll_moves_a_scrollable_container_and_the_dump_shows_its_offset()
    {
        const string kry = """
            App {
                Container {
                    id: "list"
                    height: 100
                    overflow: scroll
                    layout: column
                    Text { id: "t1"; text: "one"; height: 60; flex_shrink: 0 }
                    Text { id: "t2"; text: "two"; height: 60; flex_shrink: 0 }
                    Text { id: "t3"; text: "three"; height: 60; flex_shrink: 0 }
                }
            }
            """;
        var dump = Dump(kry, """[{"scroll": "list", "dy": 40}]""");
        var list = Element(dump, "list");
        Assert.Equal([0f, 40f], list.GetProperty("scroll").EnumerateArray().Select(v => v.GetSingle()));
        var t1 = Element(dump, "t1").GetProperty("box").EnumerateArray().Select(v => v.GetSingle()).ToArray();
        Assert.Equal(-40, t1[1]);
        Assert.Empty(LogCodes(dump));

        // Scrolled past its end, it stops at the end; t3 ends at the container's bottom.
        dump = Dump(kry, """[{"scroll": "list", "dy": 1000}]""");
        Assert.Equal(80, Element(dump, "list").GetProperty("scroll")[1].GetSingle());
    }

    [Fact]
    public void Boxes_are_window_coordinates_and_resize_changes_the_viewport()
    {
        var dump = Dump(FormApp, """[{"resize": [640, 480]}]""");
        var box = Element(dump, "name").GetProperty("box").EnumerateArray().Select(v => v.GetSingle()).ToArray();
        Assert.Equal(4, box.Length);
        Assert.Equal(200, box[2]);
        Assert.True(box[3] > 0);
        var agree = Element(dump, "agree").GetProperty("box").EnumerateArray().Select(v => v.GetSingle()).ToArray();
        Assert.Equal(box[1] + box[3], agree[1]);
        Assert.Equal(640, dump.GetProperty("run").GetProperty("summary").GetProperty("width").GetSingle());
        Assert.Equal(480, dump.GetProperty("run").GetProperty("summary").GetProperty("height").GetSingle());
    }

    [Fact]
    public void Width_and_height_options_set_the_viewport()
    {
        var app = Write("app.kry", FormApp);
        var (exit, output, _) = Run(app, width: 1024, height: 700);
        Assert.Equal(0, exit);
        Assert.Contains("ran headless at 1024x700", output);
        var (bad, _, errors) = Run(app, width: 0);
        Assert.Equal(2, bad);
        Assert.Contains("--width and --height", errors);
    }

    [Fact]
    public void Wait_advances_the_fixed_clock()
    {
        var dump = Dump(FormApp, """[{"wait": 1000}]""");
        // 1000 ms in 16 ms steps: 62 full frames and one of 8 ms, after the first frame at 0.
        Assert.Equal(1000, dump.GetProperty("run").GetProperty("timeMs").GetDouble());
        Assert.Equal(64, dump.GetProperty("run").GetProperty("frames").GetInt32());
    }

    [Fact]
    public void Unknown_element_id_is_logged_as_2207_and_the_run_goes_on()
    {
        var dump = Dump(FormApp, """[{"click": "nmae"}, {"click": "agree"}]""");
        var entry = Assert.Single(dump.GetProperty("run").GetProperty("log").EnumerateArray());
        Assert.Equal(2207, entry.GetProperty("code").GetInt32());
        Assert.Contains("$[0] (click)", entry.GetProperty("message").GetString());
        Assert.Contains("'nmae'", entry.GetProperty("message").GetString());
        Assert.Equal(1, entry.GetProperty("line").GetInt32());
        Assert.Contains("did you mean 'name'?", entry.GetProperty("suggestions")[0].GetString());
        Assert.Contains("checked", States(Element(dump, "agree")));
        Assert.Equal(1, dump.GetProperty("run").GetProperty("summary").GetProperty("stepsSkipped").GetInt32());
    }

    [Fact]
    public void Hidden_elements_cannot_be_clicked_and_are_reported()
    {
        const string kry = """
            App {
                Button { id: "gone"; text: "x"; visible: false }
                Text { id: "label"; text: "hi" }
            }
            """;
        var dump = Dump(kry, """[{"click": "gone"}, {"focus": "label"}]""");
        var log = dump.GetProperty("run").GetProperty("log").EnumerateArray().ToArray();
        Assert.Equal([2207, 2207], log.Select(d => d.GetProperty("code").GetInt32()));
        Assert.Contains("not shown", log[0].GetProperty("message").GetString());
        Assert.Contains("cannot take keyboard focus", log[1].GetProperty("message").GetString());
        Assert.False(Element(dump, "gone").GetProperty("visible").GetBoolean());
    }

    [Fact]
    public void A_handler_naming_a_function_no_script_defines_reports_2304_in_the_human_log()
    {
        const string kry = """
            App {
                Button { id: "go"; text: "Go"; onClick: "go" }
            }
            @script "python" {
            def went():
                pass
            }
            """;
        var app = Write("app.kry", kry);
        var events = Write("events.json", """[{"click": "go"}]""");
        var (exit, output, _) = Run(app, events);
        Assert.Equal(0, exit);
        Assert.Contains("error[2304]: Button#go.onClick: no script function named 'go' is loaded", output);
        Assert.Contains($"{app}: ran headless at 800x600: 1 step, ", output);
        Assert.Contains("log: 1 error, ", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public void Json_report_without_dump_has_diagnostics_log_and_summary()
    {
        var app = Write("app.kry", FormApp + "\n@script \"python\" {\ndef hi(:\n    pass\n}\n");
        var (exit, output, errors) = Run(app, format: "json");
        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        var log = Assert.Single(root.GetProperty("log").EnumerateArray());
        Assert.Equal(2301, log.GetProperty("code").GetInt32());
        Assert.Equal("SCRIPT_LOAD_FAILED", log.GetProperty("name").GetString());
        Assert.Contains("SyntaxError", log.GetProperty("message").GetString());
        Assert.Equal(5, root.GetProperty("summary").GetProperty("elements").GetInt32());
    }

    [Fact]
    public void The_type_spelling_of_the_issue_runs_with_text_focusing_its_target()
    {
        var dump = Dump(FormApp, """
            [{"type":"click","target":"agree"}, {"type":"text","target":"name","text":"Ada"}, {"type":"key","key":"Tab"},
             {"type":"move","x":10,"y":20}, {"type":"wait","ms":250}]
            """);
        Assert.Equal("Ada", dump.GetProperty("variables").GetProperty("name").GetString());
        Assert.Equal("agree", dump.GetProperty("focus").GetString());
        Assert.Contains("checked", States(Element(dump, "agree")));
        Assert.Equal("Hello, Ada", Element(dump, "greeting").GetProperty("text").GetString());
        Assert.Empty(LogCodes(dump));
    }

    [Fact]
    public void A_dump_is_a_snapshot_that_restores_into_a_fresh_run()
    {
        var dump = Dump(FormApp, """[{"click": "name"}, {"text": "Ada"}, {"click": "agree"}]""");
        Assert.Equal(1, dump.GetProperty("version").GetInt32());
        var log = new Kryon.Runtime.Diagnostics.RuntimeLog();
        var snapshot = Kryon.Runtime.Snapshots.SnapshotJson.Read(dump.GetRawText(), log);
        Assert.True(snapshot is not null, string.Join("\n", log.Entries));

        var diagnostics = new Kryon.Diagnostics.DiagnosticBag();
        var document = Kryon.Cli.Loading.AppDocumentLoader.Load(Write("again.kry", FormApp), diagnostics)!;
        var fresh = Kryon.Runtime.KryonRuntime.Load(document, new Kryon.Runtime.RuntimeOptions { Width = 800, Height = 600 });
        fresh.Start();
        Assert.True(fresh.RestoreSnapshot(snapshot!), string.Join("\n", fresh.Log.Entries));
        Assert.Equal(snapshot, fresh.TakeSnapshot());
        Assert.Equal("agree", fresh.Focused?.Id);
    }

    [Fact]
    public void Dump_in_human_format_writes_the_log_to_stderr_and_only_json_to_stdout()
    {
        var app = Write("app.kry", FormApp);
        var events = Write("events.json", """[{"click": "missing"}]""");
        var (exit, output, errors) = Run(app, events, dump: true);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(app, doc.RootElement.GetProperty("run").GetProperty("file").GetString());
        Assert.Contains("error[2207]", errors);
        Assert.Contains("ran headless", errors);
    }

    // ---- inputs ----------------------------------------------------------------------------------------

    [Fact]
    public void A_krb_file_runs_like_its_source()
    {
        var source = Write("app.kry", FormApp);
        var krb = Path.Combine(_temp, "app.krb");
        Assert.Equal(0, CompileCommand.Run(source, krb, "human", new StringWriter()));
        var events = Write("events.json", """[{"click": "name"}, {"text": "Ada"}]""");
        var (exit, output, errors) = Run(krb, events, dump: true);
        Assert.True(exit == 0, output + errors);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("Ada", doc.RootElement.GetProperty("variables").GetProperty("name").GetString());
        Assert.Equal("name", doc.RootElement.GetProperty("focus").GetString());
    }

    [Fact]
    public void A_damaged_krb_is_a_diagnostic_with_the_byte_offset()
    {
        var source = Write("app.kry", FormApp);
        var krb = Path.Combine(_temp, "app.krb");
        Assert.Equal(0, CompileCommand.Run(source, krb, "human", new StringWriter()));
        var bytes = File.ReadAllBytes(krb);
        foreach (int cut in new[] { 3, 20, bytes.Length / 2, bytes.Length - 1 })
        {
            var damaged = Path.Combine(_temp, $"cut{cut}.krb");
            File.WriteAllBytes(damaged, bytes[..cut]);
            var (exit, output, errors) = Run(damaged);
            Assert.Equal(1, exit);
            Assert.Matches(@"error\[20\d\d|error\[21\d\d", output);
            Assert.Contains(" at byte ", output);
            Assert.Contains($"{damaged}: not run: 1 error", output);
            Assert.DoesNotContain("   at ", output + errors);
        }
        var corrupt = (byte[])bytes.Clone();
        corrupt[20] = 0xFF;
        corrupt[21] = 0xFF;
        var file = Path.Combine(_temp, "corrupt.krb");
        File.WriteAllBytes(file, corrupt);
        var (code, json, _) = Run(file, format: "json");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(json);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.InRange(d.GetProperty("code").GetInt32(), 2001, 2199);
        Assert.Contains("at byte", d.GetProperty("message").GetString());
    }

    [Fact]
    public void A_krb_file_with_a_kry_extension_is_still_read_as_krb()
    {
        var source = Write("app.kry", FormApp);
        var krb = Path.Combine(_temp, "compiled.kry");
        Assert.Equal(0, CompileCommand.Run(source, krb, "human", new StringWriter()));
        var (exit, output, _) = Run(krb);
        Assert.True(exit == 0, output);
        Assert.Contains("5 elements", output);
    }

    [Theory]
    [InlineData("nope.kry")]
    [InlineData("nope.krb")]
    public void A_missing_file_is_1505(string name)
    {
        var (exit, output, _) = Run(Path.Combine(_temp, name), format: "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(1505, d.GetProperty("code").GetInt32());
        Assert.Contains("file not found", d.GetProperty("message").GetString());
    }

    [Fact]
    public void A_kry_with_errors_is_reported_like_check_and_not_run()
    {
        var app = Write("bad.kry", "App {\n    opacity: 3\n}\n");
        var events = Write("events.json", """[{"wait": -1}]""");
        var (exit, output, _) = Run(app, events);
        Assert.Equal(1, exit);
        Assert.Contains("error[1207]", output);
        Assert.Contains($" --> {app}:2:14", output);
        Assert.Contains("error[2501]: $[0].wait", output);
        Assert.Contains($"{app}: not run: 2 errors, 0 warnings", output);
        Assert.DoesNotContain("ran headless", output);
    }

    [Fact]
    public void A_platform_that_cannot_run_here_says_why_and_points_to_headless()
    {
        // The test host's stdin and stdout are pipes, never a terminal.
        var app = Write("app.kry", FormApp);
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = RunCommand.Run(new RunOptions(app) { Platform = "terminal" }, output, errors);
        Assert.Equal(1, exit);
        Assert.Equal("", output.ToString());
        Assert.Contains("cannot show the app on the terminal platform: ", errors.ToString());
        Assert.Contains("--headless", errors.ToString());
    }

    [Fact]
    public void Events_need_a_headless_run_and_headless_contradicts_another_platform()
    {
        var app = Write("app.kry", FormApp);
        var events = Write("events.json", "[]");
        var errors = new StringWriter();
        Assert.Equal(2, RunCommand.Run(new RunOptions(app) { Platform = "desktop", EventsPath = events }, new StringWriter(), errors));
        Assert.Contains("--events plays scripted input in a headless run", errors.ToString());
        errors = new StringWriter();
        Assert.Equal(2, RunCommand.Run(new RunOptions(app) { Platform = "terminal", Headless = true }, new StringWriter(), errors));
        Assert.Contains("contradict", errors.ToString());
    }

    // ---- invalid events files ------------------------------------------------------------------------

    [Fact]
    public void Events_file_that_is_not_json_is_2501_with_line_and_column()
    {
        var d = Assert.Single(EventErrors("[\n  {\"click\": \"name\"},\n  {click: 1}\n]"));
        Assert.Equal(3, d.GetProperty("line").GetInt32());
        Assert.Equal(4, d.GetProperty("column").GetInt32());
        Assert.StartsWith("$: not valid JSON: ", d.GetProperty("message").GetString());

        d = Assert.Single(EventErrors("[{\"click\": \"name\"}"));
        Assert.Contains("the file ends inside an array or object", d.GetProperty("message").GetString());

        d = Assert.Single(EventErrors(""));
        Assert.Contains("empty", d.GetProperty("message").GetString());
    }

    [Fact]
    public void Events_file_with_wrong_shapes_is_2501_with_the_json_path()
    {
        var d = Assert.Single(EventErrors("""{"click": "name"}"""));
        Assert.Equal("$: expected a JSON array of steps, got an object", d.GetProperty("message").GetString());

        var errors = EventErrors("""
            [
              42,
              {"move": [1]},
              {"move": "a"},
              {"resize": [0, 100]},
              {"click": ""},
              {"text": 3},
              {"key": "Tab", "modifiers": "shift"},
              {"scroll": "name"},
              {"click": "a", "text": "b"},
              {"click": "a", "extra": 1},
              {}
            ]
            """);
        var messages = errors.Select(e => e.GetProperty("message").GetString()!).ToArray();
        Assert.Equal(
        [
            "$[0]: expected a step object such as {\"type\": \"click\", \"target\": \"id\"}, got the number 42",
            "$[1].move: expected a window position [x, y] in px, got an array of 1 value",
            "$[2].move: expected a window position [x, y] in px, got the string \"a\"",
            "$[3].resize[0]: expected a window size [width, height] in px, each from 1 to 65535, got the number 0",
            "$[4].click: expected the id of an element (a non-empty string), got an empty string",
            "$[5].text: expected the text to type (a string), got the number 3",
            "$[6].modifiers: expected an array of modifier names (\"shift\", \"control\", \"alt\", \"meta\"), got the string \"shift\"",
            "$[7]: a scroll step needs a distance: \"dy\" (vertical) or \"dx\" (horizontal), in px",
            "$[8].text: a step has one kind, but this one has both 'click' and 'text'",
            "$[9].extra: unexpected key 'extra' in a 'click' step; a 'click' step has no other keys",
            "$[10]: the step is empty; expected one kind key: click, press, release, move, hover, text, paste, compose, key, scroll, resize, wait, focus",
        ], messages);
        Assert.Equal(Enumerable.Range(2, 11), errors.Select(e => e.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void Unknown_step_kind_is_2501_with_a_suggestion()
    {
        var d = Assert.Single(EventErrors("[\n  {\"clik\": \"name\"}\n]"));
        Assert.StartsWith("$[0].clik: unknown step kind 'clik'; expected one of click, press,", d.GetProperty("message").GetString());
        Assert.Equal("did you mean 'click'?", d.GetProperty("suggestions")[0].GetString());
        Assert.Equal(2, d.GetProperty("line").GetInt32());
        Assert.Equal(4, d.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Negative_or_huge_waits_are_2501()
    {
        var errors = EventErrors("""[{"wait": -5}, {"wait": 1e12}, {"wait": "1s"}]""");
        Assert.Equal(3, errors.Length);
        Assert.Equal("$[0].wait: expected a number of milliseconds from 0 to 3600000, got the number -5", errors[0].GetProperty("message").GetString());
        Assert.Equal(11, errors[0].GetProperty("column").GetInt32());
        Assert.Contains("got the number 1e12", errors[1].GetProperty("message").GetString());
        Assert.Contains("got the string \"1s\"", errors[2].GetProperty("message").GetString());
    }

    [Fact]
    public void Unknown_keys_and_modifiers_are_2501_with_suggestions()
    {
        var errors = EventErrors("""[{"key": "tab"}, {"key": "Space"}, {"key": "Tab", "modifiers": ["shfit"]}, {"key": "Blah"}]""");
        Assert.Equal(4, errors.Length);
        Assert.Equal("did you mean \"Tab\"?", errors[0].GetProperty("suggestions")[0].GetString());
        Assert.Equal("did you mean \" \"?", errors[1].GetProperty("suggestions")[0].GetString());
        Assert.StartsWith("$[2].modifiers[0]: expected a modifier name", errors[2].GetProperty("message").GetString());
        Assert.Equal("did you mean \"shift\"?", errors[2].GetProperty("suggestions")[0].GetString());
        Assert.StartsWith("named keys: Tab, Enter", errors[3].GetProperty("suggestions")[0].GetString());
    }

    [Fact]
    public void A_missing_events_file_is_2501()
    {
        var app = Write("app.kry", FormApp);
        var (exit, output, _) = Run(app, Path.Combine(_temp, "nope.json"));
        Assert.Equal(1, exit);
        Assert.Contains("error[2501]: Cannot read the events file", output);
        Assert.Contains("file not found", output);
    }

    [Fact]
    public void Comments_trailing_commas_and_a_bom_are_accepted()
    {
        var app = Write("app.kry", FormApp);
        var events = Path.Combine(_temp, "events.json");
        File.WriteAllText(events, "[\n  // type a name\n  {\"focus\": \"name\"},\n  {\"text\": \"Ada\"}, /* done */\n]\n", new System.Text.UTF8Encoding(true));
        var (exit, output, errors) = Run(app, events, dump: true);
        Assert.True(exit == 0, output + errors);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("Ada", doc.RootElement.GetProperty("variables").GetProperty("name").GetString());
    }

    // ---- the examples ----------------------------------------------------------------------------------

    public static TheoryData<string> Examples() => CheckCommandTests.Examples();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_runs_headless(string example)
    {
        var path = Path.Combine(Kryon.Testing.RepositoryPaths.Root, "examples", example);
        var (exit, output, errors) = Run(path, format: "json");
        Assert.True(exit == 0, output + errors);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.True(root.GetProperty("summary").GetProperty("elements").GetInt32() > 1);
        var log = root.GetProperty("log").EnumerateArray().ToArray();
        // Every block loads (all five languages have an engine) and no script fails: the only entries
        // can be handlers that found no function, a first (cold, JIT-compiling) call over the frame's
        // script budget (a warning), and script log output.
        Assert.All(log, d => Assert.Contains(d.GetProperty("code").GetInt32(), new[] { 2300, 2303, 2304, 2402 }));
        Assert.All(log.Where(d => d.GetProperty("code").GetInt32() == 2303), d => Assert.Equal("warning", d.GetProperty("severity").GetString()));
    }

    // ---- the real executable ---------------------------------------------------------------------------

    [Fact]
    public async Task Real_cli_runs_headless_with_events_and_dumps_state()
    {
        var app = Write("app.kry", FormApp);
        var events = Write("events.json", """[{"click": "name"}, {"text": "Ada"}, {"key": "Tab"}]""");
        var dll = Path.Combine(AppContext.BaseDirectory, "kryon.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "run", app, "--headless", "--events", events, "--dump-state", "--format", "json", "--width", "500", "--height", "400" }) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(psi)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        string stdout = await stdoutTask, stderr = await stderrTask;
        Assert.True(process.ExitCode == 0, stdout + stderr);
        Assert.Equal("", stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("Ada", doc.RootElement.GetProperty("variables").GetProperty("name").GetString());
        Assert.Equal("agree", doc.RootElement.GetProperty("focus").GetString());
        Assert.Equal(500, doc.RootElement.GetProperty("run").GetProperty("summary").GetProperty("width").GetSingle());
    }
}

using System.Text.Json;
using Kryon.Cli.Commands;

namespace Kryon.Scripting.Tests;

/// <summary>`kryon run --headless` with the script manager: the examples' handlers really run.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("kryon-scripting-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    private JsonElement Dump(string appPath, string eventsJson)
    {
        var events = Write("events.json", eventsJson);
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = RunCommand.Run(new RunOptions(appPath) { Headless = true, EventsPath = events, DumpState = true }, output, errors);
        Assert.True(exit == 0, output.ToString() + errors);
        using var doc = JsonDocument.Parse(output.ToString());
        return doc.RootElement.Clone();
    }

    private static string Example(string name) => Path.Combine(Kryon.Testing.RepositoryPaths.Examples, name);

    private static JsonElement[] Log(JsonElement dump) => dump.GetProperty("run").GetProperty("log").EnumerateArray().ToArray();

    private static JsonElement[] Errors(JsonElement dump, int code) => Log(dump).Where(d => d.GetProperty("code").GetInt32() == code).ToArray();

    private static string? ScriptProperty(JsonElement dump, string id, string property)
        => dump.GetProperty("elements").TryGetProperty(id, out var e) && e.TryGetProperty("script", out var s) && s.TryGetProperty(property, out var v) ? v.ToString() : null;

    [Fact]
    public void Counter_increment_click_runs_the_lua_handler()
    {
        var dump = Dump(Example("counter.kry"), """[{"click": "increment"}]""");
        var variables = dump.GetProperty("variables");
        Assert.Equal(1, variables.GetProperty("count").GetInt32());
        Assert.Equal("Counting up", variables.GetProperty("status").GetString());
        // setProperty went to the script-changes layer of the label.
        Assert.Equal("#059669FF", ScriptProperty(dump, "status_label", "text_color"), ignoreCase: true);
        Assert.Empty(Errors(dump, 2301));
        Assert.Empty(Errors(dump, 2302));
        Assert.Empty(Errors(dump, 2304));
    }

    [Fact]
    public void Counter_steps_and_log_reach_the_runtime()
    {
        var dump = Dump(Example("counter.kry"), """[{"click": "step_5"}, {"click": "increment"}, {"click": "increment"}, {"click": "decrement"}]""");
        Assert.Equal(5, dump.GetProperty("variables").GetProperty("count").GetInt32());
        Assert.Contains(Log(dump), d => d.GetProperty("code").GetInt32() == 2300 && d.GetProperty("message").GetString()!.Contains("step is now 5"));
    }

    [Fact]
    public void Color_picker_preset_click_runs_the_lisp_handler()
    {
        var dump = Dump(Example("color_picker.kry"), """[{"click": "preset_coral"}]""");
        var variables = dump.GetProperty("variables");
        Assert.Equal("#FF6B6B", variables.GetProperty("hex_value").GetString());
        Assert.Equal("rgb(255, 107, 107)", variables.GetProperty("rgb_value").GetString());
        Assert.Equal("#FF6B6BFF", ScriptProperty(dump, "swatch", "background_color"), ignoreCase: true);
        Assert.Equal("255", ScriptProperty(dump, "red", "value"));
        Assert.Empty(Errors(dump, 2302));
    }

    [Fact]
    public void Color_picker_slider_step_runs_the_lisp_on_change_handler()
    {
        var dump = Dump(Example("color_picker.kry"), """[{"focus": "red"}, {"key": "ArrowRight"}]""");
        Assert.Equal("60", dump.GetProperty("variables").GetProperty("red_label").GetString());
        Assert.Equal("#3C82F6", dump.GetProperty("variables").GetProperty("hex_value").GetString());
        Assert.Empty(Errors(dump, 2302));
    }

    [Fact]
    public void A_failing_handler_reports_2302_at_the_kry_line_and_the_app_keeps_running()
    {
        var app = Write("app.kry", """
            @variables {
                count: Int = 0
            }
            App {
                Button { id: "bad"; text: "Bad"; onClick: "bad" }
                Button { id: "good"; text: "Good"; onClick: "good" }
            }
            @script "lua" {
                function good(id)
                    kryon.setVariable("count", (tonumber(kryon.getVariable("count")) or 0) + 1)
                end
                function bad(id)
                    error("boom")
                end
            }
            """);
        var dump = Dump(app, """[{"click": "bad"}, {"click": "good"}, {"click": "bad"}, {"click": "good"}]""");
        Assert.Equal(2, dump.GetProperty("variables").GetProperty("count").GetInt32());
        var failures = Errors(dump, 2302);
        Assert.Equal(2, failures.Length);
        // `error("boom")` is on line 13 of app.kry.
        Assert.All(failures, d => Assert.Contains("app.kry:13", d.GetProperty("message").GetString() + " " + d.ToString()));
        Assert.All(failures, d => Assert.Contains("boom", d.GetProperty("message").GetString()));
    }

    [Fact]
    public void SetProperty_with_a_bad_value_reports_2302_and_applies_nothing()
    {
        var app = Write("app.kry", """
            App {
                Text { id: "label"; text: "Hi"; text_color: "#111111" }
                Button { id: "paint"; text: "Paint"; onClick: "paint" }
                Button { id: "size"; text: "Size"; onClick: "size" }
            }
            @script "lisp" {
                (defn paint [id] (set-property! "label" "text_color" "not a colour"))
                (defn size [id] (set-property! "label" "no_such_property" 3))
            }
            """);
        var dump = Dump(app, """[{"click": "paint"}, {"click": "size"}]""");
        var failures = Errors(dump, 2302);
        Assert.Equal(2, failures.Length);
        Assert.Contains("text_color", failures[0].GetProperty("message").GetString());
        Assert.Contains("unknown property 'no_such_property'", failures[1].GetProperty("message").GetString());
        Assert.Null(ScriptProperty(dump, "label", "text_color"));
        Assert.Null(ScriptProperty(dump, "label", "no_such_property"));
    }

    // ---- the same app in two languages -----------------------------------------------------------

    public static TheoryData<string, string, string> CalculatorSessions => new()
    {
        // name, clicks (ids), the display after them
        { "sums and chains", "digit_1 digit_2 op_add digit_3 op_mul digit_2 equals", "30" },
        { "decimals and percent", "digit_7 decimal digit_5 op_div digit_2 equals percent", "0.0375" },
        { "thirds to 8 digits", "digit_1 digit_0 op_div digit_3 equals", "3.3333333" },
        { "division by zero", "digit_9 op_div digit_0 equals", "Error" },
        { "sign, clear, and starting over", "digit_4 sign op_sub digit_6 equals clear digit_8 op_mul", "8" },
        { "twelve digits at most", "digit_1 digit_2 digit_3 digit_4 digit_5 digit_6 digit_7 digit_8 digit_9 digit_0 digit_1 digit_2 digit_3 digit_4", "123456789012" },
    };

    [Theory, MemberData(nameof(CalculatorSessions))]
    public void Calculator_in_lua_and_in_kryon_lisp_reach_the_same_state(string session, string clicks, string display)
    {
        string events = "[" + string.Join(", ", clicks.Split(' ').Select(id => $$"""{"type": "click", "target": "{{id}}"}""")) + "]";
        var lua = Dump(Example("calculator.kry"), events);
        var lisp = Dump(Example("calculator_lisp.kry"), events);
        Assert.Equal(display, lua.GetProperty("variables").GetProperty("display").GetString());
        Assert.Equal(lua.GetProperty("variables").ToString(), lisp.GetProperty("variables").ToString());
        Assert.Equal(lua.GetProperty("elements").ToString(), lisp.GetProperty("elements").ToString());
        foreach (var dump in new[] { lua, lisp })
        {
            Assert.Empty(Errors(dump, 2301));
            Assert.Empty(Errors(dump, 2302));
            Assert.Empty(Errors(dump, 2304));
        }
        Assert.False(string.IsNullOrEmpty(session));
    }

    [Fact]
    public void The_dump_reports_each_script_functions_calls_and_time()
    {
        var dump = Dump(Example("calculator_lisp.kry"), """[{"click": "digit_1"}, {"click": "op_add"}, {"click": "digit_2"}, {"click": "digit_3"}, {"click": "equals"}]""");
        Assert.Equal("24", dump.GetProperty("variables").GetProperty("display").GetString());
        var scripts = dump.GetProperty("run").GetProperty("scripts");
        Assert.Equal("lisp", Assert.Single(scripts.GetProperty("engines").EnumerateArray()).GetProperty("language").GetString());
        var calls = scripts.GetProperty("calls").EnumerateArray().ToDictionary(c => c.GetProperty("function").GetString()!);
        Assert.Equal(3, calls["pressDigit"].GetProperty("calls").GetInt32());
        Assert.Equal(1, calls["pressOperator"].GetProperty("calls").GetInt32());
        Assert.Equal(1, calls["pressEquals"].GetProperty("calls").GetInt32());
        Assert.All(calls.Values, c => Assert.Equal(0, c.GetProperty("failures").GetInt32()));
        Assert.All(calls.Values, c => Assert.True(c.GetProperty("totalMs").GetDouble() >= c.GetProperty("maxMs").GetDouble()));
    }
}

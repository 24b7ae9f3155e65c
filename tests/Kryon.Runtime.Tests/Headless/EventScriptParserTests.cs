using Kryon.Diagnostics;
using Kryon.Runtime.Events;
using Kryon.Runtime.Headless;

namespace Kryon.Runtime.Tests.Headless;

/// <summary>The events file of `kryon run --headless --events`: the "type" spelling, the short spelling, and the 2501 diagnostics.</summary>
public class EventScriptParserTests
{
    private static (EventScript? Script, DiagnosticBag Diagnostics) Parse(string json)
    {
        var diagnostics = new DiagnosticBag();
        return (EventScriptParser.ParseText("events.json", json, diagnostics), diagnostics);
    }

    private static IReadOnlyList<EventStep> Steps(string json)
    {
        var (script, diagnostics) = Parse(json);
        Assert.True(script is not null, string.Join("\n", diagnostics.Items));
        return script!.Steps;
    }

    private static Diagnostic Error(string json)
    {
        var (script, diagnostics) = Parse(json);
        Assert.Null(script);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.InvalidEventsFile.Code, error.Code);
        return error;
    }

    [Fact]
    public void The_issue_example_reads_as_the_steps_it_names()
    {
        var steps = Steps("""
            [{"type":"click","target":"inc"}, {"type":"text","target":"name","text":"Ada"}, {"type":"key","key":"Tab"},
             {"type":"move","x":10,"y":20}, {"type":"wait","ms":250}]
            """);
        Assert.Equal(new ClickStep("inc"), steps[0] with { Location = null, Index = 0 });
        Assert.Equal(new TextStep("Ada", "name"), steps[1] with { Location = null, Index = 0 });
        Assert.Equal(new KeyStep("Tab", KeyModifiers.None), steps[2] with { Location = null, Index = 0 });
        Assert.Equal(new MoveStep(10, 20), steps[3] with { Location = null, Index = 0 });
        Assert.Equal(new WaitStep(250), steps[4] with { Location = null, Index = 0 });
        Assert.Equal([0, 1, 2, 3, 4], steps.Select(s => s.Index));
    }

    [Fact]
    public void Every_kind_has_a_type_spelling_equal_to_its_short_spelling()
    {
        var typed = Steps("""
            [{"type": "press", "target": "ok"}, {"type": "release", "target": "ok"}, {"type": "hover", "target": "menu"},
             {"type": "scroll", "target": "list", "dy": 40, "dx": -5}, {"type": "resize", "width": 800, "height": 600},
             {"type": "focus", "target": "name"}, {"type": "focus", "target": null}, {"type": "paste", "text": "hi"},
             {"type": "key", "key": "a", "modifiers": ["control", "shift"]}, {"type": "compose", "text": "かん", "cursor": 1},
             {"type": "compose", "text": ""}]
            """);
        var shorter = Steps("""
            [{"press": "ok"}, {"release": "ok"}, {"hover": "menu"}, {"scroll": "list", "dy": 40, "dx": -5}, {"resize": [800, 600]},
             {"focus": "name"}, {"focus": null}, {"paste": "hi"}, {"key": "a", "modifiers": ["control", "shift"]},
             {"compose": "かん", "cursor": 1}, {"compose": ""}]
            """);
        Assert.Equal(new ComposeStep("かん", 1), typed[^2] with { Location = null, Index = 0 });
        Assert.Equal(shorter.Select(s => s with { Location = null }), typed.Select(s => s with { Location = null }));
    }

    [Theory]
    [InlineData("""[{"compose": "ab", "cursor": 3}]""", "from 0 to 2")]
    [InlineData("""[{"compose": "ab", "cursor": 1.5}]""", "whole number")]
    [InlineData("""[{"compose": 5}]""", "composed so far")]
    [InlineData("""[{"type": "compose", "text": "ab", "cursr": 1}]""", "unexpected key 'cursr'")]
    public void A_bad_compose_step_is_2501(string json, string expected)
    {
        Assert.Contains(expected, Error(json).Message);
    }

    [Fact]
    public void An_unknown_type_is_2501_with_a_suggestion()
    {
        var e = Error("""[{"type": "clik", "target": "ok"}]""");
        Assert.Contains("$[0].type", e.Message);
        Assert.Contains("unknown step type", e.Message);
        Assert.Contains("did you mean \"click\"?", e.Suggestions);
        Assert.Equal(1, e.Location!.Value.Start.Line);
    }

    [Fact]
    public void A_missing_field_is_2501_naming_it_with_an_example()
    {
        var e = Error("""[{"type": "move", "x": 10}]""");
        Assert.Contains("a 'move' step needs 'y'", e.Message);
        Assert.Contains(e.Suggestions, s => s.Contains("\"y\": 20"));
    }

    [Fact]
    public void An_unexpected_field_is_2501_with_the_closest_name()
    {
        var e = Error("""[{"type": "text", "target": "name", "txt": "Ada", "text": "Ada"}]""");
        Assert.Contains("$[0].txt", e.Message);
        Assert.Contains("did you mean 'text'?", e.Suggestions);
    }

    [Theory]
    [InlineData("""[{"type": "click", "target": 3}]""", "$[0].target")]
    [InlineData("""[{"type": "click", "target": null}]""", "$[0].target")]
    [InlineData("""[{"type": "wait", "ms": -1}]""", "$[0].ms")]
    [InlineData("""[{"type": "resize", "width": 0, "height": 600}]""", "$[0].width")]
    [InlineData("""[{"type": "text", "target": "", "text": "x"}]""", "$[0].target")]
    [InlineData("""[{"type": "key", "key": "Tabb"}]""", "$[0].key")]
    public void A_wrong_value_is_2501_at_its_json_path(string json, string path)
    {
        var e = Error(json);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Every_mistake_in_a_file_is_reported()
    {
        var (script, diagnostics) = Parse("""[{"type": "wait", "ms": "soon"}, {"type": "move", "x": "a", "y": "b"}, {"type": 7}]""");
        Assert.Null(script);
        Assert.Equal(4, diagnostics.ErrorCount);
    }
}

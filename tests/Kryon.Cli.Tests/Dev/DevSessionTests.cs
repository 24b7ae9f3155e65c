using Kryon.Cli.Dev;
using Kryon.Diagnostics;
using Kryon.Compiler.Binding;
using Kryon.Runtime.Elements;
using Kryon.Testing;
using Kryon.Values;

namespace Kryon.Cli.Tests.Dev;

/// <summary>The reload core: edits keep state, broken edits keep the old app and report, script edits stay in their script.</summary>
public sealed class DevSessionTests : IDisposable
{
    private readonly DevAppFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A counter with a name field: `count` goes up by `step` on each click of "increment".</summary>
    private static string CounterApp(string title = "Counter", string extraVariables = "", string countType = "Int = 0") => $$"""
        @variables {
            count: {{countType}}
            step: Int = 1
            name: String = ""
            {{extraVariables}}
        }

        App {
            window_width: 400
            window_height: 300
            layout: column
            Text { id: "title"; text: "{{title}}" }
            Text { id: "shown"; text: "Count: $count" }
            Button { id: "increment"; text: "+"; onClick: "increment" }
            Input { id: "name_input"; value: $name; width: 200; height: 30 }
            Button { id: "other"; text: "other" }
        }

        @script "lua" {
            function increment(id)
                local n = tonumber(kryon.getVariable("count")) or 0
                local step = tonumber(kryon.getVariable("step")) or 1
                kryon.setVariable("count", n + step)
            end
        }
        """;

    private static string? Variable(DevSession session, string name) =>
        session.Runtime.State.GetVariable(name) is { } value ? LiteralText.Of(value) : null;

    [Fact]
    public void Edit_reloads_the_app_and_keeps_variables_input_text_and_focus()
    {
        _folder.Write("app.kry", CounterApp());
        using var session = _folder.Open();
        DevAppFolder.Play(session, """[{"click": "increment"}, {"click": "increment"}, {"click": "name_input"}, {"text": "Ada"}]""");
        Assert.Equal("2", Variable(session, "count"));
        var before = session.Runtime;

        _folder.Write("app.kry", CounterApp(title: "Counter, edited"));
        var result = session.Reload();

        Assert.NotNull(result);
        Assert.Equal(ReloadKind.Full, result.Kind);
        Assert.NotSame(before, session.Runtime);
        Assert.Same(session.Runtime, session.Host.Runtime);
        Assert.Equal("Counter, edited", session.Runtime.GetElementById("title")!.Get(Props.Text) is StringValue s ? s.Value : null);
        Assert.Equal("2", Variable(session, "count"));
        Assert.Equal("Ada", Variable(session, "name"));
        Assert.Equal("name_input", session.Runtime.Focused?.Id);
        Assert.Contains("count", result.Kept.Variables);
        Assert.Equal("name_input", result.Kept.Focus);
        Assert.True(result.Dropped.IsEmpty, string.Join(", ", result.Dropped.Elements.Concat(result.Dropped.Variables)));
        Assert.Empty(session.Host.OverlayLines);
        // The new app behaves: its handlers run against the kept state.
        DevAppFolder.Play(session, """[{"click": "increment"}]""");
        Assert.Equal("3", Variable(session, "count"));
    }

    [Fact]
    public void Broken_edit_keeps_the_old_app_running_and_reports_and_the_fix_recovers()
    {
        _folder.Write("app.kry", CounterApp());
        using var session = _folder.Open();
        DevAppFolder.Play(session, """[{"click": "increment"}]""");
        var good = session.Runtime;

        _folder.Write("app.kry", CounterApp().Replace("Text { id: \"title\"", "Text { id: \"title\" {{"));
        var broken = session.Reload();

        Assert.NotNull(broken);
        Assert.Equal(ReloadKind.Failed, broken.Kind);
        Assert.False(broken.Ok);
        Assert.Same(good, session.Runtime);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Location is { } at && at.File.Path.EndsWith("app.kry", StringComparison.Ordinal));
        Assert.Contains(broken.Diagnostics, d => d.Code == DiagnosticCodes.ReloadFailed.Code);
        Assert.NotEmpty(session.Host.OverlayLines);
        Assert.Contains("app.kry:", session.Host.OverlayLines[1]);
        // The old app still runs and still takes input.
        DevAppFolder.Play(session, """[{"click": "increment"}]""");
        Assert.Equal("2", Variable(session, "count"));

        _folder.Write("app.kry", CounterApp(title: "Fixed"));
        var fixedResult = session.Reload();

        Assert.NotNull(fixedResult);
        Assert.Equal(ReloadKind.Full, fixedResult.Kind);
        Assert.NotSame(good, session.Runtime);
        Assert.Equal("2", Variable(session, "count"));
        Assert.Empty(session.Host.OverlayLines);
    }

    [Fact]
    public void A_script_that_does_not_compile_breaks_the_edit_and_the_old_app_keeps_running()
    {
        _folder.Write("app.kry", CounterApp());
        using var session = _folder.Open();
        var good = session.Runtime;

        _folder.Write("app.kry", CounterApp(title: "New").Replace("local n =", "local n = = ="));
        var result = session.Reload();

        Assert.NotNull(result);
        Assert.Equal(ReloadKind.Failed, result.Kind);
        Assert.Same(good, session.Runtime);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ScriptLoadFailed.Code && d.Location is not null);
    }

    [Fact]
    public void Saving_unchanged_content_does_not_reload()
    {
        string app = _folder.Write("app.kry", CounterApp());
        using var session = _folder.Open();
        File.WriteAllText(app, CounterApp());
        Assert.Null(session.Reload());
    }

    [Fact]
    public void Removed_and_retyped_variables_are_dropped_and_reported_the_rest_is_kept()
    {
        _folder.Write("app.kry", CounterApp(extraVariables: "extra: Int = 7"));
        using var session = _folder.Open();
        DevAppFolder.Play(session, """[{"click": "increment"}, {"click": "other"}]""");

        // `extra` is gone, `count` is a String now, and the focused button lost its id.
        _folder.Write("app.kry", CounterApp(countType: "String = \"none\"").Replace("Button { id: \"other\";", "Button {"));
        var result = session.Reload();

        Assert.NotNull(result);
        Assert.Equal(ReloadKind.Full, result.Kind);
        Assert.Contains(result.Dropped.Variables, v => v.StartsWith("extra ", StringComparison.Ordinal));
        Assert.Contains(result.Dropped.Variables, v => v.StartsWith("count ", StringComparison.Ordinal));
        Assert.StartsWith("other ", result.Dropped.Focus);
        Assert.Contains("step", result.Kept.Variables);
        Assert.Equal("none", Variable(session, "count"));
        Assert.Null(session.Runtime.State.GetVariable("extra"));
        var info = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReloadStateDropped.Code);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("extra", info.Message);
    }

    [Fact]
    public void Editing_an_include_reloads_and_a_new_include_is_watched()
    {
        _folder.Write("parts/theme.kry", """style "big" { font_size: 30 }""");
        _folder.Write("app.kry", "@include \"parts/theme.kry\"\n" + CounterApp());
        using var session = _folder.Open();
        Assert.Contains(_folder.PathOf("parts/theme.kry"), session.WatchedFiles);

        _folder.Write("parts/theme.kry", """style "big" { font_size: 40 }""");
        var result = session.Reload();
        Assert.NotNull(result);
        Assert.Equal(ReloadKind.Full, result.Kind);
        Assert.Equal([_folder.PathOf("parts/theme.kry")], result.ChangedFiles);

        _folder.Write("parts/more.kry", """style "small" { font_size: 10 }""");
        _folder.Write("app.kry", "@include \"parts/theme.kry\"\n@include \"parts/more.kry\"\n" + CounterApp());
        Assert.Equal(ReloadKind.Full, session.Reload()!.Kind);
        Assert.Contains(_folder.PathOf("parts/more.kry"), session.WatchedFiles);
    }

    private static readonly string ScriptApp = DevTestApps.Counter(scriptFile: true);

    private static string Logic(int step) => DevTestApps.Logic(step);

    [Fact]
    public void Script_only_edit_reloads_just_that_script_and_keeps_the_running_app()
    {
        _folder.Write("logic.lua", Logic(1));
        _folder.Write("app.kry", ScriptApp);
        using var session = _folder.Open();
        Assert.Contains(_folder.PathOf("logic.lua"), session.WatchedFiles);
        DevAppFolder.Play(session, """[{"click": "increment"}, {"click": "increment"}]""");
        var running = session.Runtime;

        _folder.Write("logic.lua", Logic(10));
        var result = session.Reload();

        Assert.NotNull(result);
        Assert.Equal(ReloadKind.Script, result.Kind);
        Assert.Same(running, session.Runtime);
        Assert.Equal(["logic.lua"], result.ReloadedScripts);
        Assert.Equal(0, result.Stages.Parse);
        Assert.Equal("2", Variable(session, "count"));
        DevAppFolder.Play(session, """[{"click": "increment"}]""");
        Assert.Equal("12", Variable(session, "count"));
    }

    [Fact]
    public void A_broken_script_edit_keeps_the_old_functions_and_the_fix_goes_in_as_a_script_reload()
    {
        _folder.Write("logic.lua", Logic(1));
        _folder.Write("app.kry", ScriptApp);
        using var session = _folder.Open();

        _folder.Write("logic.lua", "function increment(id) kryon.setVariable(\"count\", ");
        var broken = session.Reload();
        Assert.NotNull(broken);
        Assert.Equal(ReloadKind.Failed, broken.Kind);
        Assert.NotEmpty(session.Host.OverlayLines);
        DevAppFolder.Play(session, """[{"click": "increment"}]""");
        Assert.Equal("1", Variable(session, "count"));

        _folder.Write("logic.lua", Logic(5));
        var fixedResult = session.Reload();
        Assert.NotNull(fixedResult);
        Assert.Equal(ReloadKind.Script, fixedResult.Kind);
        Assert.Empty(session.Host.OverlayLines);
        DevAppFolder.Play(session, """[{"click": "increment"}]""");
        Assert.Equal("6", Variable(session, "count"));
    }
}

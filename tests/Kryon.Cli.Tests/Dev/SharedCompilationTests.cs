using Kryon.Cli.Dev;
using Kryon.Diagnostics;
using Kryon.Compiler.Binding;
using Kryon.Runtime.Elements;
using Kryon.Testing;
using Kryon.Values;

namespace Kryon.Cli.Tests.Dev;

/// <summary>
/// Several running instances of one app (the browser tabs of `kryon dev --platform web`) on shared
/// <see cref="DevCompilations"/>: a save is compiled once, and an instance opened while the newest
/// edit is broken starts from the last good version with the errors shown.
/// </summary>
public sealed class SharedCompilationTests : IDisposable
{
    private readonly DevAppFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string App(string title) => DevTestApps.Counter(title);

    private DevSession Open(DevCompilations compilations, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        var session = DevSession.Open(new DevSessionOptions(compilations.AppPath) { RandomSeed = 0, Compilations = compilations }, diagnostics);
        Assert.True(session is not null, DiagnosticFormatter.FormatHuman(diagnostics.Items));
        return session!;
    }

    private static string Title(DevSession session) => session.Runtime.GetElementById("title")?.Get(Props.Text) is StringValue s ? s.Value : "";

    private static string? Count(DevSession session) => session.Runtime.State.GetVariable("count") is { } v ? LiteralText.Of(v) : null;

    [Fact]
    public void The_compilation_is_reused_until_a_file_it_read_changes()
    {
        string app = _folder.Write("app.kry", App("One"));
        var compilations = new DevCompilations(app);

        var first = compilations.Compile();
        Assert.Same(first, compilations.Compile());
        File.WriteAllText(app, App("One")); // saved without a change
        Assert.Same(first, compilations.Compile());
        Assert.Equal(1, compilations.CompileCount);

        File.WriteAllText(app, App("Two"));
        var second = compilations.Compile();
        Assert.NotSame(first, second);
        Assert.Equal(2, compilations.CompileCount);
        Assert.Same(second, compilations.LastGood);

        File.WriteAllText(app, App("Three").Replace("App {", "App { {"));
        var broken = compilations.Compile();
        Assert.False(broken.Succeeded);
        Assert.Same(second, compilations.LastGood);
        Assert.Contains(Path.GetFullPath(app), compilations.Files);
    }

    [Fact]
    public void Two_instances_reload_from_one_compile_and_each_keeps_its_own_state()
    {
        string app = _folder.Write("app.kry", App("One"));
        var compilations = new DevCompilations(app);
        using var a = Open(compilations);
        using var b = Open(compilations);
        Assert.Equal(1, compilations.CompileCount);
        DevAppFolder.Play(a, """[{"click": "increment"}, {"click": "increment"}]""");
        DevAppFolder.Play(b, """[{"click": "increment"}]""");

        File.WriteAllText(app, App("Two"));
        var reloadedA = a.Reload();
        var reloadedB = b.Reload();

        Assert.Equal(ReloadKind.Full, reloadedA?.Kind);
        Assert.Equal(ReloadKind.Full, reloadedB?.Kind);
        Assert.Equal(2, compilations.CompileCount);
        Assert.Equal("Two", Title(a));
        Assert.Equal("Two", Title(b));
        Assert.Equal("2", Count(a));
        Assert.Equal("1", Count(b));
    }

    [Fact]
    public void An_instance_opened_while_the_edit_is_broken_runs_the_last_good_version_with_the_errors_over_it()
    {
        string app = _folder.Write("app.kry", App("Good"));
        var compilations = new DevCompilations(app);
        using var first = Open(compilations);
        File.WriteAllText(app, App("Broken").Replace("Text { id: \"title\"", "Text { id: \"title\" {{"));
        Assert.Equal(ReloadKind.Failed, first.Reload()?.Kind);

        var diagnostics = new DiagnosticBag();
        using var late = Open(compilations, diagnostics);

        Assert.True(diagnostics.HasErrors);
        Assert.Equal("Good", Title(late));
        Assert.Matches(@"^kryon dev: reload failed: \d+ errors? in app\.kry;", late.Host.OverlayLines[0]);
        Assert.Contains("app.kry:", late.Host.OverlayLines[1]);
        Assert.Null(late.Reload()); // nothing changed since it opened
        DevAppFolder.Play(late, """[{"click": "increment"}]""");

        File.WriteAllText(app, App("Fixed"));
        var fixedResult = late.Reload();
        Assert.Equal(ReloadKind.Full, fixedResult?.Kind);
        Assert.Equal("Fixed", Title(late));
        Assert.Equal("1", Count(late));
        Assert.Empty(late.Host.OverlayLines);
        Assert.Equal(ReloadKind.Full, first.Reload()?.Kind);
        Assert.Equal("Fixed", Title(first));
    }

    [Fact]
    public void Without_a_good_version_to_fall_back_on_nothing_is_opened()
    {
        string app = _folder.Write("app.kry", App("Broken").Replace("App {", "App { {"));
        var diagnostics = new DiagnosticBag();
        Assert.Null(DevSession.Open(new DevSessionOptions(app) { Compilations = new DevCompilations(app) }, diagnostics));
        Assert.True(diagnostics.HasErrors);
    }
}

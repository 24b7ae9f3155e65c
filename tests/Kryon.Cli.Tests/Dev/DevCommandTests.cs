using System.Diagnostics;
using System.Text.Json;
using Kryon.Cli.Commands;
using Kryon.Testing;

namespace Kryon.Cli.Tests.Dev;

/// <summary>`kryon dev` end to end: the real command as a process on a copy of an example, edited while it runs.</summary>
public sealed class DevCommandTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly DevAppFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Edit_reload_keeps_state_a_broken_edit_is_reported_and_the_fix_recovers()
    {
        string counter = File.ReadAllText(Path.Combine(Kryon.Testing.RepositoryPaths.Root, "examples", "counter.kry"));
        string app = _folder.Write("counter.kry", counter);
        string events = _folder.Write("events.json", """[{"click": "increment"}, {"click": "increment"}, {"click": "step_5"}, {"click": "increment"}, {"key": "Tab"}]""");
        string log = _folder.PathOf("reloads.jsonl");

        using var process = StartKryon("dev", app, "--headless", "--events", events, "--dump-state", "--log", log);
        var stdout = new List<string>();
        var watching = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stdout) stdout.Add(e.Data);
            if (e.Data.StartsWith("kryon dev: watching", StringComparison.Ordinal)) watching.TrySetResult();
        };
        var stderrTask = process.StandardError.ReadToEndAsync();
        process.BeginOutputReadLine();
        try
        {
            await watching.Task.WaitAsync(Patience);

            Save(app, counter.Replace("window_title: \"Counter\"", "window_title: \"Counter (edited)\"").Replace("text: \"Reset\"", "text: \"Start over\""));
            var reloaded = await WaitForLogLine(log, 1);
            Assert.Equal("full", reloaded.GetProperty("kind").GetString());
            Assert.True(reloaded.GetProperty("ok").GetBoolean());
            var stages = reloaded.GetProperty("stages");
            foreach (string stage in (string[])["parse", "bind", "emit", "load", "layout", "restore", "firstFrame"])
                Assert.True(stages.GetProperty(stage).GetDouble() >= 0, stage);
            Assert.Contains("count", reloaded.GetProperty("kept").GetProperty("variables").EnumerateArray().Select(v => v.GetString()));
            string? focus = reloaded.GetProperty("kept").GetProperty("focus").GetString();
            Assert.NotNull(focus);

            Save(app, counter.Replace("App {", "App { {"));
            var failed = await WaitForLogLine(log, 2);
            Assert.Equal("failed", failed.GetProperty("kind").GetString());
            Assert.False(failed.GetProperty("ok").GetBoolean());
            var error = failed.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
            Assert.EndsWith("counter.kry", error.GetProperty("file").GetString());

            Save(app, counter);
            var recovered = await WaitForLogLine(log, 3);
            Assert.Equal("full", recovered.GetProperty("kind").GetString());

            process.StandardInput.Close();
            await process.WaitForExitAsync().WaitAsync(Patience);
            string stderr = await stderrTask;
            Assert.True(process.ExitCode == 0, string.Join("\n", stdout) + stderr);
            Assert.Contains("3 reloads (1 failed)", stderr);

            string output;
            lock (stdout) output = string.Join("\n", stdout);
            Assert.Contains("reloaded in", output);
            Assert.Contains("reload failed:", output);
            // The state dump is the JSON object printed last.
            using var dump = JsonDocument.Parse(output[output.IndexOf("\n{", StringComparison.Ordinal)..]);
            Assert.Equal(7, dump.RootElement.GetProperty("variables").GetProperty("count").GetInt32());
            Assert.Equal(5, dump.RootElement.GetProperty("variables").GetProperty("step").GetInt32());
            Assert.Equal(focus, dump.RootElement.GetProperty("focus").GetString());
            Assert.Equal(3, dump.RootElement.GetProperty("run").GetProperty("reloads").GetInt32());
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_first_version_with_errors_is_not_run()
    {
        string app = _folder.Write("app.kry", "App { width: }");
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(1, DevCommand.Run(new DevOptions(app) { Headless = true }, output, errors));
        Assert.Contains("error[", output.ToString());
        Assert.Contains("not run: 1 error", output.ToString());
    }

    [Fact]
    public void A_krb_file_is_refused_with_a_hint()
    {
        var errors = new StringWriter();
        Assert.Equal(2, DevCommand.Run(new DevOptions(_folder.PathOf("app.krb")) { Headless = true }, new StringWriter(), errors));
        Assert.Contains("give it the .kry file", errors.ToString());
    }

    [Fact]
    public void Events_need_a_headless_session()
    {
        var errors = new StringWriter();
        Assert.Equal(2, DevCommand.Run(new DevOptions(_folder.PathOf("app.kry")) { Platform = "desktop", EventsPath = "e.json" }, new StringWriter(), errors));
        Assert.Contains("--events", errors.ToString());
    }

    [Fact]
    public void Web_options_are_checked_against_the_platform()
    {
        string app = _folder.PathOf("app.kry");
        var errors = new StringWriter();
        Assert.Equal(2, DevCommand.Run(new DevOptions(app) { Platform = "desktop", Port = 9000 }, new StringWriter(), errors));
        Assert.Contains("add --platform web", errors.ToString());

        errors = new StringWriter();
        Assert.Equal(2, DevCommand.Run(new DevOptions(app) { Platform = "web", Port = 70000 }, new StringWriter(), errors));
        Assert.Contains("--port must be between 0 and 65535", errors.ToString());

        errors = new StringWriter();
        Assert.Equal(2, DevCommand.Run(new DevOptions(app) { Platform = "web", DumpState = true }, new StringWriter(), errors));
        Assert.Contains("every tab runs its own app", errors.ToString());
    }

    private static Process StartKryon(params string[] arguments)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kryon.dll"));
        foreach (string a in arguments) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        return Process.Start(psi)!;
    }

    /// <summary>The <paramref name="n"/>-th line of the reload log, once it is there.</summary>
    private static async Task<JsonElement> WaitForLogLine(string log, int n) => (await DevTestApps.WaitForReloadLogAsync(log, n, Patience))[n - 1];

    private static void Save(string path, string text) => DevTestApps.Save(path, text);
}

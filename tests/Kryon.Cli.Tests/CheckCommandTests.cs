using System.Diagnostics;
using System.Text.Json;
using Kryon.Cli.Commands;

namespace Kryon.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("kryon-cli-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string RepoRoot() => Kryon.Testing.RepositoryPaths.Root;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "examples"), "*.kry").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Output) Run(string path, string format = "human")
    {
        var output = new StringWriter();
        int exit = CheckCommand.Run(path, format, output);
        return (exit, output.ToString());
    }

    [Fact]
    public void There_are_examples_to_check()
    {
        Assert.True(Examples().Count >= 10);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_checks_without_errors(string example)
    {
        var path = Path.Combine(RepoRoot(), "examples", example);
        var (exit, output) = Run(path);
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("error[", output);
        Assert.Contains($"{path}: ok (", output);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_json_report_has_no_errors(string example)
    {
        var (exit, output) = Run(Path.Combine(RepoRoot(), "examples", example), "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetInt32());
        Assert.All(doc.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.NotEqual("error", d.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Bad_file_exits_1_with_the_diagnostics()
    {
        var path = Write("bad.kry", "App {\n    window_title \"x\"\n    Container { bogus: 1 }\n}\n");
        var (exit, output) = Run(path);
        Assert.Equal(1, exit);
        Assert.Contains("error[1104]: Expected ':' after property name", output);
        Assert.Contains($" --> {path}:2:18", output);
        Assert.Contains("error[1107]", output);
        Assert.Contains($"{path}: 2 errors, 0 warnings", output);
    }

    [Fact]
    public void Warnings_only_exit_0()
    {
        var path = Write("warn.kry", "Container {\n    backgroundColor: \"#fff\"\n}\n");
        var (exit, output) = Run(path);
        Assert.Equal(0, exit);
        Assert.Contains("warning[1108]", output);
        Assert.Contains("warning[1111]", output);
        Assert.Contains($"{path}: ok (2 warnings)", output);
    }

    [Fact]
    public void Json_format_parses_and_has_the_diagnostics()
    {
        var path = Write("bad.kry", "App {\n    opacity: 3\n    onClick: \"missing\"\n}\n");
        var (exit, output) = Run(path, "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var items = root.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal([1207, 1405], items.Select(i => i.GetProperty("code").GetInt32()));
        Assert.Equal(["error", "warning"], items.Select(i => i.GetProperty("severity").GetString()));
        Assert.Equal(2, items[0].GetProperty("line").GetInt32());
        Assert.Equal(14, items[0].GetProperty("column").GetInt32());
        Assert.Equal(path, items[0].GetProperty("file").GetString());
        Assert.Equal("INVALID_PROPERTY_VALUE", items[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Missing_file_is_1505_and_exit_1()
    {
        var path = Path.Combine(_temp, "nope.kry");
        var (exit, output) = Run(path, "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(1505, d.GetProperty("code").GetInt32());
        Assert.Contains("file not found", d.GetProperty("message").GetString());
    }

    [Fact]
    public void Directory_instead_of_a_file_is_reported()
    {
        var (exit, output) = Run(_temp);
        Assert.Equal(1, exit);
        Assert.Contains("error[1505]", output);
    }

    [Fact]
    public void Includes_are_read_relative_to_the_checked_file()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "shared"));
        Write(Path.Combine("shared", "theme.kry"), "style \"card\" { padding: 4 }\n");
        var path = Write("main.kry", "@include \"shared/theme.kry\"\nApp { style: \"card\" }\n");
        var (exit, output) = Run(path);
        Assert.True(exit == 0, output);
    }

    // ---- the real executable --------------------------------------------------------------------------

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
    public void Real_cli_on_garbage_input_reports_without_a_stack_trace()
    {
        var random = new Random(1234);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        var path = Path.Combine(_temp, "garbage.kry");
        File.WriteAllBytes(path, bytes);

        var (exit, stdout, stderr) = RunCli("check", path);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", stdout);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.Contains("error[", stdout);
        Assert.Contains("too many diagnostics", stdout);

        var good = Write("good.kry", "App { window_title: \"ok\" }\n");
        var (okExit, okOut, _) = RunCli("check", good, "--format", "json");
        Assert.Equal(0, okExit);
        using var doc = JsonDocument.Parse(okOut);
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetInt32());
    }
}

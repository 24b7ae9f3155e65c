using Kryon.Cli.Commands;

namespace Kryon.Cli.Tests;

/// <summary>`kryon fmt`: rewriting in place, --check for CI, --stdout, folders, and files it must not touch.</summary>
public sealed class FmtCommandTests : IDisposable
{
    private const string Messy = "App{layout:column // the root\n  Text{text:\"hi\";font_size:14}}\n";

    private const string Canonical = """
        App {
            layout: column // the root
            Text {
                text: "hi"
                font_size: 14
            }
        }

        """;

    private readonly string _temp = Directory.CreateTempSubdirectory("kryon-fmt-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_temp, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Output, string Errors) Run(FmtCommand.Mode mode, params string[] paths)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = FmtCommand.Run(paths, mode, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void A_file_is_rewritten_in_place_and_left_alone_once_formatted()
    {
        var path = Write("app.kry", Messy);
        var (exit, output, errors) = Run(FmtCommand.Mode.Write, path);
        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.Contains($"formatted {path}", output);
        Assert.Equal(Canonical, File.ReadAllText(path));

        var written = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);
        (exit, output, _) = Run(FmtCommand.Mode.Write, path);
        Assert.Equal(0, exit);
        Assert.Contains("1 file already formatted", output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_exits_1_and_writes_nothing()
    {
        var messy = Write("messy.kry", Messy);
        var tidy = Write("tidy.kry", Canonical);
        var (exit, output, _) = Run(FmtCommand.Mode.Check, messy, tidy);
        Assert.Equal(1, exit);
        Assert.Contains($"would reformat {messy}", output);
        Assert.DoesNotContain(tidy, output);
        Assert.Contains("1 file would be reformatted, 1 file already formatted", output);
        Assert.Equal(Messy, File.ReadAllText(messy));

        Assert.Equal(0, Run(FmtCommand.Mode.Check, tidy).Exit);
    }

    [Fact]
    public void Stdout_prints_the_formatted_text_and_leaves_the_file()
    {
        var path = Write("app.kry", Messy);
        var (exit, output, errors) = Run(FmtCommand.Mode.Stdout, path);
        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.Equal(Canonical, output);
        Assert.Equal(Messy, File.ReadAllText(path));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_reported_like_check_does_and_left_untouched()
    {
        const string broken = "App {\n    width 100\n}\n";
        var path = Write("broken.kry", broken);
        var good = Write("good.kry", Messy);
        var (exit, output, errors) = Run(FmtCommand.Mode.Write, path, good);
        Assert.Equal(1, exit);
        Assert.Contains("error[1104]", errors);
        Assert.Contains($"{path}:2:11", errors);
        Assert.Contains("1 file formatted, 0 files already formatted, 1 file with errors", output);
        Assert.Equal(broken, File.ReadAllText(path));
        Assert.Equal(Canonical, File.ReadAllText(good));
    }

    [Fact]
    public void A_folder_means_every_kry_file_under_it_except_in_hidden_folders()
    {
        var top = Write("ui/app.kry", Messy);
        var nested = Write("ui/parts/card.kry", Messy);
        var hidden = Write("ui/.cache/old.kry", Messy);
        var other = Write("ui/notes.txt", Messy);
        var (exit, output, _) = Run(FmtCommand.Mode.Write, Path.Combine(_temp, "ui"), top);
        Assert.Equal(0, exit);
        Assert.Contains("2 files formatted", output);
        Assert.Equal(Canonical, File.ReadAllText(top));
        Assert.Equal(Canonical, File.ReadAllText(nested));
        Assert.Equal(Messy, File.ReadAllText(hidden));
        Assert.Equal(Messy, File.ReadAllText(other));
    }

    [Fact]
    public void A_missing_path_is_a_diagnostic_not_a_crash()
    {
        var missing = Path.Combine(_temp, "nope.kry");
        var (exit, _, errors) = Run(FmtCommand.Mode.Check, missing);
        Assert.Equal(1, exit);
        Assert.Contains("error[1505]", errors);
        Assert.Contains(missing, errors);
    }

    [Theory]
    [InlineData("fmt --check --stdout a.kry", "--check and --stdout cannot be used together")]
    [InlineData("fmt --stdout a.kry b.kry", "--stdout formats exactly one file")]
    [InlineData("fmt", "Required argument 'paths' missing")]
    public void Options_that_do_not_go_together_are_rejected(string commandLine, string message)
    {
        var root = new System.CommandLine.RootCommand { FmtCommand.Create() };
        var parse = root.Parse(commandLine);
        Assert.Contains(parse.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Stdout_on_a_folder_of_several_files_is_refused()
    {
        Write("two/a.kry", Messy);
        Write("two/b.kry", Messy);
        var (exit, output, errors) = Run(FmtCommand.Mode.Stdout, Path.Combine(_temp, "two"));
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("exactly one file", errors);
    }

    [Fact]
    public void Formatted_examples_compile_to_the_same_krb_bytes()
    {
        // End to end: formatting changes layout and comments only, never what the compiler makes of the file.
        var examples = Path.Combine(Kryon.Testing.RepositoryPaths.Root, "examples");
        var copy = Path.Combine(_temp, "examples");
        foreach (var file in Directory.GetFiles(examples, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(examples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var (exit, output, errors) = Run(FmtCommand.Mode.Write, copy);
        Assert.True(exit == 0, output + errors);

        var apps = Directory.GetFiles(examples, "*.kry").Order(StringComparer.Ordinal).ToArray();
        Assert.True(apps.Length >= 10);
        foreach (var original in apps)
        {
            var formatted = Path.Combine(copy, Path.GetFileName(original));
            Assert.Equal(Compile(original, "original"), Compile(formatted, "formatted"));
        }
    }

    private byte[] Compile(string path, string tag)
    {
        var krb = Path.Combine(_temp, $"{Path.GetFileNameWithoutExtension(path)}.{tag}.krb");
        var log = new StringWriter();
        Assert.True(CompileCommand.Run(path, krb, "human", log) == 0, log.ToString());
        return File.ReadAllBytes(krb);
    }
}

using System.CommandLine;
using Kryon.Compiler.Formatting;
using Kryon.Diagnostics;

namespace Kryon.Cli.Commands;

/// <summary>
/// `kryon fmt file.kry|dir … [--check] [--stdout]`: formats .kry files in the canonical style
/// (docs/FORMAT.md). Files are rewritten only when their text changes; a file with syntax errors
/// is reported and left untouched. `--check` changes nothing and exits 1 when a file is not
/// formatted (for CI); `--stdout` prints the formatted text of one file instead of writing it.
/// </summary>
public static class FmtCommand
{
    /// <summary>What to do with the formatted text.</summary>
    public enum Mode
    {
        /// <summary>Rewrite each file whose text changes.</summary>
        Write,
        /// <summary>Change nothing; list the files that would change.</summary>
        Check,
        /// <summary>Print the formatted text of the one file.</summary>
        Stdout,
    }

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "The .kry files to format, or folders to format every .kry file in.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing: list the files that are not formatted and exit with 1 if there are any (for CI)." };
        var stdout = new Option<bool>("--stdout") { Description = "Print the formatted text of one file instead of rewriting it." };
        var command = new Command("fmt", "Format .kry files in the one canonical style.") { paths, check, stdout };
        command.Validators.Add(result =>
        {
            if (!result.GetValue(stdout)) return;
            if (result.GetValue(check)) result.AddError("--check and --stdout cannot be used together");
            else if (result.GetValue(paths) is { Length: not 1 }) result.AddError("--stdout formats exactly one file");
        });
        command.SetAction(parse =>
        {
            var mode = parse.GetValue(check) ? Mode.Check : parse.GetValue(stdout) ? Mode.Stdout : Mode.Write;
            return Run(parse.GetValue(paths)!, mode, Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>Formats the files; the listing goes to <paramref name="output"/>, diagnostics to <paramref name="errors"/>. Returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> paths, Mode mode, TextWriter output, TextWriter errors)
    {
        var problems = new DiagnosticBag();
        var files = ExpandPaths(paths, problems);
        if (mode == Mode.Stdout && files.Count != 1 && !problems.HasErrors)
        {
            errors.WriteLine($"kryon fmt: --stdout formats exactly one file, but {string.Join(", ", paths)} holds {files.Count}");
            return 1;
        }

        int changed = 0, unchanged = 0, failed = 0;
        foreach (var file in files)
        {
            var outcome = FormatFile(file, mode, output, problems);
            if (outcome == Outcome.Changed) changed++;
            else if (outcome == Outcome.Unchanged) unchanged++;
            else failed++;
        }

        bool color = errors == Console.Error && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        errors.Write(DiagnosticFormatter.FormatHuman(problems.Items, color));
        if (mode != Mode.Stdout) output.WriteLine(Summary(mode, changed, unchanged, failed));
        bool clean = !problems.HasErrors && (mode != Mode.Check || changed == 0);
        return clean ? 0 : 1;
    }

    private enum Outcome { Changed, Unchanged, Failed }

    /// <summary>
    /// The files to format: each file named, and every .kry file under each folder named (in
    /// ordinal order, skipping hidden folders such as .git). A file named twice is formatted once.
    /// </summary>
    private static List<string> ExpandPaths(IReadOnlyList<string> paths, DiagnosticBag problems)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<string> found;
            if (File.Exists(path)) found = [path];
            else if (Directory.Exists(path)) found = KryFilesUnder(path);
            else
            {
                problems.Report(DiagnosticCodes.FileError, null, $"Cannot read '{path}': no such file or folder", "check the path");
                continue;
            }
            foreach (var file in found)
                if (seen.Add(Path.GetFullPath(file))) files.Add(file);
        }
        return files;
    }

    private static IEnumerable<string> KryFilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*.kry", options)
            .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    private static Outcome FormatFile(string path, Mode mode, TextWriter output, DiagnosticBag problems)
    {
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problems.Report(DiagnosticCodes.FileError, null, $"Cannot read '{path}': {e.Message}", "check that the file exists and is readable");
            return Outcome.Failed;
        }

        var result = KryFormatter.Format(source, path);
        if (result.Text is not { } text)
        {
            problems.AddRange(result.Diagnostics.Where(d => d.IsError));
            return Outcome.Failed;
        }
        bool changed = result.Changed(source);
        switch (mode)
        {
            case Mode.Stdout:
                output.Write(text);
                break;
            case Mode.Check:
                if (changed) output.WriteLine($"would reformat {path}");
                break;
            case Mode.Write when changed:
                try
                {
                    File.WriteAllText(path, text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
                {
                    problems.Report(DiagnosticCodes.FileError, null, $"Cannot write '{path}': {e.Message}", "check that the file is writable");
                    return Outcome.Failed;
                }
                output.WriteLine($"formatted {path}");
                break;
        }
        return changed ? Outcome.Changed : Outcome.Unchanged;
    }

    private static string Summary(Mode mode, int changed, int unchanged, int failed)
    {
        static string Files(int n) => n == 1 ? "1 file" : $"{n} files";
        var parts = new List<string>();
        if (changed > 0) parts.Add(mode == Mode.Check ? $"{Files(changed)} would be reformatted" : $"{Files(changed)} formatted");
        parts.Add($"{Files(unchanged)} already formatted");
        if (failed > 0) parts.Add($"{Files(failed)} with errors");
        return "kryon fmt: " + string.Join(", ", parts);
    }
}

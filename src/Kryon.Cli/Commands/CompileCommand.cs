using System.CommandLine;
using System.Text;
using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Commands;

/// <summary>`kryon compile app.kry [-o app.krb] [--format human|json]`: checks the file like `check` and, without errors, writes the KRB binary. Exit code 0 on success, 1 with errors.</summary>
public static class CompileCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The .kry file to compile." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the .krb file (default: next to the source, with the .krb extension)." };
        var format = new Option<string>("--format") { Description = "Diagnostics format: human (default) or json.", DefaultValueFactory = _ => "human" };
        format.AcceptOnlyFromAmong("human", "json");
        var command = new Command("compile", "Compile a .kry file to a .krb binary.") { file, output, format };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(format)!, Console.Out));
        return command;
    }

    public static int Run(string path, string? outputPath, string format, TextWriter output)
    {
        outputPath ??= Path.ChangeExtension(path, ".krb");
        var result = KryCompiler.Check(path);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        byte[]? bytes = null;
        if (result.Success && result.App is { } app)
        {
            bytes = KrbWriter.Write(app, diagnostics);
            if (bytes is not null)
            {
                try
                {
                    File.WriteAllBytes(outputPath, bytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
                {
                    diagnostics.Report(DiagnosticCodes.FileError, null, $"Cannot write '{outputPath}': {e.Message}", "check that the folder exists and is writable");
                    bytes = null;
                }
            }
        }

        long sourceBytes = result.App?.Files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text)) ?? 0;
        if (format == "json")
        {
            output.WriteLine(DiagnosticFormatter.FormatJson(diagnostics.Items, diagnostics.ErrorCount, diagnostics.WarningCount));
        }
        else
        {
            bool color = output == Console.Out && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
            output.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items, color));
            if (bytes is not null)
            {
                var smaller = sourceBytes > 0 ? $", {100.0 * (sourceBytes - bytes.Length) / sourceBytes:F0}% smaller" : "";
                output.WriteLine($"{path} -> {outputPath}: {bytes.Length} bytes (source {sourceBytes} bytes{smaller})");
            }
            else output.WriteLine($"{path}: {Count(diagnostics.ErrorCount, "error")}, {Count(diagnostics.WarningCount, "warning")}; no output written");
        }
        return bytes is null ? 1 : 0;
    }
}

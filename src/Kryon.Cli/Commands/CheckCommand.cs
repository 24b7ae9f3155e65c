using System.CommandLine;
using System.Text;
using Kryon.Compiler;
using Kryon.Diagnostics;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Commands;

/// <summary>`kryon check app.kry [--format human|json]`: reports whether a file is valid KRY. Exit code 0 without errors, 1 with.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The .kry file to check." };
        var format = new Option<string>("--format") { Description = "Output format: human (default) or json.", DefaultValueFactory = _ => "human" };
        format.AcceptOnlyFromAmong("human", "json");
        var command = new Command("check", "Check a .kry file and report its diagnostics.") { file, format };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, Console.Out));
        return command;
    }

    public static int Run(string path, string format, TextWriter output)
    {
        var result = KryCompiler.Check(path);
        if (format == "json")
        {
            output.WriteLine(DiagnosticFormatter.FormatJson(result.Diagnostics, result.ErrorCount, result.WarningCount));
        }
        else
        {
            bool color = output == Console.Out && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
            output.Write(DiagnosticFormatter.FormatHuman(result.Diagnostics, color));
            output.WriteLine(Summary(path, result));
        }
        return result.Success ? 0 : 1;
    }

    private static string Summary(string path, CompilationResult result)
    {
        var sb = new StringBuilder();
        if (result.ErrorCount > 0) sb.Append($"{path}: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}");
        else sb.Append($"{path}: ok ({Count(result.WarningCount, "warning")})");
        return sb.ToString();
    }
}

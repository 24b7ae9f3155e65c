using System.Diagnostics;

namespace Kryon.Cli.Tests.Editors;

/// <summary>What a finished child process printed.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Errors}";
}

/// <summary>Runs a tool (node, npm, python3, tsc) to completion, killing it if it outlives the timeout.</summary>
public static class ExternalProcess
{
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // npm must not stop to ask anything, nor try to update itself.
        start.Environment["npm_config_update_notifier"] = "false";
        start.Environment["npm_config_fund"] = "false";
        start.Environment["npm_config_audit"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s\n{output.Result}\n{errors.Result}");
        }
        return new ProcessResult(process.ExitCode, output.Result, errors.Result);
    }
}

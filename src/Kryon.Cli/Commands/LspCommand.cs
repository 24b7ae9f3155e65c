using System.CommandLine;
using Kryon.LanguageServer.Server;

namespace Kryon.Cli.Commands;

/// <summary>`kryon lsp`: the KRY language server on stdin/stdout (LSP 3.17). Stdout carries only protocol messages; logs go to stderr.</summary>
public static class LspCommand
{
    public static Command Create()
    {
        // Editors often pass --stdio; it is the only transport, so it is accepted and changes nothing.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over stdin/stdout (the default and only transport)." };
        var command = new Command("lsp", "Run the KRY language server over stdin/stdout, for editors.") { stdio };
        command.SetAction(_ => Run());
        return command;
    }

    public static int Run()
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        // Nothing else may write to stdout: a stray Console.WriteLine would corrupt the protocol stream.
        Console.SetOut(Console.Error);
        var server = new LanguageServer.Server.LanguageServer(input, output, Console.Error);
        return server.RunAsync().GetAwaiter().GetResult();
    }
}

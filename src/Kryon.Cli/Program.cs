using System.CommandLine;
using Kryon.Cli.Commands;

namespace Kryon.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Kryon: write user interfaces in KRY, compile them to KRB, and run them.")
        {
            CheckCommand.Create(),
            FmtCommand.Create(),
            CompileCommand.Create(),
            InspectCommand.Create(),
            LayoutCommand.Create(),
            RunCommand.Create(),
            DevCommand.Create(),
            RenderCommand.Create(),
            ServeCommand.Create(),
            LspCommand.Create(),
            GenerateCommand.Create(),
        };
        try
        {
            var parse = root.Parse(args);
            int exit = parse.Invoke();
            // `kryon render` exits with 2 for bad options, including the ones the parser rejects
            // (a missing -o, a --scale that is not a number); the parser's own code is 1.
            if (parse.Errors.Count > 0 && parse.CommandResult.Command.Name == RenderCommand.Name) return RenderCommand.BadOptions;
            return exit;
        }
        catch (Exception e)
        {
            // User mistakes are diagnostics; reaching here is a bug in Kryon, not in the user's app.
            Console.Error.WriteLine($"kryon: internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("This is a bug in Kryon; please report it with the input that caused it.");
            return 70;
        }
    }
}

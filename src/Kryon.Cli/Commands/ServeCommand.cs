using System.CommandLine;
using Kryon.Cli.Loading;
using Kryon.Cli.Serving;
using Kryon.Diagnostics;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Commands;

/// <summary>What `kryon serve` was asked to do.</summary>
public sealed record ServeOptions(string Path)
{
    public int Port { get; init; } = WebServing.DefaultPort;

    public string Host { get; init; } = WebServing.DefaultHost;
}

/// <summary>
/// `kryon serve app.kry|app.krb [--port N] [--host 127.0.0.1]`: serves the app to browsers
/// (src/Kryon.Backends.Web). Each tab gets its own instance of the app, run on the server and drawn
/// by a canvas client. The app is checked first: errors are printed as `kryon run` prints them and
/// the command exits 1 before anything listens. Then it prints the URL and serves until Ctrl+C or
/// SIGTERM, when every session's app is stopped (onStop) and the command exits 0.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The app to serve: a .kry file (compiled in memory) or a .krb file." };
        var port = new Option<int>("--port") { Description = "The TCP port to listen on (0: any free port).", DefaultValueFactory = _ => WebServing.DefaultPort };
        var host = new Option<string>("--host") { Description = "The address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 opens it to the network).", DefaultValueFactory = _ => WebServing.DefaultHost };
        var command = new Command("serve", "Serve an app to web browsers: each tab runs its own instance, drawn on a canvas.") { file, port, host };
        command.SetAction((parse, cancel) => RunAsync(new ServeOptions(parse.GetValue(file)!)
        {
            Port = parse.GetValue(port),
            Host = parse.GetValue(host)!,
        }, Console.Out, Console.Error, cancel));
        return command;
    }

    public static async Task<int> RunAsync(ServeOptions options, TextWriter output, TextWriter errors, CancellationToken cancel)
    {
        if (options.Port is < 0 or > 65535)
        {
            errors.WriteLine("kryon serve: --port must be between 0 and 65535");
            return 2;
        }
        bool color = output == Console.Out && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(options.Path, diagnostics, out var scriptSources);
        if (document is null || diagnostics.HasErrors)
        {
            output.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items, color));
            output.WriteLine($"{options.Path}: not served: {Count(diagnostics.ErrorCount, "error")}, {Count(diagnostics.WarningCount, "warning")}");
            return 1;
        }
        output.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items, color));
        if (WebServing.WhyUnavailable() is { } why)
        {
            errors.WriteLine($"kryon serve: {why}");
            return 1;
        }
        return await WebServing.ServeAsync("kryon serve", options.Path, options.Host, options.Port, AppSessionFactory.For(options.Path, document, scriptSources),
            WebServing.Reporter(errors), output, errors, cancel);
    }
}

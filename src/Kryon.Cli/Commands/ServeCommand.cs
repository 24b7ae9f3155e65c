using System.CommandLine;
using System.Runtime.InteropServices;
using Kryon.Backends.Cairo;
using Kryon.Backends.Web;
using Kryon.Cli.Loading;
using Kryon.Cli.Serving;
using Kryon.Diagnostics;

namespace Kryon.Cli.Commands;

/// <summary>What `kryon serve` was asked to do.</summary>
public sealed record ServeOptions(string Path)
{
    public int Port { get; init; } = 8080;

    public string Host { get; init; } = "127.0.0.1";
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
        var port = new Option<int>("--port") { Description = "The TCP port to listen on (0: any free port).", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "The address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 opens it to the network).", DefaultValueFactory = _ => "127.0.0.1" };
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
        if (CairoBackend.Check() is { } missing)
        {
            errors.WriteLine($"kryon serve: text is measured with Pango on the server: {missing}");
            return 1;
        }

        var printLock = new Lock();
        void Report(Diagnostic d)
        {
            lock (printLock) errors.Write(DiagnosticFormatter.FormatHuman([d]));
        }
        WebServer server;
        try
        {
            server = await WebServer.StartAsync(new WebServerOptions
            {
                Host = options.Host,
                Port = options.Port,
                AppDirectory = AppDocumentLoader.DirectoryOf(options.Path),
                Title = Path.GetFileNameWithoutExtension(options.Path),
                Report = Report,
            }, AppSessionFactory.For(options.Path, document, scriptSources));
        }
        catch (WebListenException e)
        {
            Report(Diagnostic.Create(DiagnosticCodes.WebListenFailed, null, e.Message, "pick another port with --port N (0: any free port)"));
            return 1;
        }

        await using (server)
        {
            output.WriteLine($"kryon serve: {options.Path} at {server.Url} (Ctrl+C stops)");
            if (options.Host is not ("127.0.0.1" or "::1" or "[::1]" or "localhost"))
                errors.WriteLine($"kryon serve: listening on {options.Host}: anyone who can reach this machine can use the app");
            output.Flush();
            // Ctrl+C arrives as `cancel`; SIGTERM (a service manager, `kill`) stops the same way.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            await server.WaitAsync(stop.Token);
            output.WriteLine("kryon serve: stopping");
        }
        return 0;
    }

    private static string Count(long n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}

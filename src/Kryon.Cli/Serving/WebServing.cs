using System.Runtime.InteropServices;
using Kryon.Backends.Cairo;
using Kryon.Backends.Web;
using Kryon.Backends.Web.Hosting;
using Kryon.Cli.Loading;
using Kryon.Diagnostics;

namespace Kryon.Cli.Serving;

/// <summary>
/// Serving an app to browsers, as `kryon serve` and `kryon dev --platform web` both do: start the
/// web server on the asked address (a port in use is diagnostic 2606, not a stack trace), print
/// its URL, serve until Ctrl+C (<c>cancel</c>) or SIGTERM, then stop every tab's app (onStop).
/// </summary>
public static class WebServing
{
    public const int DefaultPort = 8080;

    public const string DefaultHost = "127.0.0.1";

    /// <summary>Why the server cannot run here (it measures text with Pango), or null.</summary>
    public static string? WhyUnavailable() => CairoBackend.Check() is { } missing ? $"text is measured with Pango on the server: {missing}" : null;

    /// <summary>Prints diagnostics the server and the tabs' apps report, from any thread, one at a time.</summary>
    public static Action<Diagnostic> Reporter(TextWriter errors)
    {
        var printLock = new Lock();
        return d =>
        {
            lock (printLock) errors.Write(DiagnosticFormatter.FormatHuman([d]));
        };
    }

    /// <summary>
    /// Serves the app at <paramref name="appPath"/> (each tab gets an app from <paramref name="factory"/>)
    /// until cancelled. <paramref name="started"/> runs once the server listens. Exit code: 0 after
    /// a stop, 1 when the address cannot be used.
    /// </summary>
    public static async Task<int> ServeAsync(string command, string appPath, string host, int port, SessionFactory factory,
        Action<Diagnostic> report, TextWriter output, TextWriter errors, CancellationToken cancel, Action<WebServer>? started = null)
    {
        WebServer server;
        try
        {
            server = await WebServer.StartAsync(new WebServerOptions
            {
                Host = host,
                Port = port,
                AppDirectory = AppDocumentLoader.DirectoryOf(appPath),
                Title = Path.GetFileNameWithoutExtension(appPath),
                Report = report,
            }, factory);
        }
        catch (WebListenException e)
        {
            report(Diagnostic.Create(DiagnosticCodes.WebListenFailed, null, e.Message, "pick another port with --port N (0: any free port)"));
            return 1;
        }

        await using (server)
        {
            output.WriteLine($"{command}: {appPath} at {server.Url} (Ctrl+C stops)");
            if (host is not ("127.0.0.1" or "::1" or "[::1]" or "localhost"))
                errors.WriteLine($"{command}: listening on {host}: anyone who can reach this machine can use the app");
            output.Flush();
            started?.Invoke(server);
            // Ctrl+C arrives as `cancel`; SIGTERM (a service manager, `kill`) stops the same way.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            await server.WaitAsync(stop.Token);
            output.WriteLine($"{command}: stopping");
        }
        return 0;
    }
}

using Kryon.Backends.Web.Sessions;
using Kryon.Cli.Loading;
using Kryon.Cli.Serving;
using Kryon.Diagnostics;
using Kryon.Testing;

namespace Kryon.Backends.Web.Tests.Support;

/// <summary>An example app served in-process as `kryon serve` serves it, on a free loopback port.</summary>
internal sealed class ServedApp : IAsyncDisposable
{
    private readonly List<Diagnostic> _reported = [];

    private ServedApp(string path, WebServer server)
    {
        AppPath = path;
        Server = server;
    }

    public string AppPath { get; }

    public WebServer Server { get; }

    public string Url => Server.Url;

    public SessionRegistry Sessions => Server.Sessions;

    /// <summary>What the server reported so far (protocol violations, app logs).</summary>
    public IReadOnlyList<Diagnostic> Reported
    {
        get
        {
            lock (_reported) return _reported.ToList();
        }
    }

    public static Task<ServedApp> StartAsync(string example, Func<WebServerOptions, WebServerOptions>? configure = null)
    {
        string path = Path.Combine(RepositoryPaths.Examples, example);
        return StartAsync(path, FactoryFor(path), configure);
    }

    /// <summary>Any app file (a test's own), served as `kryon serve` serves it.</summary>
    public static Task<ServedApp> StartFileAsync(string path) => StartAsync(path, FactoryFor(path), null);

    private static Hosting.SessionFactory FactoryFor(string path)
    {
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(path, diagnostics, out var sources)
            ?? throw new InvalidOperationException($"{Path.GetFileName(path)} did not load: {string.Join("; ", diagnostics.Items)}");
        return AppSessionFactory.For(path, document, sources);
    }

    private static async Task<ServedApp> StartAsync(string path, Hosting.SessionFactory factory, Func<WebServerOptions, WebServerOptions>? configure)
    {
        ServedApp? app = null;
        var options = new WebServerOptions
        {
            Port = 0,
            AppDirectory = AppDocumentLoader.DirectoryOf(path),
            Report = d =>
            {
                if (app is null) return;
                lock (app._reported) app._reported.Add(d);
            },
        };
        var server = await WebServer.StartAsync(configure?.Invoke(options) ?? options, factory);
        app = new ServedApp(path, server);
        return app;
    }

    public WebSession Session(string id) => Sessions.Find(id) ?? throw new InvalidOperationException($"no session {id} on the server");

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

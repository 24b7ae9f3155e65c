using Kryon.Backends.Web;
using Kryon.Cli.Loading;
using Kryon.Cli.Serving;
using Kryon.Diagnostics;
using Kryon.Testing;

namespace Kryon.Benchmarks.Web;

/// <summary>The counter example loaded as `kryon serve` loads it: its session factory, and a server on a free loopback port.</summary>
internal static class ServedCounter
{
    public static string AppPath => Path.Combine(RepositoryPaths.Examples, "counter.kry");

    public static Backends.Web.Hosting.SessionFactory Factory()
    {
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(AppPath, diagnostics, out var sources)
            ?? throw new InvalidOperationException($"counter.kry did not load: {string.Join("; ", diagnostics.Items)}");
        return AppSessionFactory.For(AppPath, document, sources);
    }

    public static Task<WebServer> StartAsync() => WebServer.StartAsync(new WebServerOptions
    {
        Port = 0,
        AppDirectory = AppDocumentLoader.DirectoryOf(AppPath),
        Report = d => Console.Error.WriteLine(d),
    }, Factory());
}

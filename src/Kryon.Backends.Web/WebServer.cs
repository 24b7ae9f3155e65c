using System.Net;
using System.Net.Sockets;
using Kryon.Backends.Cairo;
using Kryon.Backends.Web.Assets;
using Kryon.Backends.Web.Hosting;
using Kryon.Backends.Web.Security;
using Kryon.Backends.Web.Sessions;
using Kryon.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kryon.Backends.Web;

/// <summary>
/// `kryon serve`: an ASP.NET Core (Kestrel) server that runs one instance of the app per browser tab
/// and streams its frames to a canvas client over a WebSocket (README.md). It serves:
/// <list type="bullet">
/// <item>`/` the page and `/kryon/client.js` the client (embedded, plain JS);</item>
/// <item>`/kryon/fonts/N` the font files the server's Pango measures with, `/kryon/images/N` the app's images (only files a frame showed);</item>
/// <item>`/kryon/ws` the session WebSocket (origin-checked, bounded in message size and rate).</item>
/// </list>
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SessionRegistry _sessions;
    private readonly IDisposable _measurer;
    private readonly CancellationTokenSource _stopping = new();

    private WebServer(WebApplication app, SessionRegistry sessions, IDisposable measurer)
    {
        (_app, _sessions, _measurer) = (app, sessions, measurer);
    }

    /// <summary>Where the page is, e.g. http://127.0.0.1:8080/ (with the real port when 0 was asked).</summary>
    public string Url { get; private set; } = "";

    internal SessionRegistry Sessions => _sessions;

    /// <summary>
    /// Starts listening. Throws <see cref="WebListenException"/> when the host or port cannot be
    /// used, and <see cref="CairoUnavailableException"/> when Pango (the text measurer) is missing.
    /// </summary>
    public static async Task<WebServer> StartAsync(WebServerOptions options, SessionFactory factory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factory);
        var address = AddressOf(options.Host);
        var report = options.Report ?? (_ => { });
        var fonts = new FontCatalog
        {
            Unavailable = why => report(Diagnostic.Create(DiagnosticCodes.WebFontsUnavailable, null, why)),
        };
        var images = new ImageCatalog(options.AppDirectory);
        var pango = CairoBackend.CreateMeasurer();
        var sessions = new SessionRegistry(factory, new SharedTextMeasurer(pango), fonts, images, options, report);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 0; // the page only GETs; input comes over the WebSocket
            kestrel.Listen(address, options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging();
        var app = builder.Build();
        var server = new WebServer(app, sessions, pango);
        server.Map(options, fonts, images, address);
        try
        {
            await app.StartAsync();
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            // Kestrel wraps the socket error (address in use, not an address of this machine) in an IOException.
            sessions.Dispose();
            pango.Dispose();
            await app.DisposeAsync();
            throw new WebListenException($"cannot listen on {options.Host}:{options.Port}: {(e.InnerException ?? e).Message}", e);
        }
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://{options.Host}:{options.Port}";
        server.Url = bound.TrimEnd('/') + "/";
        return server;
    }

    private void Map(WebServerOptions options, FontCatalog fonts, ImageCatalog images, IPAddress address)
    {
        bool loopbackOnly = IPAddress.IsLoopback(address);
        _app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) });
        _app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = "default-src 'self'; connect-src 'self'; img-src 'self'; font-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        // RequestDelegate endpoints (not Delegate ones, which bind parameters by reflection): the
        // server also runs in a native AOT build of kryon.
        _app.MapGet("/", context => Results.Content(ClientAssets.IndexHtml(options.Title), "text/html; charset=utf-8").ExecuteAsync(context));
        _app.MapGet("/kryon/client.js", context => Results.Content(ClientAssets.ClientJs, "text/javascript; charset=utf-8").ExecuteAsync(context));
        _app.MapGet("/kryon/fonts/{id:int}", context => (fonts.Get(RouteId(context)) is { } face
            ? Results.File(face.Path, FontContentType(face.Path), enableRangeProcessing: false)
            : Results.NotFound()).ExecuteAsync(context));
        _app.MapGet("/kryon/images/{id:int}", context => (images.Get(RouteId(context)) is { } image
            ? Results.File(image.Path, image.ContentType)
            : Results.NotFound()).ExecuteAsync(context));
        var report = options.Report ?? (_ => { });
        _app.Map("/kryon/ws", async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            if (OriginPolicy.Check(context.Request.Headers.Origin, context.Request.Headers.Host, loopbackOnly) is { } refused)
            {
                report(Diagnostic.Create(DiagnosticCodes.WebOriginRejected, null, $"a WebSocket from {context.Connection.RemoteIpAddress} was refused: {refused}"));
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
            await new WebSocketConnection(socket, _sessions, options, report).RunAsync(stop.Token);
        });
    }

    private static string FontContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".otf" => "font/otf",
        ".woff" => "font/woff",
        ".woff2" => "font/woff2",
        _ => "font/ttf",
    };

    private static IPAddress AddressOf(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return IPAddress.Loopback;
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
            : throw new WebListenException($"--host \"{host}\" is not an IP address of this machine (use 127.0.0.1, ::1, 0.0.0.0 or an interface's address)");
    }

    /// <summary>Runs until <paramref name="cancel"/> fires.</summary>
    public async Task WaitAsync(CancellationToken cancel)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Closes every session (each app's onStop runs) and stops listening.</summary>
    /// <summary>The `{id:int}` route value; the route's constraint has already checked that it is an int.</summary>
    private static int RouteId(HttpContext context) => int.Parse((string)context.Request.RouteValues["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _sessions.Dispose();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5))) await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _measurer.Dispose();
        _stopping.Dispose();
    }
}

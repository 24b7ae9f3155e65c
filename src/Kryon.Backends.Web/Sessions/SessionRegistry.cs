using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Kryon.Backends.Web.Assets;
using Kryon.Backends.Web.Hosting;
using Kryon.Backends.Web.Protocol;
using Kryon.Diagnostics;
using Kryon.Runtime.Layout;

namespace Kryon.Backends.Web.Sessions;

/// <summary>
/// Every live session by id. A hello with a known, detached session id resumes it; anything else
/// starts a new session. Ids are 128 random bits: knowing one is what lets a tab resume its app.
/// Sessions whose connection went are closed once their grace time has passed (checked every second).
/// </summary>
internal sealed class SessionRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, WebSession> _sessions = new(StringComparer.Ordinal);
    private readonly SessionFactory _factory;
    private readonly ITextMeasurer _measurer;
    private readonly FontCatalog _fonts;
    private readonly ImageCatalog _images;
    private readonly WebServerOptions _options;
    private readonly Action<Diagnostic> _report;
    private readonly Timer _reaper;

    public SessionRegistry(SessionFactory factory, ITextMeasurer measurer, FontCatalog fonts, ImageCatalog images, WebServerOptions options, Action<Diagnostic> report)
    {
        (_factory, _measurer, _fonts, _images, _options, _report) = (factory, measurer, fonts, images, options, report);
        _reaper = new Timer(_ => CloseExpired(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public int Count => _sessions.Count;

    public IEnumerable<WebSession> Sessions => _sessions.Values;

    /// <summary>Called (on the session's thread) when a session is created, before its app starts: tests and the benchmark watch frames through it.</summary>
    public Action<WebSession>? SessionCreated { get; set; }

    public WebSession? Find(string id) => _sessions.GetValueOrDefault(id);

    /// <summary>
    /// Resumes the session the hello names when it is waiting for its tab, else starts a new one.
    /// Null when the server already holds <see cref="WebServerOptions.MaxSessions"/>.
    /// </summary>
    public WebSession? Open(HelloMessage hello, IClientConnection connection, out bool resumed)
    {
        resumed = false;
        if (hello.Session is { } id && _sessions.TryGetValue(id, out var existing) && existing.TryAttach(connection))
        {
            resumed = true;
            return existing;
        }
        if (_sessions.Count >= _options.MaxSessions) return null;
        var session = new WebSession(NewId(), hello.Width, hello.Height, _factory, _measurer, new FrameEncoder(new CommandWriter(_fonts, _images)), _report)
        {
            Ended = ended => _sessions.TryRemove(ended.Id, out _),
        };
        _sessions[session.Id] = session;
        SessionCreated?.Invoke(session);
        session.Start(connection);
        return session;
    }

    /// <summary>Closes a session now (a malformed message, the server stopping).</summary>
    public void Close(WebSession session, string reason)
    {
        _sessions.TryRemove(session.Id, out _);
        session.Stop(reason);
    }

    private void CloseExpired()
    {
        long now = Environment.TickCount64;
        foreach (var session in _sessions.Values)
            if (session.HasExpired(now)) Close(session, "the tab did not come back");
    }

    private static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    public void Dispose()
    {
        _reaper.Dispose();
        var open = _sessions.Values.ToList();
        foreach (var session in open) Close(session, "the server is stopping");
        // Each app's onStop runs on its own thread: give them a moment to finish.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        foreach (var session in open) session.WaitForEnd(TimeSpan.FromTicks(Math.Max(0, (deadline - DateTime.UtcNow).Ticks)));
    }
}

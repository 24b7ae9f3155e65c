using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Kryon.Backends.Web.Protocol;
using Kryon.Backends.Web.Security;
using Kryon.Diagnostics;

namespace Kryon.Backends.Web.Sessions;

/// <summary>
/// One browser tab's WebSocket: receives its messages (bounded in size and rate, each checked by
/// <see cref="ClientMessageParser"/>) and sends what its session queues, in order, from one send
/// loop. The first message must be a hello; it opens or resumes the session. A message that breaks
/// the protocol, is too large or comes too fast closes this session (and only this one) with a
/// diagnostic; a connection that just drops leaves the session waiting for the tab to reconnect.
/// </summary>
internal sealed class WebSocketConnection(WebSocket socket, SessionRegistry registry, WebServerOptions options, Action<Diagnostic> report) : IClientConnection
{
    private readonly Channel<(string? Text, WebSocketCloseStatus Status, string? Reason)> _outbox = Channel.CreateUnbounded<(string?, WebSocketCloseStatus, string?)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TokenBucket _rate = new(options.MaxMessagesPerSecond, options.MessageBurst);

    public void Send(string message) => _outbox.Writer.TryWrite((message, default, null));

    public void Close(WebSocketCloseStatus status, string reason)
    {
        _outbox.Writer.TryWrite((null, status, reason));
        _outbox.Writer.TryComplete();
    }

    /// <summary>Runs the connection until either side closes it.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var sending = SendLoopAsync(stopping);
        WebSession? session = null;
        bool bye = false;
        try
        {
            using var helloTimeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            helloTimeout.CancelAfter(options.HelloTimeout);
            var buffer = new byte[options.MaxMessageBytes];
            var first = await ReceiveAsync(buffer, null, helloTimeout.Token);
            if (first is null) return;
            if (ParseOrClose(buffer.AsSpan(0, first.Value), null) is not HelloMessage hello)
            {
                Violation(null, WebSocketCloseStatus.PolicyViolation, DiagnosticCodes.WebProtocolViolation, "the first message must be a hello");
                return;
            }
            session = registry.Open(hello, this, out _);
            if (session is null)
            {
                Close(WebSocketCloseStatus.EndpointUnavailable, $"the server already runs {options.MaxSessions} sessions; try again later");
                return;
            }

            while (!stopping.IsCancellationRequested)
            {
                int? length = await ReceiveAsync(buffer, session, stopping);
                if (length is null) return;
                if (!_rate.TryTake())
                {
                    Violation(session, WebSocketCloseStatus.PolicyViolation, DiagnosticCodes.WebRateLimitExceeded,
                        $"more than {options.MaxMessagesPerSecond:0} messages per second (burst {options.MessageBurst:0})");
                    return;
                }
                switch (ParseOrClose(buffer.AsSpan(0, length.Value), session))
                {
                    case null: return;
                    case InputMessage input: session.PostInput(input.Event); break;
                    case DrawnMessage drawn: session.MarkDrawn(drawn.Version); break;
                    case ByeMessage: bye = true; break;
                    case HelloMessage:
                        Violation(session, WebSocketCloseStatus.PolicyViolation, DiagnosticCodes.WebProtocolViolation, "a second hello on the same connection");
                        return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping, or the hello never came.
        }
        catch (WebSocketException)
        {
            // The connection dropped: the session waits for the tab to come back.
        }
        finally
        {
            session?.Detach(this, bye ? options.ClosedPageTimeout : options.ReconnectTimeout);
            _outbox.Writer.TryComplete();
            await sending;
            await AwaitClientCloseAsync();
        }
    }

    /// <summary>
    /// After the server closed (a violation, the session ended), reads and drops what the client still
    /// sends until its close frame arrives: ending the TCP connection with unread data would reset it,
    /// and the browser would see a dropped connection (and reconnect) instead of the close status.
    /// </summary>
    private async Task AwaitClientCloseAsync()
    {
        if (socket.State != WebSocketState.CloseSent) return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var scratch = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.CloseSent)
                if ((await socket.ReceiveAsync(scratch.AsMemory(), timeout.Token)).MessageType == WebSocketMessageType.Close) return;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went without closing: nothing more to wait for.
        }
    }

    /// <summary>
    /// The next whole text message's length in <paramref name="buffer"/>, or null when the client
    /// closed, or the message was too large or binary (the session was then closed).
    /// </summary>
    private async Task<int?> ReceiveAsync(byte[] buffer, WebSession? session, CancellationToken cancel)
    {
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Violation(session, WebSocketCloseStatus.MessageTooBig, DiagnosticCodes.WebMessageTooLarge, $"a message larger than {options.MaxMessageBytes} bytes");
                return null;
            }
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancel);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // Echo the client's status (RFC 6455): the client tells a close it asked for from one the server decided.
                Close(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, socket.CloseStatusDescription ?? "");
                return null;
            }
            if (result.MessageType == WebSocketMessageType.Binary)
            {
                Violation(session, WebSocketCloseStatus.InvalidMessageType, DiagnosticCodes.WebProtocolViolation, "a binary message (the protocol is JSON text)");
                return null;
            }
            length += result.Count;
            if (result.EndOfMessage) return length;
        }
    }

    private ClientMessage? ParseOrClose(ReadOnlySpan<byte> message, WebSession? session)
    {
        try
        {
            return ClientMessageParser.Parse(message);
        }
        catch (ProtocolException e)
        {
            Violation(session, WebSocketCloseStatus.PolicyViolation, DiagnosticCodes.WebProtocolViolation, e.Message);
            return null;
        }
    }

    /// <summary>Reports the broken rule, closes the connection, and closes its session (the other sessions are untouched).</summary>
    private void Violation(WebSession? session, WebSocketCloseStatus status, DiagnosticDescriptor code, string what)
    {
        string who = session is null ? "a connection" : $"session {session.Id}";
        report(Diagnostic.Create(code, null, $"{who} closed: {what}"));
        Close(status, what.Length > 120 ? what[..120] : what);
        if (session is not null) registry.Close(session, what);
    }

    private async Task SendLoopAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var (text, status, reason) in _outbox.Reader.ReadAllAsync(stopping))
            {
                if (text is null)
                {
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        await socket.CloseOutputAsync(status, reason, stopping);
                    return;
                }
                if (socket.State != WebSocketState.Open) continue;
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, stopping);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is gone; the receive side notices too.
        }
    }
}

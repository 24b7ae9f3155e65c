namespace Kryon.Backends.Web.Sessions;

/// <summary>The browser tab a session draws to: one WebSocket connection. Both calls are thread-safe and never block.</summary>
internal interface IClientConnection
{
    /// <summary>Queues a text message for the client.</summary>
    void Send(string message);

    /// <summary>Ends the connection with a WebSocket close status and reason (the client does not reconnect after a policy close).</summary>
    void Close(System.Net.WebSockets.WebSocketCloseStatus status, string reason);
}

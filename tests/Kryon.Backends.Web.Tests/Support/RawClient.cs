using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Kryon.Backends.Web.Tests.Support;

/// <summary>A WebSocket client that speaks the protocol without a browser: many sessions at once, or deliberately wrong messages.</summary>
internal sealed class RawClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[1 << 20];

    public static async Task<RawClient> ConnectAsync(string url, string? origin = null)
    {
        var client = new RawClient();
        if (origin is not null) client._socket.Options.SetRequestHeader("Origin", origin);
        await client._socket.ConnectAsync(new Uri(url.Replace("http://", "ws://") + "kryon/ws"), CancellationToken.None);
        return client;
    }

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public Task SendAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task HelloAsync(int width, int height, string? session = null)
        => SendAsync(JsonSerializer.Serialize(new { t = "hello", session, w = width, h = height }));

    /// <summary>The next message, or null when the server closed the connection.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? AppPage.Timeout);
        int length = 0;
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(length), cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            length += result.Count;
            if (result.EndOfMessage) break;
        }
        using var document = JsonDocument.Parse(_buffer.AsMemory(0, length));
        return document.RootElement.Clone();
    }

    /// <summary>Reads messages until one of type <paramref name="type"/> (null when the connection closed first).</summary>
    public async Task<JsonElement?> ReceiveAsync(string type)
    {
        while (await ReceiveAsync() is { } message)
            if (message.GetProperty("t").GetString() == type) return message;
        return null;
    }

    /// <summary>Reads until the server closes the connection; its close status.</summary>
    public async Task<WebSocketCloseStatus?> WaitForCloseAsync()
    {
        try
        {
            while (await ReceiveAsync() is not null)
            {
            }
        }
        catch (WebSocketException)
        {
        }
        return _socket.CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open) await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
        _socket.Dispose();
    }
}

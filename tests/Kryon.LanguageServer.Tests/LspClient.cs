using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kryon.LanguageServer.Protocol;

namespace Kryon.LanguageServer.Tests;

/// <summary>An error response from the server.</summary>
public sealed class LspErrorException(int code, string message) : Exception($"[{code}] {message}")
{
    public int Code { get; } = code;
}

/// <summary>
/// A minimal LSP client for tests: writes framed JSON-RPC to the server, reads its answers on a
/// background task, matches responses to requests by id and records notifications. Every wait
/// is bounded, so a server that stops answering fails the test instead of hanging it.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Stream _toServer;
    private readonly MessageReader _reader;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly List<JsonNode> _notifications = [];
    private readonly Lock _gate = new();
    private readonly Task _readLoop;
    private int _nextId;

    public LspClient(Stream toServer, Stream fromServer)
    {
        _toServer = toServer;
        _reader = new MessageReader(fromServer);
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Responses that carried no id (answers to unreadable messages).</summary>
    public ConcurrentQueue<JsonNode> UnmatchedResponses { get; } = new();

    private async Task ReadLoopAsync()
    {
        while (true)
        {
            byte[]? body;
            try { body = await _reader.ReadAsync(); }
            catch (Exception) { break; }
            if (body is null) break;
            var message = JsonNode.Parse(body)!;
            if (message["method"] is not null)
            {
                lock (_gate) _notifications.Add(message);
            }
            else if (message["id"] is JsonValue id && id.TryGetValue<int>(out int n) && _pending.TryRemove(n, out var waiter))
            {
                waiter.TrySetResult(message);
            }
            else
            {
                UnmatchedResponses.Enqueue(message);
            }
        }
        foreach (var waiter in _pending.Values) waiter.TrySetException(new EndOfStreamException("the server closed its output"));
    }

    /// <summary>Sends a request and waits for its result; an error response throws <see cref="LspErrorException"/>.</summary>
    public async Task<JsonNode?> RequestAsync(string method, object? parameters = null)
    {
        var response = await SendRequestAsync(method, parameters);
        if (response!["error"] is JsonObject error) throw new LspErrorException(error["code"]!.GetValue<int>(), error["message"]!.GetValue<string>());
        return response["result"];
    }

    /// <summary>Sends a request and returns the whole response message.</summary>
    public async Task<JsonNode?> SendRequestAsync(string method, object? parameters = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        var waiter = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = waiter;
        Send(new { jsonrpc = "2.0", id, method, @params = parameters });
        return await waiter.Task.WaitAsync(Timeout);
    }

    public void Notify(string method, object? parameters = null) => Send(new { jsonrpc = "2.0", method, @params = parameters });

    public void Send(object message) => SendRaw(JsonSerializer.SerializeToUtf8Bytes(message, LspJson.Options));

    public void SendRaw(byte[] body)
    {
        lock (_gate)
        {
            _toServer.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            _toServer.Write(body);
            _toServer.Flush();
        }
    }

    public async Task<JsonNode> InitializeAsync()
    {
        var result = await RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { } });
        Notify("initialized", new { });
        return result!;
    }

    public void Open(string uri, string text, int version = 1)
        => Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "kry", version, text } });

    /// <summary>Replaces a range (0-based line/character) with new text: an incremental change.</summary>
    public void Change(string uri, int version, int startLine, int startCharacter, int endLine, int endCharacter, string text)
        => Notify("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text } },
        });

    /// <summary>Waits for a publishDiagnostics for the document (and version, when given) that satisfies the predicate.</summary>
    public async Task<JsonArray> WaitForDiagnosticsAsync(string uri, int? version = null, Func<JsonArray, bool>? accept = null)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                for (int i = _notifications.Count - 1; i >= 0; i--)
                {
                    var n = _notifications[i];
                    if (n["method"]!.GetValue<string>() != "textDocument/publishDiagnostics") continue;
                    var p = n["params"]!;
                    if (p["uri"]!.GetValue<string>() != uri) continue;
                    if (version is not null && p["version"]?.GetValue<int>() != version) break;
                    var diagnostics = p["diagnostics"]!.AsArray();
                    if (accept is null || accept(diagnostics)) return diagnostics;
                    break;
                }
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"no matching diagnostics for {uri} (version {version})");
    }

    public static object At(string uri, int line, int character) => new { textDocument = new { uri }, position = new { line, character } };

    public async ValueTask DisposeAsync()
    {
        _toServer.Dispose();
        await _readLoop.WaitAsync(Timeout).ContinueWith(_ => { });
    }
}

using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kryon.LanguageServer.Protocol;
using Range = Kryon.LanguageServer.Protocol.Range;
using Kryon.LanguageServer.Server;

namespace Kryon.Benchmarks.Lsp;

/// <summary>
/// What an editor waits for, through JSON-RPC over pipes to the server running in this process:
/// a keystroke (didChange) then the completion response; a keystroke then its publishDiagnostics
/// (including the server's 10 ms coalescing delay). Same 5,000-line input as <see cref="LspBenchmarks"/>;
/// the baseline is a hover request on a property name (the cheapest request that still analyses).
/// </summary>
public class LspRoundTripBenchmarks
{
    private const string Uri = "file:///bench/app.kry";
    private AnonymousPipeServerStream _toServer = null!;
    private AnonymousPipeServerStream _fromServer = null!;
    private MessageReader _reader = null!;
    private Task<int> _server = null!;
    private Position _cursor;
    private int _version = 1;
    private int _id;
    private bool _typed;

    [GlobalSetup]
    public void Setup()
    {
        _toServer = new AnonymousPipeServerStream(PipeDirection.Out);
        _fromServer = new AnonymousPipeServerStream(PipeDirection.In);
        var serverInput = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        var serverOutput = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
        var server = new LanguageServer.Server.LanguageServer(serverInput, serverOutput, TextWriter.Null, new LanguageServerOptions());
        _server = Task.Run(() => server.RunAsync());
        _reader = new MessageReader(_fromServer);

        var text = LspBenchmarkInput.Generate(5_000);
        _cursor = LspBenchmarkInput.CursorInValue(text);
        Request("initialize", new { capabilities = new { } });
        Send(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = Uri, languageId = "kry", version = _version, text } } });
        WaitFor(m => IsDiagnostics(m, _version));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Request("shutdown", null);
        Send(new { jsonrpc = "2.0", method = "exit" });
        _server.Wait(TimeSpan.FromSeconds(10));
        _toServer.Dispose();
        _fromServer.Dispose();
    }

    [Benchmark(Baseline = true, Description = "hover on a property (round trip)")]
    public int Hover() => Request("textDocument/hover", new { textDocument = new { uri = Uri }, position = _cursor with { Character = 2 } }).Length;

    [Benchmark(Description = "keystroke + completion (round trip)")]
    public int Completion()
    {
        Keystroke();
        return Request("textDocument/completion", new { textDocument = new { uri = Uri }, position = _cursor }).Length;
    }

    [Benchmark(Description = "keystroke + publishDiagnostics (round trip)")]
    public int Diagnostics()
    {
        int version = Keystroke();
        return WaitFor(m => IsDiagnostics(m, version)).Length;
    }

    private int Keystroke()
    {
        var range = _typed ? new Range(_cursor, _cursor with { Character = _cursor.Character + 1 }) : new Range(_cursor, _cursor);
        _version++;
        Send(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didChange",
            @params = new { textDocument = new { uri = Uri, version = _version }, contentChanges = new[] { new { range, text = _typed ? "" : " " } } },
        });
        _typed = !_typed;
        return _version;
    }

    private byte[] Request(string method, object? parameters)
    {
        int id = ++_id;
        Send(new { jsonrpc = "2.0", id, method, @params = parameters });
        return WaitFor(m => m.RootElement.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number && i.GetInt32() == id);
    }

    private static bool IsDiagnostics(JsonDocument message, int version)
        => message.RootElement.TryGetProperty("method", out var m) && m.GetString() == "textDocument/publishDiagnostics"
           && message.RootElement.GetProperty("params").TryGetProperty("version", out var v) && v.GetInt32() == version;

    /// <summary>Reads messages until one matches; returns its body.</summary>
    private byte[] WaitFor(Func<JsonDocument, bool> match)
    {
        while (true)
        {
            var body = _reader.ReadAsync().GetAwaiter().GetResult() ?? throw new EndOfStreamException("the server stopped");
            using var message = JsonDocument.Parse(body);
            if (match(message)) return body;
        }
    }

    private void Send(object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, LspJson.Options);
        _toServer.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        _toServer.Write(body);
        _toServer.Flush();
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Documents;
using Kryon.LanguageServer.Features;
using Kryon.LanguageServer.Protocol;

namespace Kryon.LanguageServer.Server;

/// <summary>
/// The KRY language server: reads JSON-RPC messages, keeps the open documents, and answers
/// requests. Notifications are handled in arrival order on the message loop (so edits apply in
/// order); requests run concurrently on a snapshot of the documents taken when they arrive, can
/// be cancelled, and never take the server down: a failure becomes an InternalError response and
/// a line on stderr.
/// </summary>
public sealed class LanguageServer
{
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly TextWriter _log;
    private readonly DocumentStore _documents = new();
    private readonly Analyzer _analyzer = new();
    private readonly DiagnosticsPublisher _diagnostics;
    private readonly Dictionary<string, Func<JsonElement?, RequestContext, object?>> _requests;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> _running = new();

    private bool _initialized;
    private bool _shutdownRequested;
    private bool _exitRequested;

    public LanguageServer(Stream input, Stream output, TextWriter log, LanguageServerOptions? options = null)
    {
        options ??= new LanguageServerOptions();
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
        _log = TextWriter.Synchronized(log);
        _diagnostics = new DiagnosticsPublisher(_documents, _analyzer, _writer.Write, options.DiagnosticsDelay, Log);
        _requests = new(StringComparer.Ordinal)
        {
            ["textDocument/completion"] = (p, c) => CompletionHandler.Handle(Read<TextDocumentPositionParams>(p), c),
            ["textDocument/hover"] = (p, c) => HoverHandler.Handle(Read<TextDocumentPositionParams>(p), c),
            ["textDocument/definition"] = (p, c) => DefinitionHandler.Handle(Read<TextDocumentPositionParams>(p), c),
            ["textDocument/references"] = (p, c) => ReferencesHandler.Handle(Read<ReferenceParams>(p), c),
            ["textDocument/prepareRename"] = (p, c) => RenameHandler.Prepare(Read<TextDocumentPositionParams>(p), c),
            ["textDocument/rename"] = (p, c) => RenameHandler.Handle(Read<RenameParams>(p), c),
            ["textDocument/documentSymbol"] = (p, c) => DocumentSymbolHandler.Handle(Read<DocumentParams>(p), c),
            ["textDocument/formatting"] = (p, c) => FormattingHandler.Handle(Read<DocumentParams>(p), c),
            ["textDocument/semanticTokens/full"] = (p, c) => SemanticTokensHandler.Handle(Read<DocumentParams>(p), c),
        };
    }

    /// <summary>Serves until `exit` or the end of input. Returns the process exit code the specification asks for: 0 after shutdown, else 1.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        while (!_exitRequested)
        {
            byte[]? body;
            try
            {
                body = await _reader.ReadAsync(cancellationToken);
            }
            catch (InvalidDataException e)
            {
                // Bad framing: skip what cannot be read and look for the next header.
                Log($"unreadable message header: {e.Message}");
                continue;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (body is null) break;
            try
            {
                HandleMessage(body);
            }
            catch (IOException e)
            {
                // The client closed our output: nobody is listening any more.
                Log($"cannot write to the client: {e.Message}");
                break;
            }
        }
        // Let requests that are still running answer before the streams go away.
        await Task.WhenAll(_running.Keys).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        return _shutdownRequested ? 0 : 1;
    }

    private void HandleMessage(byte[] body)
    {
        IncomingMessage? message;
        try
        {
            using var json = JsonDocument.Parse(body);
            message = IncomingMessage.From(json.RootElement);
        }
        catch (JsonException e)
        {
            Log($"malformed JSON: {e.Message}");
            _writer.Write(ResponseMessage.Failure(null, ErrorCodes.ParseError, $"Parse error: {e.Message}"));
            return;
        }
        if (message is null)
        {
            _writer.Write(ResponseMessage.Failure(null, ErrorCodes.InvalidRequest, "not a JSON-RPC request or notification"));
            return;
        }
        if (message.IsRequest) HandleRequest(message);
        else if (message.IsNotification) HandleNotification(message);
        // Responses to requests of ours: the server sends none that need an answer.
    }

    private void HandleRequest(IncomingMessage request)
    {
        var id = request.Id;
        var method = request.Method!;
        if (method == "initialize")
        {
            _initialized = true;
            _writer.Write(ResponseMessage.Success(id, InitializeResult()));
            return;
        }
        if (!_initialized)
        {
            _writer.Write(ResponseMessage.Failure(id, ErrorCodes.ServerNotInitialized, "the server is not initialized yet"));
            return;
        }
        if (_shutdownRequested)
        {
            _writer.Write(ResponseMessage.Failure(id, ErrorCodes.InvalidRequest, "the server is shutting down"));
            return;
        }
        if (method == "shutdown")
        {
            _shutdownRequested = true;
            _writer.Write(ResponseMessage.Success(id, null));
            return;
        }
        if (!_requests.TryGetValue(method, out var handler))
        {
            _writer.Write(ResponseMessage.Failure(id, ErrorCodes.MethodNotFound, $"method '{method}' is not supported"));
            return;
        }

        var key = IdKey(id!.Value);
        var cancellation = new CancellationTokenSource();
        _inFlight[key] = cancellation;
        var context = new RequestContext(_documents.Snapshot(), _analyzer, cancellation.Token);
        var task = Task.Run(() => Answer(id, method, request.Params, handler, context));
        _running[task] = true;
        task.ContinueWith(t =>
        {
            _running.TryRemove(t, out _);
            if (_inFlight.TryRemove(key, out var cts)) cts.Dispose();
        }, TaskScheduler.Default);
    }

    private void Answer(JsonElement? id, string method, JsonElement? parameters, Func<JsonElement?, RequestContext, object?> handler, RequestContext context)
    {
        object response;
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var result = handler(parameters, context);
            context.CancellationToken.ThrowIfCancellationRequested();
            response = ResponseMessage.Success(id, result);
        }
        catch (OperationCanceledException)
        {
            response = ResponseMessage.Failure(id, ErrorCodes.RequestCancelled, "the request was cancelled");
        }
        catch (LspException e)
        {
            response = ResponseMessage.Failure(id, e.Code, e.Message);
        }
        catch (JsonException e)
        {
            response = ResponseMessage.Failure(id, ErrorCodes.InvalidParams, $"invalid params for {method}: {e.Message}");
        }
        catch (Exception e)
        {
            Log($"{method} failed: {e}");
            response = ResponseMessage.Failure(id, ErrorCodes.InternalError, $"{method} failed: {e.GetType().Name}: {e.Message}");
        }
        try
        {
            _writer.Write(response);
        }
        catch (NotSupportedException e)
        {
            // The result's type is missing from LspJsonContext (a bug): answer with the error rather than leave the request hanging.
            Log($"{method}: cannot serialize the result: {e.Message}");
            _writer.Write(ResponseMessage.Failure(id, ErrorCodes.InternalError, $"{method} failed: {e.Message}"));
        }
    }

    private void HandleNotification(IncomingMessage notification)
    {
        var method = notification.Method!;
        if (method == "exit")
        {
            _exitRequested = true;
            return;
        }
        if (!_initialized) return; // the specification says to drop notifications before initialize
        try
        {
            switch (method)
            {
                case "textDocument/didOpen":
                {
                    var item = Read<DidOpenTextDocumentParams>(notification.Params).TextDocument;
                    _documents.Set(new TextDocument(item.Uri, DocumentUri.ToPath(item.Uri), item.Version, item.Text));
                    DocumentChanged(item.Uri);
                    break;
                }
                case "textDocument/didChange":
                {
                    var change = Read<DidChangeTextDocumentParams>(notification.Params);
                    if (_documents.Get(change.TextDocument.Uri) is not { } document)
                    {
                        Log($"didChange for '{change.TextDocument.Uri}', which is not open");
                        break;
                    }
                    _documents.Set(document.WithChanges(change.TextDocument.Version, change.ContentChanges));
                    DocumentChanged(document.Uri);
                    break;
                }
                case "textDocument/didClose":
                {
                    var uri = Read<DidCloseTextDocumentParams>(notification.Params).TextDocument.Uri;
                    _documents.Remove(uri);
                    _analyzer.Forget(uri);
                    _diagnostics.Clear(uri);
                    break;
                }
                case "$/cancelRequest":
                {
                    var cancel = Read<CancelParams>(notification.Params);
                    if (_inFlight.TryGetValue(IdKey(cancel.Id), out var cts)) cts.Cancel();
                    break;
                }
                // initialized, didSave, $/setTrace and other notifications need nothing from this server.
            }
        }
        catch (Exception e) when (e is JsonException or LspException or ArgumentException)
        {
            Log($"{method}: invalid params: {e.Message}");
        }
        catch (Exception e) when (e is not IOException)
        {
            // A bug here must not end the session: notifications have no response to carry an error.
            Log($"{method} failed: {e}");
        }
    }

    /// <summary>Re-publishes the document's diagnostics and those of open documents that include it.</summary>
    private void DocumentChanged(string uri)
    {
        _diagnostics.Schedule(uri);
        if (_documents.Get(uri) is not { } changed) return;
        var path = Path.GetFullPath(changed.Path);
        foreach (var other in _documents.Snapshot().Values)
        {
            if (other.Uri == uri) continue;
            if (_analyzer.Latest(other.Uri) is { } analysis && analysis.Files.Skip(1).Any(f => f.Path == path)) _diagnostics.Schedule(other.Uri);
        }
    }

    private static InitializeResult InitializeResult() => new(
        new ServerCapabilities { SemanticTokensProvider = new SemanticTokensOptions(SemanticTokensHandler.Legend, Full: true) },
        new ServerInfo("kryon", typeof(LanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0.1.0"));

    private static T Read<T>(JsonElement? parameters) where T : class
        => LspJson.Read<T>(parameters) ?? throw new LspException(ErrorCodes.InvalidParams, "params are missing");

    private static string IdKey(JsonElement id) => id.ValueKind == JsonValueKind.String ? "s:" + id.GetString() : "n:" + id.GetRawText();

    private void Log(string message) => _log.WriteLine($"kryon lsp: {message}");
}

using System.Text;
using System.Text.Json.Nodes;
using Kryon.LanguageServer.Protocol;

namespace Kryon.LanguageServer.Tests;

/// <summary>JSON-RPC and lifecycle rules: initialize, errors for bad input, shutdown and exit.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public async Task Initialize_announces_incremental_sync_and_the_features()
    {
        await using var server = await InProcessServer.StartAsync(initialize: false);
        var result = await server.Client.InitializeAsync();
        var capabilities = result["capabilities"]!;
        Assert.Equal(2, capabilities["textDocumentSync"]!["change"]!.GetValue<int>());
        foreach (var feature in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "documentFormattingProvider" })
            Assert.True(capabilities[feature]!.GetValue<bool>(), feature);
        Assert.True(capabilities["renameProvider"]!["prepareProvider"]!.GetValue<bool>());
        Assert.Contains("$", capabilities["completionProvider"]!["triggerCharacters"]!.AsArray().Select(t => t!.GetValue<string>()));
        var legend = capabilities["semanticTokensProvider"]!["legend"]!;
        Assert.Contains("property", legend["tokenTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("kryon", result["serverInfo"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused()
    {
        await using var server = await InProcessServer.StartAsync(initialize: false);
        var error = await Assert.ThrowsAsync<LspErrorException>(() => server.Client.RequestAsync("textDocument/hover", LspClient.At(Samples.CounterUri, 0, 0)));
        Assert.Equal(ErrorCodes.ServerNotInitialized, error.Code);
    }

    [Fact]
    public async Task Unknown_methods_get_MethodNotFound()
    {
        await using var server = await InProcessServer.StartAsync();
        var error = await Assert.ThrowsAsync<LspErrorException>(() => server.Client.RequestAsync("textDocument/colorPresentation", new { }));
        Assert.Equal(ErrorCodes.MethodNotFound, error.Code);
    }

    [Fact]
    public async Task Malformed_json_gets_a_ParseError_and_the_server_keeps_working()
    {
        await using var server = await InProcessServer.StartAsync();
        server.Client.SendRaw(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": "));
        var deadline = DateTime.UtcNow + LspClient.Timeout;
        JsonNode? parseError = null;
        while (parseError is null && DateTime.UtcNow < deadline)
        {
            if (!server.Client.UnmatchedResponses.TryDequeue(out parseError)) await Task.Delay(10);
        }
        Assert.NotNull(parseError);
        Assert.Equal(ErrorCodes.ParseError, parseError!["error"]!["code"]!.GetValue<int>());
        Assert.True(parseError.AsObject().ContainsKey("id"));
        Assert.Null(parseError["id"]);
        Assert.False(parseError.AsObject().ContainsKey("result")); // JSON-RPC: result or error, never both

        server.Client.Open(Samples.CounterUri, Samples.Counter);
        var hover = await server.Client.RequestAsync("textDocument/hover", Samples.At(Samples.CounterUri, Samples.Counter, "window_title"));
        Assert.Contains("window_title", hover!["contents"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_params_get_an_error_response_not_a_crash()
    {
        await using var server = await InProcessServer.StartAsync();
        var error = await Assert.ThrowsAsync<LspErrorException>(() => server.Client.RequestAsync("textDocument/hover", new { textDocument = 42 }));
        Assert.Equal(ErrorCodes.InvalidParams, error.Code);
        // A document that was never opened is the client's mistake too.
        var notOpen = await Assert.ThrowsAsync<LspErrorException>(() => server.Client.RequestAsync("textDocument/hover", LspClient.At("file:///nowhere.kry", 0, 0)));
        Assert.Equal(ErrorCodes.InvalidParams, notOpen.Code);
        // Positions beyond the end of the document are clamped, not fatal.
        server.Client.Open(Samples.CounterUri, Samples.Counter);
        await server.Client.RequestAsync("textDocument/hover", LspClient.At(Samples.CounterUri, 10_000, 10_000));
        await server.Client.RequestAsync("textDocument/completion", LspClient.At(Samples.CounterUri, -1, -5));
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_code_0_and_refuses_requests_in_between()
    {
        await using var server = await InProcessServer.StartAsync();
        Assert.Null(await server.Client.RequestAsync("shutdown"));
        var error = await Assert.ThrowsAsync<LspErrorException>(() => server.Client.RequestAsync("textDocument/hover", LspClient.At(Samples.CounterUri, 0, 0)));
        Assert.Equal(ErrorCodes.InvalidRequest, error.Code);
        server.Client.Notify("exit");
        Assert.Equal(0, await server.Exit.WaitAsync(LspClient.Timeout));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_code_1()
    {
        await using var server = await InProcessServer.StartAsync();
        server.Client.Notify("exit");
        Assert.Equal(1, await server.Exit.WaitAsync(LspClient.Timeout));
    }

    [Fact]
    public async Task A_cancelled_request_is_answered_with_RequestCancelled_or_its_result()
    {
        await using var server = await InProcessServer.StartAsync();
        server.Client.Open(Samples.CounterUri, Samples.Counter);
        // The request and its cancellation arrive together; either answer is legal, but there must be exactly one.
        var response = server.Client.SendRequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Samples.CounterUri } });
        server.Client.Notify("$/cancelRequest", new { id = 2 });
        var message = await response;
        if (message!["error"] is JsonObject error) Assert.Equal(ErrorCodes.RequestCancelled, error["code"]!.GetValue<int>());
        else Assert.NotNull(message["result"]);
    }

    [Fact]
    public void A_cancelled_request_does_not_start_an_analysis()
    {
        var document = new Documents.TextDocument(Samples.CounterUri, "/tmp/counter.kry", 1, Samples.Counter);
        var documents = System.Collections.Immutable.ImmutableDictionary<string, Documents.TextDocument>.Empty.Add(document.Uri, document);
        var context = new Server.RequestContext(documents, new Analysis.Analyzer(), new CancellationToken(canceled: true));
        Assert.Throws<OperationCanceledException>(() => context.Analyze(document));
    }
}

using System.Text.Json.Nodes;
using static Kryon.LanguageServer.Tests.Samples;

namespace Kryon.LanguageServer.Tests;

/// <summary>A whole editing session against the real `kryon lsp` process over its stdin and stdout.</summary>
public sealed class ProcessServerTests
{
    [Fact]
    public async Task Kryon_lsp_serves_a_session_over_stdio_and_exits_cleanly()
    {
        using var process = KryonProcess.StartLsp();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await using var client = new LspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
            var init = await client.InitializeAsync();
            Assert.Equal(2, init["capabilities"]!["textDocumentSync"]!["change"]!.GetValue<int>());

            client.Open(CounterUri, Counter);
            Assert.Empty(await client.WaitForDiagnosticsAsync(CounterUri, version: 1));

            // Add a child: `Text { text: $count }` on a new line inside the App, typed as one incremental change.
            var (line, _) = Find(Counter, "Card { title");
            client.Change(CounterUri, 2, line, 0, line, 0, "    Input { placeholder: \"name\"; colr: red }\n");
            var afterEdit = await client.WaitForDiagnosticsAsync(CounterUri, version: 2);
            Assert.Equal(1107, Assert.Single(afterEdit)!["code"]!.GetValue<int>());
            var text = Counter.Insert(Counter.IndexOf("    Card { title", StringComparison.Ordinal), "    Input { placeholder: \"name\"; colr: red }\n");

            var completion = await client.RequestAsync("textDocument/completion", At(CounterUri, text, "text_alignment: center", 16));
            Assert.Contains("center", Labels(completion));
            var inInput = await client.RequestAsync("textDocument/completion", At(CounterUri, text, "placeholder", 0));
            Assert.Contains("placeholder", Labels(inInput));

            var hover = await client.RequestAsync("textDocument/hover", At(CounterUri, text, "window_width", 2));
            Assert.Contains("window_width", hover!["contents"]!["value"]!.GetValue<string>());

            var definition = (await client.RequestAsync("textDocument/definition", At(CounterUri, text, "$count", 2)))!.AsArray();
            Assert.Equal(1, Assert.Single(definition)!["range"]!["start"]!["line"]!.GetValue<int>());

            var references = (await client.RequestAsync("textDocument/references", new { textDocument = new { uri = CounterUri }, position = Pos(text, "\"increment\"", 2), context = new { includeDeclaration = true } }))!.AsArray();
            Assert.Equal(2, references.Count);

            var rename = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = CounterUri }, position = Pos(text, "\"increment\"", 2), newName = "bump" });
            Assert.Equal(2, rename!["changes"]![CounterUri]!.AsArray().Count);

            var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = CounterUri } }))!.AsArray();
            Assert.Equal(6, symbols.Count);

            var formatting = (await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = CounterUri }, options = new { tabSize = 4, insertSpaces = true } }))!.AsArray();
            var expected = Kryon.Compiler.Formatting.KryFormatter.Format(text, "counter.kry").Text;
            if (expected is null || expected == text) Assert.Empty(formatting);
            else Assert.Equal(expected, Assert.Single(formatting)!["newText"]!.GetValue<string>());

            var tokens = await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = CounterUri } });
            Assert.True(tokens!["data"]!.AsArray().Count > 100);

            Assert.Null(await client.RequestAsync("shutdown"));
            client.Notify("exit");
            using var timeout = new CancellationTokenSource(LspClient.Timeout);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, await stderr);
        }
        finally
        {
            KryonProcess.KillIfRunning(process);
        }
    }

    private static object Pos(string text, string needle, int delta)
    {
        var (line, character) = Find(text, needle, delta);
        return new { line, character };
    }
}

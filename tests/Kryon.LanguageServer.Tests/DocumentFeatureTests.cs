using System.Text.Json.Nodes;
using static Kryon.LanguageServer.Tests.Samples;

namespace Kryon.LanguageServer.Tests;

/// <summary>Diagnostics as you type, document symbols, formatting, semantic tokens, and navigation into included files.</summary>
public sealed class DocumentFeatureTests : IAsyncLifetime
{
    private InProcessServer _server = null!;

    public async Task InitializeAsync() => _server = await InProcessServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static IEnumerable<int> Codes(JsonArray diagnostics) => diagnostics.Select(d => d!["code"]!.GetValue<int>());

    [Fact]
    public async Task Diagnostics_follow_incremental_edits()
    {
        var client = _server.Client;
        client.Open(CounterUri, Counter);
        Assert.Empty(await client.WaitForDiagnosticsAsync(CounterUri, version: 1));

        // Misspell a property: `window_title` → `window_titel` (an incremental change of two characters).
        var (line, character) = Find(Counter, "window_title", 10);
        client.Change(CounterUri, 2, line, character, line, character + 2, "el");
        var errors = await client.WaitForDiagnosticsAsync(CounterUri, version: 2);
        var error = Assert.Single(errors)!;
        Assert.Equal(1107, error["code"]!.GetValue<int>());
        Assert.Equal(1, error["severity"]!.GetValue<int>());
        Assert.Equal("kryon", error["source"]!.GetValue<string>());
        Assert.Contains("window_title", error["message"]!.GetValue<string>()); // the "did you mean" suggestion
        Assert.Equal(line, error["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(character - 10, error["range"]!["start"]!["character"]!.GetValue<int>());

        // Type it back.
        client.Change(CounterUri, 3, line, character, line, character + 2, "le");
        Assert.Empty(await client.WaitForDiagnosticsAsync(CounterUri, version: 3));
    }

    [Fact]
    public async Task Diagnostics_use_utf16_columns_after_non_ascii_text()
    {
        var uri = "file:///tmp/kryon-lsp-tests/emoji.kry";
        const string text = "App {\n    Text { text: \"😀 ok\"; colr: \"#FFF\" }\n}\n";
        _server.Client.Open(uri, text);
        var error = Assert.Single(await _server.Client.WaitForDiagnosticsAsync(uri, version: 1))!;
        Assert.Equal(1107, error["code"]!.GetValue<int>());
        // The emoji is two UTF-16 code units: `colr` starts at column 30.
        Assert.Equal(text.Split('\n')[1].IndexOf("colr", StringComparison.Ordinal), error["range"]!["start"]!["character"]!.GetValue<int>());
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        var uri = "file:///tmp/kryon-lsp-tests/broken.kry";
        _server.Client.Open(uri, "App { colr: red }\n");
        Assert.NotEmpty(await _server.Client.WaitForDiagnosticsAsync(uri, version: 1));
        _server.Client.Notify("textDocument/didClose", new { textDocument = new { uri } });
        await _server.Client.WaitForDiagnosticsAsync(uri, accept: d => d.Count == 0);
    }

    [Fact]
    public async Task Document_symbols_outline_the_declarations_and_the_element_tree()
    {
        _server.Client.Open(CounterUri, Counter);
        var symbols = (await _server.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = CounterUri } }))!.AsArray();
        var names = symbols.Select(s => s!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["@variables", "style \"button\"", "style \"primary\"", "Card", "App", "@script \"lua\""], names);
        var variables = symbols[0]!["children"]!.AsArray().Select(c => c!["name"]!.GetValue<string>());
        Assert.Equal(["count", "accent"], variables);
        var app = symbols[4]!;
        Assert.Equal(["Text", "Button", "Card"], app["children"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal("#label", app["children"]![0]!["detail"]!.GetValue<string>());
        Assert.Equal("increment", symbols[5]!["children"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Formatting_replaces_the_document_with_the_formatters_text()
    {
        var uri = "file:///tmp/kryon-lsp-tests/messy.kry";
        const string messy = "App{window_title:\"x\"\n  Text{text:\"hi\"}}\n";
        _server.Client.Open(uri, messy);
        var edits = (await _server.Client.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 4, insertSpaces = true } }))!.AsArray();
        var edit = Assert.Single(edits)!;
        var expected = Kryon.Compiler.Formatting.KryFormatter.Format(messy, "messy.kry").Text;
        Assert.NotNull(expected);
        Assert.Equal(expected, edit["newText"]!.GetValue<string>());
        Assert.Equal(messy, TextAt(messy, edit["range"]!));

        // Formatted text needs no edits.
        var formattedUri = "file:///tmp/kryon-lsp-tests/formatted.kry";
        _server.Client.Open(formattedUri, expected!);
        Assert.Empty((await _server.Client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = formattedUri }, options = new { tabSize = 4, insertSpaces = true } }))!.AsArray());

        // Text that does not parse is left alone.
        var brokenUri = "file:///tmp/kryon-lsp-tests/unparsable.kry";
        _server.Client.Open(brokenUri, "App { Text { text: \"open\n");
        Assert.Empty((await _server.Client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = brokenUri }, options = new { tabSize = 4, insertSpaces = true } }))!.AsArray());
    }

    [Fact]
    public async Task Semantic_tokens_classify_names_by_what_they_are()
    {
        _server.Client.Open(CounterUri, Counter);
        var initialize = await _server.Client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = CounterUri } });
        var data = initialize!["data"]!.AsArray().Select(n => n!.GetValue<int>()).ToArray();
        Assert.Equal(0, data.Length % 5);
        var legend = Kryon.LanguageServer.Features.SemanticTokensHandler.Legend.TokenTypes;
        var lines = Counter.Split('\n');
        var tokens = new List<(string Text, string Type)>();
        int line = 0, start = 0;
        for (int i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            tokens.Add((lines[line].Substring(start, data[i + 2]), legend[data[i + 3]]));
        }
        Assert.Contains(("@variables", "keyword"), tokens);
        Assert.Contains(("count", "variable"), tokens);
        Assert.Contains(("App", "type"), tokens);
        Assert.Contains(("Card", "class"), tokens);
        Assert.Contains(("window_title", "property"), tokens);
        Assert.Contains(("onClick", "event"), tokens);
        Assert.Contains(("increment", "function"), tokens);
        Assert.Contains(("center", "enumMember"), tokens);
        Assert.Contains(("primary", "struct"), tokens);
        Assert.Contains(("&:hover", "decorator"), tokens);
        // A string with a variable inside is cut around it.
        Assert.Contains(("\"Count: $", "string"), tokens);
        Assert.Contains(("\"", "string"), tokens);
    }

    [Fact]
    public async Task Definitions_and_diagnostics_reach_into_included_files()
    {
        var folder = Directory.CreateTempSubdirectory("kryon-lsp-include-");
        try
        {
            var theme = Path.Combine(folder.FullName, "theme.kry");
            File.WriteAllText(theme, "@variables {\n    brand: \"#3366FF\"\n}\nstyle \"card\" {\n    padding: 8\n    colr: red\n}\n");
            var mainPath = Path.Combine(folder.FullName, "main.kry");
            var mainUri = new Uri(mainPath).AbsoluteUri;
            const string main = "@include \"theme.kry\"\nApp {\n    Container { style: \"card\"; background_color: $brand }\n}\n";
            _server.Client.Open(mainUri, main);

            var definition = (await _server.Client.RequestAsync("textDocument/definition", At(mainUri, main, "$brand", 1)))!.AsArray();
            var location = Assert.Single(definition)!;
            Assert.Equal(new Uri(theme).AbsoluteUri, location["uri"]!.GetValue<string>());
            Assert.Equal(1, location["range"]!["start"]!["line"]!.GetValue<int>());

            var include = (await _server.Client.RequestAsync("textDocument/definition", At(mainUri, main, "theme.kry", 1)))!.AsArray();
            Assert.Equal(new Uri(theme).AbsoluteUri, Assert.Single(include)!["uri"]!.GetValue<string>());

            // The typo in theme.kry is shown on the @include line, pointing at the real place.
            var diagnostic = Assert.Single(await _server.Client.WaitForDiagnosticsAsync(mainUri, version: 1))!;
            Assert.Equal(1107, diagnostic["code"]!.GetValue<int>());
            Assert.Equal(0, diagnostic["range"]!["start"]!["line"]!.GetValue<int>());
            Assert.StartsWith("theme.kry:6:5: ", diagnostic["message"]!.GetValue<string>());
            Assert.Equal(5, diagnostic["relatedInformation"]![0]!["location"]!["range"]!["start"]!["line"]!.GetValue<int>());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Editing_an_open_included_file_rechecks_the_files_that_include_it()
    {
        var folder = Directory.CreateTempSubdirectory("kryon-lsp-include-");
        try
        {
            var theme = Path.Combine(folder.FullName, "theme.kry");
            const string themeText = "style \"card\" {\n    colr: red\n}\n";
            File.WriteAllText(theme, themeText);
            var themeUri = new Uri(theme).AbsoluteUri;
            var mainUri = new Uri(Path.Combine(folder.FullName, "main.kry")).AbsoluteUri;
            _server.Client.Open(mainUri, "@include \"theme.kry\"\nApp {\n    Container { style: \"card\" }\n}\n");
            Assert.Equal([1107], Codes(await _server.Client.WaitForDiagnosticsAsync(mainUri, version: 1)));

            // Fix the typo in the editor without saving: main.kry sees the buffer, not the file on disk.
            _server.Client.Open(themeUri, themeText);
            var (line, character) = Find(themeText, "colr");
            _server.Client.Change(themeUri, 2, line, character, line, character + 4, "text_color");
            await _server.Client.WaitForDiagnosticsAsync(mainUri, accept: d => d.Count == 0);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

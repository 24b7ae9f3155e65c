using System.Text.Json.Nodes;
using Kryon.LanguageServer.Protocol;
using static Kryon.LanguageServer.Tests.Samples;

namespace Kryon.LanguageServer.Tests;

/// <summary>Hover, go to definition, find references and rename on the counter sample.</summary>
public sealed class NavigationTests : IAsyncLifetime
{
    private InProcessServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await InProcessServer.StartAsync();
        _server.Client.Open(CounterUri, Counter);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<JsonNode?> Request(string method, string needle, int delta = 0, int occurrence = 1)
        => _server.Client.RequestAsync(method, At(CounterUri, Counter, needle, delta, occurrence));

    private static string HoverText(JsonNode? hover) => hover!["contents"]!["value"]!.GetValue<string>();

    [Fact]
    public async Task Hover_on_a_property_shows_its_type_default_and_documentation_from_the_registry()
    {
        var text = HoverText(await Request("textDocument/hover", "text_alignment", 3));
        Assert.Contains("text_alignment", text);
        Assert.Contains("Enum", text);
        Assert.Contains("`center`", text);
        var registry = Kryon.Registry.PropertyRegistry.Get("text_alignment");
        Assert.Contains(registry.Default!, text);
    }

    [Fact]
    public async Task Hover_on_elements_variables_styles_components_and_functions()
    {
        Assert.Contains("Accepts child elements", HoverText(await Request("textDocument/hover", "Container {", 2)));
        Assert.Contains("count: Int = 0", HoverText(await Request("textDocument/hover", "$count", 2)));
        Assert.Contains("extends: \"button\"", HoverText(await Request("textDocument/hover", "\"primary\";", 3)));
        var card = HoverText(await Request("textDocument/hover", "Card { title", 1));
        Assert.Contains("title: String = \"Untitled\"", card);
        Assert.Contains("function increment()", HoverText(await Request("textDocument/hover", "\"increment\"", 4)));
        Assert.Contains("`center` — a value of `text_alignment`", HoverText(await Request("textDocument/hover", "text_alignment: center", 18)));
    }

    [Fact]
    public async Task Hover_on_punctuation_is_null()
    {
        Assert.Null(await Request("textDocument/hover", "{\n    count", 0));
    }

    [Theory]
    [InlineData("$count", 3, "count: Int = 0")] // variable used in a string → @variables
    [InlineData("$accent", 2, "accent: \"#4F46E5\"")] // variable in a style
    [InlineData("\"primary\";", 2, "style \"primary\" {")] // style: "primary" → the style
    [InlineData("extends: \"button\"", 12, "style \"button\" {")] // extends → the base style
    [InlineData("Card { title", 1, "Define Card {")] // component usage → Define
    [InlineData("\"increment\"", 3, "function increment()")] // event handler → the Lua function
    [InlineData("$title", 2, "title: String = \"Untitled\"")] // $prop in a template → the component property
    public async Task Definition_jumps_to_the_declaration(string needle, int delta, string declarationLine)
    {
        var result = (await Request("textDocument/definition", needle, delta))!.AsArray();
        var location = Assert.Single(result)!;
        Assert.Equal(CounterUri, location["uri"]!.GetValue<string>());
        int line = location["range"]!["start"]!["line"]!.GetValue<int>();
        Assert.Equal(declarationLine, Counter.Split('\n')[line].Trim());
    }

    [Fact]
    public async Task References_list_every_use_with_or_without_the_declaration()
    {
        var all = (await _server.Client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri = CounterUri },
            position = Position("style \"button\"", 8),
            context = new { includeDeclaration = true },
        }))!.AsArray();
        Assert.Equal(2, all.Count); // the definition and `extends: "button"`
        Assert.All(all, l => Assert.Equal("button", TextAt(Counter, l!["range"]!)));

        var uses = (await _server.Client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri = CounterUri },
            position = Position("count: Int", 1),
            context = new { includeDeclaration = false },
        }))!.AsArray();
        var use = Assert.Single(uses)!;
        Assert.Equal("count", TextAt(Counter, use["range"]!));
    }

    private static object Position(string needle, int delta)
    {
        var (line, character) = Find(Counter, needle, delta);
        return new { line, character };
    }

    [Fact]
    public async Task Rename_a_variable_edits_its_declaration_and_every_use()
    {
        var prepare = await Request("textDocument/prepareRename", "$count", 2);
        Assert.Equal("count", prepare!["placeholder"]!.GetValue<string>());

        var edit = await _server.Client.RequestAsync("textDocument/rename", new
        {
            textDocument = new { uri = CounterUri },
            position = Position("$count", 2),
            newName = "clicks",
        });
        var edits = edit!["changes"]![CounterUri]!.AsArray();
        Assert.Equal(2, edits.Count);
        Assert.All(edits, e =>
        {
            Assert.Equal("clicks", e!["newText"]!.GetValue<string>());
            Assert.Equal("count", TextAt(Counter, e["range"]!));
        });
    }

    [Fact]
    public async Task Rename_a_component_and_a_style()
    {
        var component = await _server.Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = CounterUri }, position = Position("Define Card", 8), newName = "Panel" });
        Assert.Equal(2, component!["changes"]![CounterUri]!.AsArray().Count);

        var style = await _server.Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = CounterUri }, position = Position("extends: \"button\"", 11), newName = "base button" });
        var edits = style!["changes"]![CounterUri]!.AsArray();
        Assert.Equal(2, edits.Count);
        Assert.All(edits, e => Assert.Equal("button", TextAt(Counter, e!["range"]!)));
    }

    [Fact]
    public async Task Rename_refuses_invalid_names_and_non_symbols()
    {
        var invalid = await Assert.ThrowsAsync<LspErrorException>(() => _server.Client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = CounterUri }, position = Position("$count", 2), newName = "2fast" }));
        Assert.Equal(ErrorCodes.RequestFailed, invalid.Code);
        Assert.Contains("not a valid variable name", invalid.Message);

        var builtIn = await Assert.ThrowsAsync<LspErrorException>(() => _server.Client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = CounterUri }, position = Position("Define Card", 8), newName = "Button" }));
        Assert.Contains("built-in", builtIn.Message);

        Assert.Null(await Request("textDocument/prepareRename", "window_title"));
        await Assert.ThrowsAsync<LspErrorException>(() => _server.Client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = CounterUri }, position = Position("window_title", 2), newName = "x" }));
    }
}

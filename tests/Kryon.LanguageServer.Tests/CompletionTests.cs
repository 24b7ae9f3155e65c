using static Kryon.LanguageServer.Tests.Samples;

namespace Kryon.LanguageServer.Tests;

/// <summary>Completion in each context: element names, property names per element, values, variables, style names, components.</summary>
public sealed class CompletionTests : IAsyncLifetime
{
    private InProcessServer _server = null!;

    public async Task InitializeAsync() => _server = await InProcessServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Opens <paramref name="text"/> and completes at the `|` marker (which is removed).</summary>
    private async Task<List<string>> CompleteAt(string text)
    {
        int at = text.IndexOf('|');
        var clean = text.Remove(at, 1);
        var uri = $"file:///tmp/kryon-lsp-tests/completion-{Guid.NewGuid():N}.kry";
        _server.Client.Open(uri, clean);
        var (line, character) = PositionAt(clean, at);
        var result = await _server.Client.RequestAsync("textDocument/completion", LspClient.At(uri, line, character));
        return Labels(result).ToList();
    }

    [Fact]
    public async Task Top_level_offers_elements_components_and_declarations()
    {
        var labels = await CompleteAt("Define Badge {\n    Text { text: \"x\" }\n}\n|");
        Assert.Contains("App", labels);
        Assert.Contains("Container", labels);
        Assert.Contains("Badge", labels);
        Assert.Contains("@variables", labels);
        Assert.Contains("style", labels);
    }

    [Fact]
    public async Task Inside_an_element_offers_that_elements_properties_and_child_elements()
    {
        var labels = await CompleteAt("App {\n    Button {\n        |\n    }\n}\n");
        Assert.Contains("text", labels);
        Assert.Contains("onClick", labels);
        Assert.Contains("background_color", labels);
        Assert.Contains("Text", labels);
        // App-only properties are not offered on a Button.
        Assert.DoesNotContain("window_title", labels);

        var app = await CompleteAt("App {\n    win|\n}\n");
        Assert.Contains("window_title", app);
    }

    [Fact]
    public async Task A_partly_typed_property_name_still_completes_in_its_element()
    {
        var labels = await CompleteAt("App {\n    Text { fo| }\n}\n");
        Assert.Contains("font_size", labels);
        Assert.DoesNotContain("window_width", labels);
    }

    [Fact]
    public async Task Enum_values_after_the_colon()
    {
        var labels = await CompleteAt("App {\n    Text { text_alignment: | }\n}\n");
        Assert.Contains("center", labels);
        Assert.Contains("end", labels);
        Assert.DoesNotContain("onClick", labels);

        var weight = await CompleteAt("App {\n    Text { font_weight: b| }\n}\n");
        Assert.Contains("bold", weight);
    }

    [Fact]
    public async Task Variables_after_a_dollar_sign_in_values_and_in_strings()
    {
        var afterDollar = await CompleteAt("@variables {\n    count: 0\n    user_name: \"Ada\"\n}\nApp {\n    Text { text: $| }\n}\n");
        Assert.Contains("count", afterDollar);
        Assert.Contains("user_name", afterDollar);

        var inString = await CompleteAt("@variables {\n    count: 0\n}\nApp {\n    Text { text: \"Count: $co|\" }\n}\n");
        Assert.Contains("count", inString);
    }

    [Fact]
    public async Task Style_names_inside_the_style_string()
    {
        var labels = await CompleteAt("style \"card\" { padding: 8 }\nstyle \"title\" { font_size: 20 }\nApp {\n    Container { style: \"| }\n}\n");
        Assert.Contains("card", labels);
        Assert.Contains("title", labels);
        Assert.DoesNotContain("Container", labels);
    }

    [Fact]
    public async Task Style_bodies_offer_style_properties_and_extends()
    {
        var labels = await CompleteAt("style \"card\" {\n    |\n}\n");
        Assert.Contains("extends", labels);
        Assert.Contains("border_radius", labels);
        Assert.DoesNotContain("onClick", labels);
    }

    [Fact]
    public async Task Component_usages_offer_their_declared_properties()
    {
        var labels = await CompleteAt(Counter.Replace("Card { title: \"Hello\" }", "Card { | }"));
        Assert.Contains("title", labels);
        Assert.Contains("size", labels);
        // The template root is a Container: its properties apply too.
        Assert.Contains("padding", labels);

        var members = await CompleteAt(Counter.Replace("Card { title: \"Hello\" }", "Card { size: | }"));
        Assert.Contains("small", members);
        Assert.Contains("large", members);
    }

    [Fact]
    public async Task Event_handlers_offer_script_functions()
    {
        var labels = await CompleteAt(Counter.Replace("onClick: \"increment\"", "onClick: \"|\""));
        Assert.Contains("increment", labels);
    }

    [Fact]
    public async Task Nothing_inside_script_code_or_comments()
    {
        Assert.Empty(await CompleteAt("@script \"lua\" {\n    function f() | end\n}\nApp { }\n"));
        Assert.Empty(await CompleteAt("# a comment |\nApp { }\n"));
    }
}

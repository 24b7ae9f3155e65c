using System.Text.Json;
using Kryon.Testing;

namespace Kryon.Cli.Tests.Editors;

/// <summary>
/// The TextMate grammar (editors/vscode/syntaxes/kry.tmLanguage.json) run through vscode-textmate and
/// Oniguruma, the engine VS Code uses: every example is tokenized with every block closed again and every
/// piece of text in a meaningful scope, and a sample with one of each construct gets the expected scopes.
/// </summary>
public sealed class KryGrammarTests
{
    private static readonly string SamplePath = Path.Combine(ExtensionPackages.Folder, "test", "fixtures", "sample.kry");

    private static readonly Lazy<TokenizedFile> Sample = new(() => TextMateTokenizer.Tokenize([SamplePath]).Single());

    public static IEnumerable<string> ExampleFiles()
        => Directory.EnumerateFiles(RepositoryPaths.Examples, "*.kry", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Grammar_is_valid_json_and_is_the_one_package_json_contributes()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExtensionPackages.Folder, "package.json")));
        var contributes = package.RootElement.GetProperty("contributes");
        var grammar = contributes.GetProperty("grammars")[0];
        Assert.Equal("source.kry", grammar.GetProperty("scopeName").GetString());
        Assert.Equal("kry", grammar.GetProperty("language").GetString());
        using var tm = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExtensionPackages.Folder, grammar.GetProperty("path").GetString()!)));
        Assert.Equal("source.kry", tm.RootElement.GetProperty("scopeName").GetString());

        var language = contributes.GetProperty("languages")[0];
        Assert.Equal("kry", language.GetProperty("id").GetString());
        Assert.Contains(".kry", language.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
        using var configuration = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExtensionPackages.Folder, language.GetProperty("configuration").GetString()!)));
        Assert.Equal("//", configuration.RootElement.GetProperty("comments").GetProperty("lineComment").GetString());
        Assert.Equal(["/*", "*/"], configuration.RootElement.GetProperty("comments").GetProperty("blockComment").EnumerateArray().Select(e => e.GetString()!));

        var settings = contributes.GetProperty("configuration").GetProperty("properties");
        Assert.Equal("kryon", settings.GetProperty("kryon.path").GetProperty("default").GetString());
        Assert.Equal("off", settings.GetProperty("kryon.trace.server").GetProperty("default").GetString());
        Assert.Equal("./dist/extension.js", package.RootElement.GetProperty("main").GetString());
    }

    [Fact]
    public void Every_example_tokenizes_with_every_block_closed_and_all_text_scoped()
    {
        var files = ExampleFiles().ToList();
        Assert.True(files.Count >= 20, $"expected the examples, found {files.Count} .kry files");
        var tokenized = TextMateTokenizer.Tokenize(files);
        Assert.Equal(files.Count, tokenized.Count);
        foreach (var file in tokenized)
        {
            string name = Path.GetRelativePath(RepositoryPaths.Examples, file.File);
            Assert.True(file.OpenRulesAtEnd == 0, $"{name}: {file.OpenRulesAtEnd} grammar rules (blocks, strings, comments) are still open after the last line");
            Assert.True(file.StoppedEarly.Count == 0, $"{name}: tokenizing stopped early on lines {string.Join(", ", file.StoppedEarly)}");
            for (int line = 0; line < file.Lines.Count; line++)
                foreach (var token in file.Lines[line])
                {
                    Assert.False(token.Scopes.Any(s => s.Contains("invalid", StringComparison.Ordinal)), $"{name}:{line + 1}: '{token.Text}' is {token.Innermost}");
                    // Text the grammar did not recognise stays in the file's or a block's scope only.
                    bool unrecognised = token.Text.Trim().Length > 0 && (token.Innermost == "source.kry" || token.Innermost is "meta.element.kry" or "meta.style.kry" or "meta.define.kry" or "meta.block.variables.kry" or "meta.block.properties.kry" or "meta.pseudo-block.kry");
                    Assert.False(unrecognised, $"{name}:{line + 1}: '{token.Text}' is not recognised (scope {token.Innermost})");
                }
        }
    }

    [Theory]
    [InlineData(2, "@include", "keyword.control.directive.include.kry")]
    [InlineData(4, "@variables", "keyword.control.directive.variables.kry")]
    [InlineData(5, "count", "variable.other.definition.kry")]
    [InlineData(5, "Int", "support.type.kry")]
    [InlineData(5, "0", "constant.numeric.kry")]
    [InlineData(6, "#4F46E5", "constant.other.color.rgb-value.hex.kry")]
    [InlineData(10, " a block comment ", "comment.block.kry")]
    [InlineData(11, "style", "storage.type.style.kry")]
    [InlineData(11, "\"card\"", "string.quoted.double.style-name.kry")]
    [InlineData(12, "extends", "keyword.other.extends.kry")]
    [InlineData(13, "padding", "variable.other.property.kry")]
    [InlineData(13, "12", "constant.numeric.kry")]
    [InlineData(13, "px", "keyword.other.unit.kry")]
    [InlineData(14, "%", "keyword.other.unit.percentage.kry")]
    [InlineData(15, ":hover:focus", "entity.other.attribute-name.pseudo-class.kry")]
    [InlineData(15, "0.5", "constant.numeric.kry")]
    [InlineData(18, "Define", "storage.type.define.kry")]
    [InlineData(18, "Badge", "entity.name.type.component.kry")]
    [InlineData(19, "Properties", "keyword.other.properties.kry")]
    [InlineData(21, "Enum", "support.type.kry")]
    [InlineData(21, "start", "constant.other.enum-member.kry")]
    [InlineData(23, "label", "variable.other.kry")]
    [InlineData(26, "App", "entity.name.tag.element.kry")]
    [InlineData(27, "column", "support.constant.keyword.kry")]
    [InlineData(27, " a number-sign comment", "comment.line.number-sign.kry")]
    [InlineData(28, "#FFF", "constant.other.color.rgb-value.hex.kry")]
    [InlineData(29, "Text", "entity.name.tag.element.kry")]
    [InlineData(29, "greeting", "string.quoted.double.kry")]
    [InlineData(29, "count", "variable.other.interpolated.kry")]
    [InlineData(29, "title", "variable.other.interpolated.kry")]
    [InlineData(29, "\\n", "constant.character.escape.kry")]
    [InlineData(29, "true", "constant.language.boolean.kry")]
    [InlineData(30, "onClick", "variable.other.property.event.kry")]
    [InlineData(30, "increment", "entity.name.function.handler.kry")]
    [InlineData(31, "Badge", "entity.name.tag.component.kry")]
    [InlineData(34, "@script", "keyword.control.directive.script.kry")]
    [InlineData(34, "lua", "constant.language.script-language.kry")]
    [InlineData(35, "    function increment()", "meta.embedded.block.lua")]
    [InlineData(38, "}", "punctuation.section.embedded.end.kry")]
    [InlineData(40, "from", "keyword.other.script-attribute.kry")]
    public void Sample_constructs_get_their_scopes(int line, string text, string scope)
    {
        var tokens = Sample.Value.Lines[line - 1];
        var matching = tokens.Where(t => t.Text == text).ToList();
        Assert.True(matching.Count > 0, $"line {line} has no token '{text}': {string.Join(" | ", tokens.Select(t => t.Text))}");
        Assert.True(matching.Any(t => t.Has(scope)), $"line {line}: '{text}' is {string.Join(", ", matching.Select(t => string.Join(" ", t.Scopes)))}, not {scope}");
    }

    [Fact]
    public void Sample_comments_are_comments_and_embedded_code_is_not_kry()
    {
        var lines = Sample.Value.Lines;
        Assert.All(lines[0].Where(t => t.Text.Trim().Length > 0), t => Assert.True(t.Has("comment.line.double-slash.kry"), t.Innermost));
        // Lua code inside @script is left to the Lua grammar: no KRY scopes (properties, elements) in it.
        Assert.All(lines[35], t => Assert.True(t.Has("meta.embedded.block.lua") && !t.Scopes.Any(s => s.Contains("property", StringComparison.Ordinal)), string.Join(" ", t.Scopes)));
        Assert.Equal(0, Sample.Value.OpenRulesAtEnd);
    }
}

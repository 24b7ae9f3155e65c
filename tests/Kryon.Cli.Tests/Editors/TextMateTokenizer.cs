using System.Text.Json;

namespace Kryon.Cli.Tests.Editors;

/// <summary>One token of a line: its text and its scopes, outermost (source.kry) first.</summary>
public sealed record GrammarToken(string Text, IReadOnlyList<string> Scopes)
{
    public string Innermost => Scopes[^1];

    public bool Has(string scope) => Scopes.Any(s => s.Split(' ').Contains(scope));
}

/// <summary>A file as the grammar tokenized it (editors/vscode/test/tokenize.mjs).</summary>
public sealed record TokenizedFile(string File, IReadOnlyList<IReadOnlyList<GrammarToken>> Lines, int OpenRulesAtEnd, IReadOnlyList<int> StoppedEarly);

/// <summary>Tokenizes .kry files with the extension's grammar through vscode-textmate + Oniguruma, as VS Code does.</summary>
public static class TextMateTokenizer
{
    public static IReadOnlyList<TokenizedFile> Tokenize(IReadOnlyList<string> files)
    {
        string folder = ExtensionPackages.EnsureInstalled();
        var result = ExternalProcess.Run("node", ["test/tokenize.mjs", .. files], folder, TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, $"tokenize.mjs failed: {result}");
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.EnumerateArray().Select(file => new TokenizedFile(
            file.GetProperty("file").GetString()!,
            file.GetProperty("lines").EnumerateArray().Select(line => (IReadOnlyList<GrammarToken>)line.EnumerateArray()
                .Select(t => new GrammarToken(t.GetProperty("text").GetString()!, t.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToList()))
                .ToList()).ToList(),
            file.GetProperty("openRulesAtEnd").GetInt32(),
            file.GetProperty("stoppedEarly").EnumerateArray().Select(n => n.GetInt32()).ToList())).ToList();
    }
}

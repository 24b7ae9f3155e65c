namespace Kryon.Cli.Generate;

/// <summary>The editor stub languages of `kryon generate types --lang`.</summary>
public enum StubLanguage
{
    TypeScript,
    Python,
    Lua,
}

/// <summary>
/// `kryon generate types`: stubs of the <c>kryon</c> bridge API (<see cref="BridgeApi"/>) for editors:
/// a TypeScript declaration file for JavaScript scripts, a Python stub module and Lua language-server
/// annotations. The output depends only on the bridge description, so it is the same on every run.
/// </summary>
public static class BridgeTypesGenerator
{
    /// <summary>The `--lang` values: one language, or all of them.</summary>
    public static readonly IReadOnlyList<string> LanguageOptions = ["ts", "python", "lua", "all"];

    public static IReadOnlyList<StubLanguage> LanguagesFor(string option) => option switch
    {
        "ts" => [StubLanguage.TypeScript],
        "python" => [StubLanguage.Python],
        "lua" => [StubLanguage.Lua],
        "all" => [StubLanguage.TypeScript, StubLanguage.Python, StubLanguage.Lua],
        _ => throw new ArgumentOutOfRangeException(nameof(option), option, $"expected one of {string.Join(", ", LanguageOptions)}"),
    };

    public static string FileNameOf(StubLanguage language) => language switch
    {
        StubLanguage.TypeScript => TypeScriptBridgeStubs.FileName,
        StubLanguage.Python => PythonBridgeStubs.FileName,
        StubLanguage.Lua => LuaBridgeStubs.FileName,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    public static string Generate(StubLanguage language) => language switch
    {
        StubLanguage.TypeScript => TypeScriptBridgeStubs.Write(),
        StubLanguage.Python => PythonBridgeStubs.Write(),
        StubLanguage.Lua => LuaBridgeStubs.Write(),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };
}

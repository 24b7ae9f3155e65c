using Kryon.Scripting;

namespace Kryon.Cli.Loading;

/// <summary>How `kryon run` and `kryon render` set up the script manager for an app file.</summary>
public static class AppScripts
{
    /// <summary>
    /// `from` files resolve against the app file's directory; embedded code reports errors at the
    /// .kry line it was written on (<paramref name="scriptSources"/>, from <see cref="AppDocumentLoader"/>).
    /// </summary>
    public static ScriptManagerOptions Options(string appPath, IReadOnlyDictionary<string, (string SourceName, int FirstLine)> scriptSources) => new()
    {
        BaseDirectory = AppDocumentLoader.DirectoryOf(appPath),
        SourceName = appPath,
        InlineSources = scriptSources,
    };
}

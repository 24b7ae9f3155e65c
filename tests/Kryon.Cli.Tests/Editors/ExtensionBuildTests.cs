namespace Kryon.Cli.Tests.Editors;

/// <summary>`npm run build` in editors/vscode type-checks the extension (tsc) and bundles it with esbuild.</summary>
public sealed class ExtensionBuildTests
{
    [Fact]
    public void Npm_run_build_type_checks_and_bundles_dist_extension_js()
    {
        string folder = ExtensionPackages.EnsureInstalled();
        string bundle = Path.Combine(folder, "dist", "extension.js");
        var started = DateTime.UtcNow.AddSeconds(-2);
        var result = ExternalProcess.Run("npm", ["run", "build"], folder, TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, $"npm run build failed: {result}");
        Assert.True(File.Exists(bundle), "no dist/extension.js");
        Assert.True(File.GetLastWriteTimeUtc(bundle) >= started, "dist/extension.js was not rewritten by the build");
        string code = File.ReadAllText(bundle);
        // The language client is bundled; `vscode` stays external (the editor provides it).
        Assert.Contains("require(\"vscode\")", code);
        Assert.DoesNotContain("require(\"vscode-languageclient", code);
        Assert.Contains("'lsp'", code.Replace('"', '\''));
        Assert.Contains("exports", code);
    }
}

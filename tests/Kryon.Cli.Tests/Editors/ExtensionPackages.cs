using Kryon.Testing;

namespace Kryon.Cli.Tests.Editors;

/// <summary>
/// The VS Code extension's folder and its npm packages (vscode-textmate, vscode-oniguruma, typescript,
/// esbuild), installed from package-lock.json with `npm ci` the first time a test needs them, so the
/// tests run on a fresh checkout too (setup.sh normally installs them first).
/// </summary>
public static class ExtensionPackages
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "editors", "vscode");

    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The extension folder, with node_modules installed.</summary>
    public static string EnsureInstalled() => Installed.Value;

    /// <summary>The TypeScript compiler the extension builds with.</summary>
    public static string Tsc => Path.Combine(EnsureInstalled(), "node_modules", "typescript", "bin", "tsc");

    private static string Install()
    {
        // npm writes this file last: its presence means a complete install.
        if (!File.Exists(Path.Combine(Folder, "node_modules", ".package-lock.json")))
        {
            var result = ExternalProcess.Run("npm", ["ci", "--no-audit", "--no-fund"], Folder, TimeSpan.FromMinutes(10));
            if (result.ExitCode != 0) throw new InvalidOperationException($"npm ci failed in {Folder}: {result}");
        }
        return Folder;
    }
}

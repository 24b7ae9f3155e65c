using Kryon.Cli.Generate;
using Kryon.Diagnostics;

namespace Kryon.Cli.Tests.Generate;

/// <summary>Runs `kryon generate csharp` the way the command does and returns the code with the diagnostics.</summary>
public static class GeneratedApp
{
    public static (string? Code, DiagnosticBag Diagnostics) For(string appPath, string? className = null, string ns = CSharpHostOptions.DefaultNamespace)
    {
        var diagnostics = new DiagnosticBag();
        var app = HostedAppReader.Read(appPath, diagnostics);
        string? code = app is null ? null : CSharpHostGenerator.Generate(app, new CSharpHostOptions(ns, className ?? CSharpHostOptions.DefaultClassName(appPath)), diagnostics);
        return (code, diagnostics);
    }

    /// <summary>A .kry file in a fresh temporary folder (with optional extra files next to it).</summary>
    public static string WriteTemporaryApp(string name, string text, params (string Path, string Text)[] extra)
    {
        string folder = Directory.CreateTempSubdirectory("kryon-gen-").FullName;
        foreach (var (path, content) in extra)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), content);
        }
        string file = Path.Combine(folder, name);
        File.WriteAllText(file, text);
        return file;
    }
}

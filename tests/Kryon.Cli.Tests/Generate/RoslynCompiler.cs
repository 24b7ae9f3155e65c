using System.Reflection;
using Kryon.Runtime;
using Kryon.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kryon.Cli.Tests.Generate;

/// <summary>
/// Compiles generated C# in memory with Roslyn against the .NET framework and only the Kryon.Runtime
/// and Kryon.Core assemblies, the two a host program needs for a generated class.
/// </summary>
public static class RoslynCompiler
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        string frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == frameworkFolder);
        return framework.Append(typeof(KryonRuntime).Assembly.Location).Append(typeof(Literal).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
    });

    /// <summary>The compilation's errors and warnings (none means it compiled cleanly).</summary>
    public static IReadOnlyList<Diagnostic> Check(params string[] sources) => Create(sources).GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>The compiled assembly, loaded; fails the test with the compiler's messages when it does not compile.</summary>
    public static Assembly Load(params string[] sources)
    {
        using var image = new MemoryStream();
        var result = Create(sources).Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }

    private static CSharpCompilation Create(string[] sources) => CSharpCompilation.Create(
        "Generated" + Guid.NewGuid().ToString("N"),
        sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose))),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
}

using Kryon.Compiler;
using Kryon.Compiler.Binding;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;

namespace Kryon.Krb.Tests;

/// <summary>Paths of the repository and compile helpers shared by the tests.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot => Kryon.Testing.RepositoryPaths.Root;

    public static string ExamplesDir => Path.Combine(RepositoryRoot, "examples");

    /// <summary>Source folder of the regression inputs (tests write new ones here, so they get committed).</summary>
    public static string RegressionsDir => Path.Combine(RepositoryRoot, "tests", "Kryon.Krb.Tests", "regressions");

    public static IEnumerable<string> Examples => Directory.GetFiles(ExamplesDir, "*.kry").OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>Compiles KRY text (no errors allowed) and writes KRB.</summary>
    public static (BoundApp App, byte[] Bytes) Compile(string kry, string path = "/virtual/app.kry")
    {
        var result = KryCompiler.CheckText(path, kry);
        Assert.True(result.Success, "compile errors:\n" + DiagnosticFormatter.FormatHuman(result.Diagnostics));
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(result.App!, bag);
        Assert.True(bytes is not null, "writer errors:\n" + DiagnosticFormatter.FormatHuman(bag.Items));
        return (result.App!, bytes!);
    }

    public static (BoundApp App, byte[] Bytes) CompileFile(string path)
    {
        var result = KryCompiler.Check(path);
        Assert.True(result.Success, "compile errors:\n" + DiagnosticFormatter.FormatHuman(result.Diagnostics));
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(result.App!, bag);
        Assert.True(bytes is not null, "writer errors:\n" + DiagnosticFormatter.FormatHuman(bag.Items));
        return (result.App!, bytes!);
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(string.Concat(hex.Where(char.IsAsciiHexDigit)));
}

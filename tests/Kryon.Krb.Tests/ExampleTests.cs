using System.Text.Json;
using Kryon.Cli.Commands;
using Xunit.Abstractions;

namespace Kryon.Krb.Tests;

/// <summary>Every example app compiles, reads back, and `inspect --json` agrees with its bound model.</summary>
public class ExampleTests(ITestOutputHelper output)
{
    public static TheoryData<string> Examples => new(TestFiles.Examples.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_compiles_reads_back_and_inspect_agrees_with_the_bound_model(string name)
    {
        var source = Path.Combine(TestFiles.ExamplesDir, name);
        var output = Path.Combine(Path.GetTempPath(), $"kryon-krb-test-{Guid.NewGuid():N}.krb");
        try
        {
            var (app, bytes) = TestFiles.CompileFile(source);
            Assert.Equal(0, CompileCommand.Run(source, output, "human", TextWriter.Null));
            Assert.Equal(bytes, File.ReadAllBytes(output));

            var text = new StringWriter();
            Assert.Equal(0, InspectCommand.Run(output, json: true, text));
            using var json = JsonDocument.Parse(text.ToString());
            Assert.Equal(bytes.Length, json.RootElement.GetProperty("size").GetInt32());
            BoundModelAgreement.Check(app, json.RootElement);

            var human = new StringWriter();
            Assert.Equal(0, InspectCommand.Run(output, json: false, human));
            Assert.Contains("section", human.ToString());
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>The .krb vs .kry size table of the report (KRY size = the app's .kry files, includes counted).</summary>
    [Fact]
    public void Size_table_of_the_examples()
    {
        long totalKry = 0, totalKrb = 0, totalScripts = 0, totalScriptSource = 0;
        output.WriteLine($"{"example",-22} {"kry",7} {"krb",7} {"smaller",8} {"inline code",12}");
        foreach (var path in TestFiles.Examples)
        {
            var (app, bytes) = TestFiles.CompileFile(path);
            long kry = app.Files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Text));
            var document = KrbReader.Read(bytes);
            long code = document.Scripts.Sum(s => s.Code is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(s.Code));
            long codeSource = app.Scripts.Where(s => s.ExternalPath is null).Sum(s => (long)s.Location.Span.Length);
            totalKry += kry;
            totalKrb += bytes.Length;
            totalScripts += code;
            totalScriptSource += codeSource;
            Assert.True(bytes.Length < kry, $"{path}: KRB is not smaller than its source");
            output.WriteLine($"{Path.GetFileName(path),-22} {kry,7} {bytes.Length,7} {100.0 * (kry - bytes.Length) / kry,7:F1}% {code,12}");
        }
        output.WriteLine($"{"total",-22} {totalKry,7} {totalKrb,7} {100.0 * (totalKry - totalKrb) / totalKry,7:F1}% {totalScripts,12}");
        output.WriteLine($"without inline script code (kept verbatim, KRY.md §12.3): kry {totalKry - totalScriptSource}, krb {totalKrb - totalScripts}, " +
            $"{100.0 * (totalKry - totalScriptSource - (totalKrb - totalScripts)) / (totalKry - totalScriptSource):F1}% smaller");
    }
}

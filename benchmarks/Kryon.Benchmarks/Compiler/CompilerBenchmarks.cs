using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Kryon.Compiler;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;

namespace Kryon.Benchmarks.Compiler;

/// <summary>
/// Front-end throughput on a realistic 10,000-element `.kry` file (about 1 MB), against
/// System.Text.Json parsing the same tree written as JSON. Targets: parsing ≥ 30 MB/s warm on one
/// core and ≥ 0.25× JSON's throughput. The MB/s column is input bytes (UTF-8) / mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class CompilerBenchmarks
{
    private string _kry = null!;
    private byte[] _jsonUtf8 = null!;
    private string _json = null!;
    private readonly InMemorySourceProvider _sources = new();

    [GlobalSetup]
    public void Setup()
    {
        var docs = KryDocumentGenerator.Standard;
        _kry = docs.Kry;
        _json = docs.Json;
        _jsonUtf8 = Encoding.UTF8.GetBytes(docs.Json);
        // Sanity: the input must be valid, or the benchmark would measure error recovery.
        var check = KryCompiler.CheckText("bench.kry", _kry, _sources);
        if (!check.Success) throw new InvalidOperationException("benchmark input has errors:\n" + string.Join("\n", check.Diagnostics.Take(10)));
        using var json = JsonDocument.Parse(_jsonUtf8);
        Console.WriteLine($"// KRY input: {docs.KryBytes:N0} bytes, {docs.Elements:N0} elements; JSON input: {docs.JsonBytes:N0} bytes");
    }

    [Benchmark(Description = "KRY parse (Parser.Parse)")]
    public int Parse()
    {
        var bag = new DiagnosticBag();
        var doc = Parser.Parse("bench.kry", _kry, bag);
        return doc.Declarations.Count + bag.Items.Count;
    }

    [Benchmark(Description = "KRY parse+bind (KryCompiler.CheckText)")]
    public int ParseAndBind() => KryCompiler.CheckText("bench.kry", _kry, _sources).Diagnostics.Count;

    [Benchmark(Baseline = true, Description = "JSON JsonDocument.Parse (UTF-8 bytes)")]
    public int JsonParse()
    {
        using var doc = JsonDocument.Parse(_jsonUtf8);
        return doc.RootElement.GetArrayLength_Safe();
    }

    [Benchmark(Description = "JSON JsonDocument.Parse (string)")]
    public int JsonParseString()
    {
        using var doc = JsonDocument.Parse(_json);
        return doc.RootElement.GetArrayLength_Safe();
    }

    /// <summary>Adds an "MB/s" column: the benchmark's input size / its mean time.</summary>
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "Throughput";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Input megabytes (10^6 bytes of UTF-8) processed per second, from the mean time";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats) return "-";
            var docs = KryDocumentGenerator.Standard;
            double bytes = benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Json", StringComparison.Ordinal) ? docs.JsonBytes : docs.KryBytes;
            double seconds = stats.Mean / 1e9;
            return (bytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

internal static class JsonElementExtensions
{
    public static int GetArrayLength_Safe(this JsonElement e) => e.ValueKind == JsonValueKind.Array ? e.GetArrayLength() : e.GetPropertyCount();
}

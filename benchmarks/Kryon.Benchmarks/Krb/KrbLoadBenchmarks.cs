using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kryon.Krb;

namespace Kryon.Benchmarks.Krb;

/// <summary>
/// Loading a 10,001-element app: KRB bytes → KrbDocument, against System.Text.Json on the
/// equivalent JSON (both a JsonDocument parse and a deserialization into an object model).
/// Targets: KRB load ≥ 5x faster than JSON and under 2 ms. The machine these run on is shared, so Min and Median are shown next to the mean.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class KrbLoadBenchmarks
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, MaxDepth = 512 };
    private byte[] _krb = null!;
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _krb = KrbBenchmarkApp.Krb();
        _json = KrbBenchmarkApp.Json(_krb);
        Console.WriteLine($"// KRB {_krb.Length} bytes, JSON {_json.Length} bytes, {KrbReader.Read(_krb).Elements.Count()} elements");
    }

    [Benchmark(Baseline = true, Description = "KRB → KrbDocument")]
    public int ReadKrb() => KrbReader.Read(_krb).Header.ElementCount;

    [Benchmark(Description = "JSON → JsonDocument")]
    public int ParseJsonDocument()
    {
        using var document = JsonDocument.Parse(_json, new JsonDocumentOptions { MaxDepth = 512 });
        return document.RootElement.GetProperty("elements").GetArrayLength();
    }

    [Benchmark(Description = "JSON → object model")]
    public int DeserializeJson() => JsonSerializer.Deserialize<JsonKrbFile>(_json, Options)!.Elements.Count;
}

using BenchmarkDotNet.Attributes;
using Kryon.Benchmarks.Compiler;
using Kryon.Compiler.Formatting;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;

namespace Kryon.Benchmarks.Formatting;

/// <summary>
/// `kryon fmt` on the standard 10,000-element benchmark file (about 1 MB, <see cref="KryDocumentGenerator"/>),
/// against parsing the same text (the baseline). Formatting parses the source, lays it out, then
/// parses its own output again for the safety check, so about 2–3× a parse is the expected cost.
/// The input gets a comment on every fourth line so that comment placement is measured too.
/// </summary>
[MemoryDiagnoser]
public class FormatterBenchmarks
{
    private string _messy = null!;
    private string _formatted = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lines = KryDocumentGenerator.Standard.Kry.Split('\n');
        _messy = string.Join('\n', lines.Select((line, i) => i % 4 == 3 && line.TrimEnd().EndsWith('{') ? line + " // section " + i : line));
        _formatted = KryFormatter.Format(_messy).Text
            ?? throw new InvalidOperationException("benchmark input has syntax errors");
        Console.WriteLine($"// input: {_messy.Length:N0} chars; formatted: {_formatted.Length:N0} chars; changed: {_formatted != _messy}");
    }

    [Benchmark(Baseline = true, Description = "parse (Parser.Parse)")]
    public int Parse()
    {
        var bag = new DiagnosticBag();
        return Parser.Parse("bench.kry", _messy, bag).Declarations.Count;
    }

    [Benchmark(Description = "format (KryFormatter.Format)")]
    public int Format() => KryFormatter.Format(_messy, "bench.kry").Text!.Length;

    [Benchmark(Description = "format already formatted text")]
    public int FormatFormatted() => KryFormatter.Format(_formatted, "bench.kry").Text!.Length;
}

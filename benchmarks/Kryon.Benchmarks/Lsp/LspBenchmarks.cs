using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Kryon.Compiler;
using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Documents;
using Kryon.LanguageServer.Features;
using Kryon.LanguageServer.Protocol;
using Range = Kryon.LanguageServer.Protocol.Range;
using Kryon.LanguageServer.Server;

namespace Kryon.Benchmarks.Lsp;

/// <summary>
/// The language server on a generated 5,000-line `.kry` file. Each operation first types one
/// character (an incremental change at the cursor, alternating insert and delete so the text
/// stays the same size), then does what the server does after a keystroke:
/// completion (target under 20 ms) and diagnostics (analyse + convert; target under 50 ms).
/// The baseline is the compiler's own check of the same text (`kryon check` without I/O).
/// <see cref="LspRoundTripBenchmarks"/> measures the same through JSON-RPC.
/// </summary>
[MemoryDiagnoser]
public class LspBenchmarks
{
    private TextDocument _document = null!;
    private Analyzer _analyzer = null!;
    private Position _cursor;
    private bool _typed;

    [GlobalSetup]
    public void Setup()
    {
        var text = LspBenchmarkInput.Generate(5_000);
        _document = new TextDocument("file:///bench/app.kry", "/bench/app.kry", 1, text);
        _analyzer = new Analyzer();
        _analyzer.Analyze(_document, [_document]);
        _cursor = LspBenchmarkInput.CursorInValue(text);
        Console.WriteLine($"// input: {_document.Lines.LineCount:N0} lines, {text.Length:N0} chars; cursor at {_cursor}");
    }

    /// <summary>One keystroke at the cursor: a space typed, or deleted again.</summary>
    private TextDocument Type()
    {
        var range = _typed ? new Range(_cursor, _cursor with { Character = _cursor.Character + 1 }) : new Range(_cursor, _cursor);
        _document = _document.WithChanges(_document.Version + 1, [new TextDocumentContentChangeEvent(range, _typed ? "" : " ")]);
        _typed = !_typed;
        return _document;
    }

    [Benchmark(Baseline = true, Description = "keystroke + compiler check (baseline)")]
    public int CompilerCheck()
    {
        var document = Type();
        return KryCompiler.CheckText(document.Path, document.Text, FileSystemSourceProvider.Instance).Diagnostics.Count;
    }

    [Benchmark(Description = "keystroke + completion")]
    public int Completion()
    {
        var document = Type();
        var context = new RequestContext(ImmutableDictionary<string, TextDocument>.Empty.Add(document.Uri, document), _analyzer, CancellationToken.None);
        return CompletionHandler.Handle(new TextDocumentPositionParams(new TextDocumentIdentifier(document.Uri), _cursor), context).Items.Count;
    }

    [Benchmark(Description = "keystroke + diagnostics (analyse, convert)")]
    public int Diagnostics()
    {
        var document = Type();
        var analysis = _analyzer.Analyze(document, [document]);
        return DiagnosticsPublisher.Convert(analysis).Length;
    }
}

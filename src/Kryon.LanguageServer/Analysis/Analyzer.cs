using Kryon.Compiler;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.LanguageServer.Documents;
using Kryon.Text;

namespace Kryon.LanguageServer.Analysis;

/// <summary>
/// Runs the compiler on a document (through the editor's unsaved buffers) and indexes the
/// result. Analyses are cached per document version, so the features asked about one version
/// (hover, definition, semantic tokens …) share a single compile.
/// </summary>
public sealed class Analyzer
{
    private readonly Dictionary<string, DocumentAnalysis> _latest = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The analysis of exactly this document version, computed now if needed.</summary>
    public DocumentAnalysis Analyze(TextDocument document, IEnumerable<TextDocument> openDocuments, CancellationToken cancellationToken = default)
    {
        DocumentAnalysis? cached;
        lock (_gate) cached = _latest.GetValueOrDefault(document.Uri);
        if (cached is not null && ReferenceEquals(cached.Document, document) && DependenciesUnchanged(cached, openDocuments)) return cached;
        cancellationToken.ThrowIfCancellationRequested();
        var analysis = Compute(document, new OpenDocumentSourceProvider(openDocuments));
        lock (_gate)
        {
            // Keep the newest version: a slow analysis of an old version must not replace a newer one.
            if (!_latest.TryGetValue(document.Uri, out var current) || current.Document.Version <= document.Version) _latest[document.Uri] = analysis;
        }
        return analysis;
    }

    /// <summary>Whether the open buffers of the files an analysis read (includes, scripts) still hold the text it read.</summary>
    private static bool DependenciesUnchanged(DocumentAnalysis analysis, IEnumerable<TextDocument> openDocuments)
    {
        if (analysis.Files.Count == 1) return true;
        foreach (var open in openDocuments)
        {
            if (ReferenceEquals(open, analysis.Document)) continue;
            var read = analysis.FindFile(Path.GetFullPath(open.Path));
            if (read is not null && !string.Equals(read.Text, open.Text, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>The most recent analysis of a document, whatever its version (completion lists names from it while the user types).</summary>
    public DocumentAnalysis? Latest(string uri)
    {
        lock (_gate) return _latest.GetValueOrDefault(uri);
    }

    public void Forget(string uri)
    {
        lock (_gate) _latest.Remove(uri);
    }

    public static DocumentAnalysis Compute(TextDocument document, ISourceProvider sources)
    {
        var compilation = KryCompiler.CheckText(document.Path, document.Text, sources);
        var main = compilation.Syntax ?? Parser.Parse(document.Path, document.Text, new DiagnosticBag());

        var documents = new List<DocumentSyntax> { main };
        var includedThrough = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        LoadIncludes(main, sources, documents, includedThrough);

        var components = new Dictionary<string, ComponentDeclaration>(StringComparer.Ordinal);
        foreach (var d in documents)
            foreach (var define in d.Declarations.OfType<DefineSyntax>())
                components.TryAdd(define.Name.Text, new ComponentDeclaration(define, d.File));

        var files = new List<FileIndex>();
        var scriptFiles = new List<SyntaxIndexer.ScriptFileReference>();
        foreach (var d in documents)
        {
            var (occurrences, scripts) = SyntaxIndexer.Index(d, components);
            files.Add(new FileIndex(Path.GetFullPath(d.File.Path), d.File.Text, occurrences));
            scriptFiles.AddRange(scripts);
        }
        foreach (var script in scriptFiles.DistinctBy(s => s.Path))
            if (sources.TryRead(script.Path, out var code, out _))
                files.Add(IndexScriptFile(script, code));

        return new DocumentAnalysis
        {
            Document = document,
            Compilation = compilation,
            Files = files,
            Components = components,
            IncludedThrough = includedThrough,
        };
    }

    /// <summary>
    /// Parses the files the document includes (transitively), remembering for each the top-level
    /// `@include` that brings it in. Each file is read once; cycles stop (the compiler reports them).
    /// </summary>
    private static void LoadIncludes(DocumentSyntax main, ISourceProvider sources, List<DocumentSyntax> documents, Dictionary<string, TextSpan> includedThrough)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(main.File.Path) };
        var pending = new Queue<(DocumentSyntax Document, TextSpan TopLevelInclude)>();
        foreach (var include in main.Declarations.OfType<IncludeSyntax>()) Enqueue(main, include, include.Span);
        while (pending.Count > 0 && documents.Count <= Compiler.Binding.Binder.MaxIncludeDepth * 16)
        {
            var (document, through) = pending.Dequeue();
            documents.Add(document);
            foreach (var include in document.Declarations.OfType<IncludeSyntax>()) Enqueue(document, include, through);
        }

        void Enqueue(DocumentSyntax from, IncludeSyntax include, TextSpan through)
        {
            if (RelativePath.Resolve(from.File.Path, include.Path.Text) is not (var display, var full)) return;
            if (!seen.Add(full) || !sources.TryRead(display, out var text, out _)) return;
            includedThrough[full] = through;
            pending.Enqueue((Parser.Parse(display, text, new DiagnosticBag()), through));
        }
    }

    private static FileIndex IndexScriptFile(SyntaxIndexer.ScriptFileReference script, string code)
    {
        var occurrences = ScriptFunctionLocator.Find(script.Language, code)
            .Select(f => new Occurrence(OccurrenceKind.ScriptFunction, new TextSpan(f.Offset, f.Name.Length))
            {
                Symbol = new SymbolKey(SymbolCategory.ScriptFunction, f.Name),
                IsDefinition = true,
            })
            .ToList();
        return new FileIndex(script.Path, code, occurrences);
    }
}

using System.Collections.Immutable;
using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Documents;
using Kryon.LanguageServer.Protocol;

namespace Kryon.LanguageServer.Server;

/// <summary>
/// What a request handler works with: the open documents as they were when the request arrived,
/// the shared analyzer, and the request's cancellation.
/// </summary>
public sealed class RequestContext(ImmutableDictionary<string, TextDocument> documents, Analyzer analyzer, CancellationToken cancellationToken)
{
    public ImmutableDictionary<string, TextDocument> Documents { get; } = documents;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public TextDocument Document(TextDocumentIdentifier? id)
    {
        if (id is null) throw new LspException(ErrorCodes.InvalidParams, "textDocument is missing");
        return Documents.GetValueOrDefault(id.Uri) ?? throw new LspException(ErrorCodes.InvalidParams, $"'{id.Uri}' is not open (send textDocument/didOpen first)");
    }

    /// <summary>The analysis of the document's current version.</summary>
    public DocumentAnalysis Analyze(TextDocument document) => analyzer.Analyze(document, Documents.Values, CancellationToken);

    /// <summary>The newest analysis there is, even of an older version; computes one if there is none.</summary>
    public DocumentAnalysis LatestAnalysis(TextDocument document) => analyzer.Latest(document.Uri) ?? Analyze(document);

    /// <summary>The URI to report for a file: the editor's own URI when the file is open, else a file URI.</summary>
    public string UriOf(string path)
    {
        foreach (var d in Documents.Values)
            if (string.Equals(Path.GetFullPath(d.Path), path, StringComparison.Ordinal)) return d.Uri;
        return DocumentUri.FromPath(path);
    }
}

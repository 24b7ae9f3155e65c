using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Documents;
using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;

namespace Kryon.LanguageServer.Features;

/// <summary>The symbol under the cursor, shared by definition, references and rename.</summary>
public static class SymbolAtCursor
{
    public static (DocumentAnalysis Analysis, Occurrence Occurrence)? Find(TextDocumentIdentifier id, Position position, RequestContext context)
    {
        var document = context.Document(id);
        var analysis = context.Analyze(document);
        var occurrence = analysis.Main.At(document.Lines.OffsetOf(position));
        return occurrence is null ? null : (analysis, occurrence);
    }

    public static Location LocationOf(FileIndex file, Occurrence occurrence, RequestContext context)
        => new(context.UriOf(file.Path), file.RangeOf(occurrence.Span));
}

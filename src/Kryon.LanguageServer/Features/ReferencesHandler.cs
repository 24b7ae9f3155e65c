using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;

namespace Kryon.LanguageServer.Features;

/// <summary>textDocument/references: every use of the symbol under the cursor in the document, its includes and its scripts.</summary>
public static class ReferencesHandler
{
    public static Location[] Handle(ReferenceParams request, RequestContext context)
    {
        if (SymbolAtCursor.Find(request.TextDocument, request.Position, context) is not (var analysis, var occurrence) || occurrence.Symbol is not { } key) return [];
        bool includeDeclaration = request.Context?.IncludeDeclaration ?? true;
        return analysis.OccurrencesOf(key)
            .Where(x => includeDeclaration || !x.Occurrence.IsDefinition)
            .Select(x => SymbolAtCursor.LocationOf(x.File, x.Occurrence, context))
            .ToArray();
    }
}

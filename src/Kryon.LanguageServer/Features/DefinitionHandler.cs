using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;

namespace Kryon.LanguageServer.Features;

/// <summary>textDocument/definition: where a variable, style, component, component property or script function is defined; an include or script path opens its file.</summary>
public static class DefinitionHandler
{
    public static Location[] Handle(TextDocumentPositionParams request, RequestContext context)
    {
        if (SymbolAtCursor.Find(request.TextDocument, request.Position, context) is not (var analysis, var occurrence)) return [];
        if (occurrence.TargetPath is { } path)
            return File.Exists(path) || context.Documents.Values.Any(d => Path.GetFullPath(d.Path) == path) ? [new Location(context.UriOf(path), default)] : [];
        if (occurrence.Symbol is not { } key) return [];
        return analysis.DefinitionsOf(key).Select(d => SymbolAtCursor.LocationOf(d.File, d.Occurrence, context)).ToArray();
    }
}

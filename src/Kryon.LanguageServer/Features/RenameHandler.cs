using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;
using Kryon.Registry;

namespace Kryon.LanguageServer.Features;

/// <summary>
/// textDocument/prepareRename and textDocument/rename: renames a variable, style, component,
/// component property or script function at its definition and every use, across the document,
/// its includes and its external scripts. Calls between script functions inside script code are
/// the script language's business and are not rewritten.
/// </summary>
public static class RenameHandler
{
    public static PrepareRenameResult? Prepare(TextDocumentPositionParams request, RequestContext context)
    {
        if (SymbolAtCursor.Find(request.TextDocument, request.Position, context) is not (var analysis, var occurrence) || occurrence.Symbol is not { } key) return null;
        return new PrepareRenameResult(analysis.Main.RangeOf(occurrence.Span), key.DisplayName);
    }

    public static WorkspaceEdit Handle(RenameParams request, RequestContext context)
    {
        if (SymbolAtCursor.Find(request.TextDocument, request.Position, context) is not (var analysis, var occurrence) || occurrence.Symbol is not { } key)
            throw new LspException(ErrorCodes.RequestFailed, "Only variables, styles, components, component properties and script functions can be renamed.");
        var newName = key.Category == SymbolCategory.Variable ? request.NewName.TrimStart('$') : request.NewName;
        if (Validate(key, newName, analysis) is { } problem) throw new LspException(ErrorCodes.RequestFailed, problem);

        var changes = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        foreach (var (file, o) in analysis.OccurrencesOf(key))
        {
            var uri = context.UriOf(file.Path);
            if (!changes.TryGetValue(uri, out var edits)) changes[uri] = edits = [];
            edits.Add(new TextEdit(file.RangeOf(o.Span), newName));
        }
        return new WorkspaceEdit(changes.ToDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Why the new name cannot be used, or null when it can.</summary>
    private static string? Validate(SymbolKey key, string newName, DocumentAnalysis analysis)
    {
        if (newName.Length == 0) return "The new name is empty.";
        switch (key.Category)
        {
            case SymbolCategory.Style:
                if (newName.IndexOfAny(['"', '\\', '\n', '\r', '$']) >= 0) return $"'{newName}' cannot be a style name: it may not contain quotes, backslashes, '$' or line breaks.";
                if (analysis.DefinitionsOf(key with { Name = newName }).Any()) return $"A style named \"{newName}\" already exists.";
                return null;
            case SymbolCategory.Component:
                if (!IsIdentifier(newName)) return $"'{newName}' is not a valid component name (letters, digits and '_', not starting with a digit).";
                if (ElementRegistry.TryGet(newName, out _)) return $"'{newName}' is a built-in element type.";
                if (analysis.Components.ContainsKey(newName)) return $"A component named '{newName}' already exists.";
                return null;
            case SymbolCategory.Variable:
                if (!IsIdentifier(newName)) return $"'{newName}' is not a valid variable name (letters, digits and '_', not starting with a digit).";
                if (analysis.DefinitionsOf(key with { Name = newName }).Any()) return $"A variable named '{newName}' already exists.";
                return null;
            case SymbolCategory.ComponentProperty:
                if (!IsIdentifier(newName)) return $"'{newName}' is not a valid property name.";
                return null;
            default:
                return IsIdentifier(newName) ? null : $"'{newName}' is not a valid function name.";
        }
    }

    private static bool IsIdentifier(string name)
        => name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(ScriptFunctionLocator.IsIdentifierChar);
}

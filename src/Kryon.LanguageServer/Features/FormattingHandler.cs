using Kryon.Compiler.Formatting;
using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;

namespace Kryon.LanguageServer.Features;

/// <summary>
/// textDocument/formatting through the KRY formatter (the same as `kryon fmt`): one edit that
/// replaces the whole document, or no edits when it is already formatted or does not parse (its
/// errors are already on screen as diagnostics). The editor's tab/space options do not apply:
/// KRY has one canonical layout.
/// </summary>
public static class FormattingHandler
{
    public static TextEdit[] Handle(DocumentParams request, RequestContext context)
    {
        var document = context.Document(request.TextDocument);
        var result = KryFormatter.Format(document.Text, document.Path);
        if (!result.Changed(document.Text)) return [];
        var whole = document.Lines.RangeOf(0, document.Text.Length);
        return [new TextEdit(whole, result.Text!)];
    }
}

using Kryon.Compiler.Syntax;
using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Documents;
using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;
using Kryon.Text;

namespace Kryon.LanguageServer.Features;

/// <summary>textDocument/documentSymbol: the outline — includes, variables, styles, components, scripts and the element tree.</summary>
public static class DocumentSymbolHandler
{
    public static DocumentSymbol[] Handle(DocumentParams request, RequestContext context)
    {
        var document = context.Document(request.TextDocument);
        var analysis = context.Analyze(document);
        if (analysis.Syntax is not { } syntax) return [];
        var outline = new Outline(document.Lines, analysis.Main);
        return syntax.Declarations.Select(outline.Declaration).OfType<DocumentSymbol>().ToArray();
    }

    private sealed class Outline(LineIndex lines, FileIndex file)
    {
        private Protocol.Range R(TextSpan span) => lines.RangeOf(span.Start, span.End);

        private DocumentSymbol Symbol(string name, SymbolKind kind, TextSpan full, TextSpan selection, string? detail = null, IReadOnlyList<DocumentSymbol>? children = null)
        {
            // The selection must lie inside the full range.
            if (selection.Start < full.Start || selection.End > full.End) selection = new TextSpan(full.Start, 0);
            return new DocumentSymbol(name.Length > 0 ? name : "(unnamed)", kind, R(full), R(selection)) { Detail = detail, Children = children };
        }

        public DocumentSymbol? Declaration(DeclarationSyntax declaration) => declaration switch
        {
            IncludeSyntax include => Symbol("@include " + include.Path.Text, SymbolKind.File, include.Span, include.Path.Span),
            VariablesBlockSyntax block => Symbol("@variables", SymbolKind.Namespace, block.Span, new TextSpan(block.Span.Start, "@variables".Length), null,
                block.Variables.Select(v => Symbol(v.Name.Text, SymbolKind.Variable, v.Span, v.Name.Span, Source(v.Value.Span))).ToArray()),
            StyleSyntax style => Style(style),
            DefineSyntax define => Symbol(define.Name.Text, SymbolKind.Class, define.Span, define.Name.Span, "component",
                (define.Properties?.Definitions.Select(p => Symbol(p.Name.Text, SymbolKind.Property, p.Span, p.Name.Span, Source(p.Type.Span))) ?? [])
                    .Concat(define.Roots.Select(Element)).ToArray()),
            ScriptSyntax script => Script(script),
            FunctionSyntax function => Symbol(function.Name.Text, SymbolKind.Function, function.Span, function.Name.Span, $"@function \"{function.Language.Text}\""),
            ElementSyntax element => Element(element),
            _ => null,
        };

        private DocumentSymbol Style(StyleSyntax style) => Symbol($"style \"{style.Name.Text}\"", SymbolKind.Struct, style.Span, style.Name.Span);

        private DocumentSymbol Script(ScriptSyntax script)
        {
            // The functions found in the code, from the index (same rules as go-to-definition).
            var functions = script.Code is null
                ? []
                : file.Occurrences
                    .Where(o => o.Kind == OccurrenceKind.ScriptFunction && o.IsDefinition && o.Span.Start >= script.Code.Span.Start && o.Span.End <= script.Code.Span.End)
                    .Select(o => Symbol(o.Symbol!.Value.Name, SymbolKind.Function, o.Span, o.Span))
                    .ToArray();
            return Symbol($"@script \"{script.Language.Text}\"", SymbolKind.Module, script.Span, script.Language.Span, null, functions);
        }

        private DocumentSymbol Element(ElementSyntax element)
        {
            var children = new List<DocumentSymbol>();
            foreach (var item in element.AllItems)
            {
                if (item is ChildElementSyntax child) children.Add(Element(child.Element));
                else if (item is InlineStyleSyntax inline) children.Add(Style(inline.Style));
            }
            var id = element.AllItems.OfType<PropertySyntax>().FirstOrDefault(p => p.Name.Text == "id")?.Value as StringLiteralSyntax;
            return Symbol(element.Name.Text, SymbolKind.Object, element.Span, element.Name.Span, id is null ? null : "#" + id.Text, children);
        }

        private string Source(TextSpan span) => span.End <= file.Text.Length ? file.Text.Substring(span.Start, span.Length) : "";
    }
}

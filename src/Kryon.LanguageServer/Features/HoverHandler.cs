using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;

namespace Kryon.LanguageServer.Features;

/// <summary>textDocument/hover: registry documentation for elements, properties and values; declarations for variables, styles, components and functions.</summary>
public static class HoverHandler
{
    public static Hover? Handle(TextDocumentPositionParams request, RequestContext context)
    {
        var document = context.Document(request.TextDocument);
        var analysis = context.Analyze(document);
        var main = analysis.Main;
        if (main.At(document.Lines.OffsetOf(request.Position)) is not { } occurrence) return null;
        var text = main.Text.Substring(occurrence.Span.Start, occurrence.Span.Length);
        string? markdown = occurrence.Kind switch
        {
            OccurrenceKind.ElementType when occurrence.Element is { } e => HoverText.Element(e),
            OccurrenceKind.Component when analysis.Components.TryGetValue(text, out var c) => HoverText.Component(c),
            OccurrenceKind.Component => $"`{text}` — no `Define {text}` in this file or its includes",
            OccurrenceKind.Property or OccurrenceKind.Event when occurrence.Property is { } p => HoverText.Property(p),
            OccurrenceKind.Word when occurrence.Property is { } p => HoverText.EnumWord(p, text),
            OccurrenceKind.Variable => HoverText.Variable(analysis, text),
            OccurrenceKind.ComponentProperty when occurrence.Symbol is { } key => HoverText.ComponentProperty(analysis, key),
            OccurrenceKind.Style => HoverText.Style(analysis, text),
            OccurrenceKind.ScriptFunction => HoverText.Function(analysis, text),
            OccurrenceKind.FilePath when occurrence.TargetPath is { } path => $"`{path}`" + (File.Exists(path) ? "" : " — file not found"),
            _ => null,
        };
        return markdown is null ? null : new Hover(MarkupContent.Markdown(markdown), main.RangeOf(occurrence.Span));
    }
}

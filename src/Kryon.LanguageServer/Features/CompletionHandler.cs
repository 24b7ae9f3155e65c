using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;
using Kryon.Registry;
using Kryon.Values;

namespace Kryon.LanguageServer.Features;

/// <summary>
/// textDocument/completion. The cursor's context comes from the current text (it usually does
/// not parse mid-edit); the names offered (variables, styles, components, functions) come from
/// the newest analysis, which may be a keystroke old: names rarely change while typing, and this
/// keeps completion fast on large files. Element, property and value lists come from the registry.
/// </summary>
public static class CompletionHandler
{
    private static readonly string[] TopLevelKeywords = ["style", "Define", "@variables", "@include", "@script", "@function"];

    /// <summary>Component property types (KRY.md §10.2).</summary>
    private static readonly string[] TypeNames = ["String", "Int", "Float", "Bool", "Color", "StyleID", "Resource", "Enum"];

    public static CompletionList Handle(TextDocumentPositionParams request, RequestContext context)
    {
        var document = context.Document(request.TextDocument);
        int offset = document.Lines.OffsetOf(request.Position);
        var cursor = CursorContext.Find(document.Text, offset);
        var analysis = context.LatestAnalysis(document);
        var items = cursor.Position switch
        {
            CursorPosition.TopLevel => ElementNames(analysis).Concat(TopLevelKeywords.Select(k => Keyword(k, "declaration"))),
            CursorPosition.DefineBody => ElementNames(analysis).Append(Keyword("Properties", "the component's properties")),
            CursorPosition.ElementBody => PropertyNames(analysis, cursor.Element, cursor.InPseudoBlock)
                .Concat(cursor.InPseudoBlock ? [] : ElementNames(analysis))
                .Concat(cursor.InPseudoBlock ? [] : [Keyword("style", "an inline style block")]),
            CursorPosition.StyleBody => StyleProperties(cursor.InPseudoBlock),
            CursorPosition.PropertyValue => PropertyValues(analysis, cursor),
            CursorPosition.VariableValue => Variables(analysis, cursor.DefineName, withDollar: true).Concat(Bools()),
            CursorPosition.StringValue => StringValues(analysis, cursor),
            CursorPosition.VariableReference => Variables(analysis, cursor.DefineName, withDollar: false),
            CursorPosition.TypeHint => TypeNames.Select(t => new CompletionItem(t, CompletionItemKind.TypeParameter) { Detail = "component property type" }),
            _ => [],
        };
        return new CompletionList(false, items.ToList());
    }

    private static CompletionItem Keyword(string keyword, string detail) => new(keyword, CompletionItemKind.Keyword) { Detail = detail };

    private static IEnumerable<CompletionItem> ElementNames(DocumentAnalysis analysis)
    {
        foreach (var e in ElementRegistry.All)
        {
            yield return new CompletionItem(e.Name, CompletionItemKind.Class)
            {
                Detail = e.Reserved ? "element (reserved)" : "element",
                Documentation = MarkupContent.Markdown(e.Description),
                // Reserved types sort after the ones that work today.
                SortText = (e.Reserved ? "2" : "1") + e.Name,
            };
        }
        foreach (var c in analysis.Components.Values)
        {
            yield return new CompletionItem(c.Name, CompletionItemKind.Class)
            {
                Detail = "component" + (c.RootType is { } root ? $" ({root.Name})" : ""),
                Documentation = MarkupContent.Markdown(HoverText.Component(c)),
                SortText = "1" + c.Name,
            };
        }
    }

    /// <summary>The properties an element accepts (the registry's AppliesTo), plus a component's declared properties.</summary>
    private static IEnumerable<CompletionItem> PropertyNames(DocumentAnalysis analysis, string? elementName, bool inPseudoBlock)
    {
        ElementInfo? element = null;
        if (elementName is not null && !ElementRegistry.TryGet(elementName, out element) && analysis.Components.TryGetValue(elementName, out var component))
        {
            element = component.RootType;
            if (!inPseudoBlock)
                foreach (var p in component.Properties)
                    yield return new CompletionItem(p.Name.Text, CompletionItemKind.Field)
                    {
                        Detail = $"{component.Name} property: {p.Type.Name.Text}",
                        InsertText = p.Name.Text + ": ",
                        SortText = "0" + p.Name.Text,
                    };
        }
        foreach (var p in PropertyRegistry.All)
        {
            if (element is not null && !p.AppliesToElement(element.Bit)) continue;
            if (inPseudoBlock && p.IsEvent) continue;
            yield return PropertyItem(p);
        }
    }

    private static IEnumerable<CompletionItem> StyleProperties(bool inPseudoBlock)
    {
        if (!inPseudoBlock) yield return new CompletionItem("extends", CompletionItemKind.Keyword) { Detail = "style inheritance", InsertText = "extends: " };
        foreach (var p in PropertyRegistry.All)
            if (p.InStyle != StyleUse.Forbidden && !p.IsEvent) yield return PropertyItem(p);
    }

    private static CompletionItem PropertyItem(PropertyInfo p) => new(p.Name, p.IsEvent ? CompletionItemKind.Event : CompletionItemKind.Property)
    {
        Detail = HoverText.PropertySignature(p),
        Documentation = MarkupContent.Markdown(HoverText.Property(p)),
        InsertText = p.Name + ": ",
        SortText = "1" + p.Name,
    };

    private static IEnumerable<CompletionItem> PropertyValues(DocumentAnalysis analysis, CursorContext cursor)
    {
        var name = cursor.PropertyName!;
        // A component's declared property: its enum members or booleans.
        if (cursor.Element is { } elementName && analysis.Components.TryGetValue(elementName, out var component) && component.FindProperty(name) is { } declared)
        {
            var members = declared.Type.EnumMembers?.Select(m => new CompletionItem(m.Text, CompletionItemKind.EnumMember) { Detail = $"{component.Name}.{name}" }) ?? [];
            var values = declared.Type.Name.Text == "Bool" ? Bools() : members;
            return values.Concat(Variables(analysis, cursor.DefineName, withDollar: true));
        }
        if (cursor.Element is null && name == "extends") return Styles(analysis, quoted: true);
        if (!PropertyRegistry.TryResolve(name, out var property, out _)) return Variables(analysis, cursor.DefineName, withDollar: true);
        IEnumerable<CompletionItem> own = property.Kind switch
        {
            ValueKind.Enum or ValueKind.FontWeight => property.EnumMembers.Select(m => new CompletionItem(m.Name, CompletionItemKind.EnumMember) { Detail = property.Name }),
            ValueKind.Bool => Bools(),
            ValueKind.LayoutWords => LayoutFlags.Words.Select(w => new CompletionItem(w, CompletionItemKind.EnumMember) { Detail = "layout" }),
            ValueKind.Color => NamedColors.Names.Select(c => new CompletionItem(c, CompletionItemKind.Color) { Detail = "named colour" }),
            ValueKind.StyleId or ValueKind.StyleList => Styles(analysis, quoted: true),
            ValueKind.Callback => Functions(analysis, quoted: true),
            ValueKind.Length => property.LengthKeywords.Select(k => new CompletionItem(k, CompletionItemKind.EnumMember) { Detail = property.Name }),
            _ => [],
        };
        return own.Concat(Variables(analysis, cursor.DefineName, withDollar: true));
    }

    private static IEnumerable<CompletionItem> StringValues(DocumentAnalysis analysis, CursorContext cursor)
    {
        var name = cursor.PropertyName;
        if (name is null) return [];
        if (name == "extends" && cursor.Element is null) return Styles(analysis, quoted: false);
        if (!PropertyRegistry.TryResolve(name, out var property, out _)) return [];
        return property.Kind switch
        {
            ValueKind.StyleId or ValueKind.StyleList => Styles(analysis, quoted: false),
            ValueKind.Callback => Functions(analysis, quoted: false),
            ValueKind.Enum or ValueKind.FontWeight => property.EnumMembers.Select(m => new CompletionItem(m.Name, CompletionItemKind.EnumMember) { Detail = property.Name }),
            _ => [],
        };
    }

    private static IEnumerable<CompletionItem> Bools() =>
    [
        new CompletionItem("true", CompletionItemKind.Keyword),
        new CompletionItem("false", CompletionItemKind.Keyword),
    ];

    private static IEnumerable<CompletionItem> Styles(DocumentAnalysis analysis, bool quoted) =>
        analysis.Symbols(SymbolCategory.Style).Select(s => new CompletionItem(s.Key.Name, CompletionItemKind.Reference)
        {
            Detail = "style",
            InsertText = quoted ? $"\"{s.Key.Name}\"" : null,
            Documentation = MarkupContent.Markdown(HoverText.Style(analysis, s.Key.Name)),
        });

    private static IEnumerable<CompletionItem> Functions(DocumentAnalysis analysis, bool quoted) =>
        analysis.Symbols(SymbolCategory.ScriptFunction).Select(s => new CompletionItem(s.Key.Name, CompletionItemKind.Function)
        {
            Detail = "script function",
            InsertText = quoted ? $"\"{s.Key.Name}\"" : null,
        });

    /// <summary>Global variables, and inside a component the component's own properties (which `$name` reaches first).</summary>
    private static IEnumerable<CompletionItem> Variables(DocumentAnalysis analysis, string? defineName, bool withDollar)
    {
        var prefix = withDollar ? "$" : "";
        if (defineName is not null && analysis.Components.TryGetValue(defineName, out var component))
            foreach (var p in component.Properties)
                yield return new CompletionItem(prefix + p.Name.Text, CompletionItemKind.Field) { Detail = $"{component.Name} property: {p.Type.Name.Text}", SortText = "0" + p.Name.Text };
        foreach (var (key, file, definition) in analysis.Symbols(SymbolCategory.Variable))
            yield return new CompletionItem(prefix + key.Name, CompletionItemKind.Variable)
            {
                Detail = HoverText.VariableSignature(analysis, key.Name),
                SortText = "1" + key.Name,
            };
    }
}

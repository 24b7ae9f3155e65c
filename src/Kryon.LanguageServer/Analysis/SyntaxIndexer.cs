using Kryon.Compiler.Syntax;
using Kryon.Registry;
using Kryon.Text;

namespace Kryon.LanguageServer.Analysis;

/// <summary>
/// Walks one file's syntax tree and classifies every name and value in it: which symbol a name
/// defines or uses, which registry property a property name is, which keyword starts a
/// declaration. The result feeds hover, navigation, rename and semantic tokens alike, so they
/// all agree on what a piece of text is.
/// </summary>
public sealed class SyntaxIndexer
{
    private readonly DocumentSyntax _document;
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, ComponentDeclaration> _components;
    private readonly List<Occurrence> _occurrences = [];
    private readonly List<ScriptFileReference> _scriptFiles = [];

    /// <summary>A script kept in another file (`@script "lua" from "x.lua"`).</summary>
    public sealed record ScriptFileReference(ScriptLanguage Language, string Path);

    private SyntaxIndexer(DocumentSyntax document, IReadOnlyDictionary<string, ComponentDeclaration> components)
    {
        _document = document;
        _text = document.File.Text;
        _components = components;
    }

    public static (List<Occurrence> Occurrences, List<ScriptFileReference> ScriptFiles) Index(
        DocumentSyntax document, IReadOnlyDictionary<string, ComponentDeclaration> components)
    {
        var indexer = new SyntaxIndexer(document, components);
        indexer.IndexDocument();
        indexer._occurrences.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        return (indexer._occurrences, indexer._scriptFiles);
    }

    private void Add(OccurrenceKind kind, TextSpan span, SymbolKey? symbol = null, bool definition = false, PropertyInfo? property = null)
    {
        if (span.Length > 0) _occurrences.Add(new Occurrence(kind, span) { Symbol = symbol, IsDefinition = definition, Property = property });
    }

    /// <summary>The keyword a declaration starts with (`style`, `@include`, …).</summary>
    private void Keyword(int start, string keyword) => Add(OccurrenceKind.Keyword, new TextSpan(start, keyword.Length));

    private void IndexDocument()
    {
        foreach (var comment in _document.Comments) Add(OccurrenceKind.Comment, comment);
        foreach (var declaration in _document.Declarations)
        {
            switch (declaration)
            {
                case IncludeSyntax include:
                    Keyword(include.Span.Start, "@include");
                    AddFilePath(include.Path);
                    break;
                case VariablesBlockSyntax block:
                    Keyword(block.Span.Start, "@variables");
                    foreach (var v in block.Variables) IndexVariable(v);
                    break;
                case StyleSyntax style:
                    IndexStyle(style);
                    break;
                case DefineSyntax define:
                    IndexDefine(define);
                    break;
                case ScriptSyntax script:
                    IndexScript(script);
                    break;
                case FunctionSyntax function:
                    IndexFunction(function);
                    break;
                case ElementSyntax element:
                    IndexElement(element, scope: null);
                    break;
            }
        }
    }

    private void IndexVariable(VariableSyntax v)
    {
        Add(OccurrenceKind.Variable, v.Name.Span, new SymbolKey(SymbolCategory.Variable, v.Name.Text), definition: true);
        if (v.TypeName is { } type) Add(OccurrenceKind.TypeName, type.Span);
        IndexValue(v.Value, property: null, scope: null);
    }

    private void IndexStyle(StyleSyntax style)
    {
        Keyword(style.Span.Start, "style");
        Add(OccurrenceKind.String, style.Name.Span);
        Add(OccurrenceKind.Style, ContentSpan(style.Name), new SymbolKey(SymbolCategory.Style, style.Name.Text), definition: true);
        IndexBody(style.Items, element: null, component: null, scope: null, inStyle: true);
    }

    private void IndexDefine(DefineSyntax define)
    {
        Keyword(define.Span.Start, "Define");
        Add(OccurrenceKind.Component, define.Name.Span, new SymbolKey(SymbolCategory.Component, define.Name.Text), definition: true);
        _components.TryGetValue(define.Name.Text, out var component);
        if (define.Properties is { } block)
        {
            Keyword(block.Span.Start, "Properties");
            foreach (var p in block.Definitions)
            {
                Add(OccurrenceKind.ComponentProperty, p.Name.Span, SymbolKey.ComponentProperty(define.Name.Text, p.Name.Text), definition: true);
                Add(OccurrenceKind.TypeName, p.Type.Name.Span);
                foreach (var member in p.Type.EnumMembers ?? []) Add(OccurrenceKind.Word, member.Span);
                if (p.Default is { } value) IndexValue(value, property: null, scope: null);
            }
        }
        foreach (var root in define.Roots) IndexElement(root, component);
    }

    private void IndexScript(ScriptSyntax script)
    {
        Keyword(script.Span.Start, "@script");
        Add(OccurrenceKind.String, script.Language.Span);
        var language = ScriptLanguages.FromName(script.Language.Text);
        foreach (var attribute in script.Attributes)
        {
            Add(OccurrenceKind.Keyword, attribute.Name.Span);
            if (attribute.Name.Text == "from")
            {
                var path = AddFilePath(attribute.Value);
                if (path is not null && language != ScriptLanguage.Unknown) _scriptFiles.Add(new ScriptFileReference(language, path));
            }
            else Add(OccurrenceKind.String, attribute.Value.Span);
        }
        if (script.Code is { } code && language != ScriptLanguage.Unknown) IndexScriptCode(language, code);
    }

    private void IndexFunction(FunctionSyntax function)
    {
        Keyword(function.Span.Start, "@function");
        Add(OccurrenceKind.String, function.Language.Span);
        Add(OccurrenceKind.ScriptFunction, function.Name.Span, new SymbolKey(SymbolCategory.ScriptFunction, function.Name.Text), definition: true);
        foreach (var p in function.Parameters) Add(OccurrenceKind.Parameter, p.Span);
    }

    private void IndexScriptCode(ScriptLanguage language, ScriptCodeSyntax code)
    {
        // The raw text starts where the code span starts, so offsets map one to one.
        foreach (var (name, offset) in ScriptFunctionLocator.Find(language, code.RawText))
            Add(OccurrenceKind.ScriptFunction, new TextSpan(code.Span.Start + offset, name.Length), new SymbolKey(SymbolCategory.ScriptFunction, name), definition: true);
    }

    /// <summary>Records a file path string and returns the full path it names (relative to this file's folder).</summary>
    private string? AddFilePath(StringLiteralSyntax literal)
    {
        var full = RelativePath.Resolve(_document.File.Path, literal.Text)?.Full;
        _occurrences.Add(new Occurrence(OccurrenceKind.FilePath, literal.Span) { TargetPath = full });
        return full;
    }

    private void IndexElement(ElementSyntax element, ComponentDeclaration? scope)
    {
        var name = element.Name.Text;
        ElementInfo? type = null;
        ComponentDeclaration? usage = null;
        if (ElementRegistry.TryGet(name, out var builtIn))
        {
            type = builtIn;
            _occurrences.Add(new Occurrence(OccurrenceKind.ElementType, element.Name.Span) { Element = builtIn });
        }
        else if (_components.TryGetValue(name, out usage))
        {
            type = usage.RootType;
            Add(OccurrenceKind.Component, element.Name.Span, new SymbolKey(SymbolCategory.Component, name));
        }
        IndexBody(element.Items, type, usage, scope, inStyle: false);
        if (element.ChildBlock is not null) IndexBody(element.ChildBlock, type, usage, scope, inStyle: false);
    }

    private void IndexBody(IReadOnlyList<BodyItemSyntax> items, ElementInfo? element, ComponentDeclaration? component, ComponentDeclaration? scope, bool inStyle)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case PropertySyntax property:
                    IndexProperty(property, component, scope, inStyle);
                    break;
                case ChildElementSyntax child:
                    IndexElement(child.Element, scope);
                    break;
                case PseudoBlockSyntax pseudo:
                    Add(OccurrenceKind.Pseudo, pseudo.SelectorSpan);
                    foreach (var p in pseudo.Properties) IndexProperty(p, component, scope, inStyle);
                    break;
                case InlineStyleSyntax inline:
                    IndexStyle(inline.Style);
                    break;
            }
        }
    }

    private void IndexProperty(PropertySyntax property, ComponentDeclaration? component, ComponentDeclaration? scope, bool inStyle)
    {
        var name = property.Name.Text;
        if (component?.FindProperty(name) is not null && name is not ("id" or "style"))
        {
            Add(OccurrenceKind.ComponentProperty, property.Name.Span, SymbolKey.ComponentProperty(component.Name, name));
            IndexValue(property.Value, property: null, scope);
            return;
        }
        if (inStyle && name == "extends")
        {
            Add(OccurrenceKind.Keyword, property.Name.Span);
            IndexStyleNames(property.Value);
            return;
        }
        if (!PropertyRegistry.TryResolve(name, out var info, out _))
        {
            IndexValue(property.Value, property: null, scope);
            return;
        }
        Add(info.IsEvent ? OccurrenceKind.Event : OccurrenceKind.Property, property.Name.Span, property: info);
        if (info.Kind is ValueKind.StyleId or ValueKind.StyleList) IndexStyleNames(property.Value, scope);
        else if (info.IsEvent) IndexHandler(property.Value, scope);
        else IndexValue(property.Value, info, scope);
    }

    /// <summary>`style: "card"`, `extends: ["a", "b"]`: the strings name styles.</summary>
    private void IndexStyleNames(ValueSyntax value, ComponentDeclaration? scope = null)
    {
        switch (value)
        {
            case StringLiteralSyntax { IsInterpolated: false } s:
                Add(OccurrenceKind.String, s.Span);
                Add(OccurrenceKind.Style, ContentSpan(s), new SymbolKey(SymbolCategory.Style, s.Text));
                break;
            case ArraySyntax array:
                foreach (var item in array.Items) IndexStyleNames(item, scope);
                break;
            default:
                IndexValue(value, property: null, scope);
                break;
        }
    }

    /// <summary>`onClick: "handle"`, `onClick: handle`, `onClick: handle()`: the value names a script function.</summary>
    private void IndexHandler(ValueSyntax value, ComponentDeclaration? scope)
    {
        switch (value)
        {
            case StringLiteralSyntax { IsInterpolated: false } s:
            {
                Add(OccurrenceKind.String, s.Span);
                var content = ContentSpan(s);
                var raw = _text.AsSpan(content.Start, content.Length);
                int lead = raw.Length - raw.TrimStart().Length;
                var name = raw.Trim();
                if (name.EndsWith("()")) name = name[..^2].TrimEnd();
                if (name.Length > 0)
                    Add(OccurrenceKind.ScriptFunction, new TextSpan(content.Start + lead, name.Length), new SymbolKey(SymbolCategory.ScriptFunction, name.ToString()));
                break;
            }
            case WordSyntax word:
                Add(OccurrenceKind.ScriptFunction, word.Span, new SymbolKey(SymbolCategory.ScriptFunction, word.Word));
                break;
            case CallSyntax call:
                Add(OccurrenceKind.ScriptFunction, new TextSpan(call.Span.Start, call.Name.Length), new SymbolKey(SymbolCategory.ScriptFunction, call.Name));
                break;
            default:
                IndexValue(value, property: null, scope);
                break;
        }
    }

    private void IndexValue(ValueSyntax value, PropertyInfo? property, ComponentDeclaration? scope)
    {
        switch (value)
        {
            case StringLiteralSyntax s:
                Add(OccurrenceKind.String, s.Span);
                foreach (var part in s.Parts)
                    if (part.IsVariable) AddVariableUse(NameSpanIn(part.Span, part.VariableName!), part.VariableName!, scope);
                break;
            case NumberLiteralSyntax n:
                Add(OccurrenceKind.Number, n.Span, property: property);
                break;
            case BoolLiteralSyntax b:
                Add(OccurrenceKind.Keyword, b.Span);
                break;
            case ColorLiteralSyntax c:
                Add(OccurrenceKind.Color, c.Span, property: property);
                break;
            case VariableReferenceSyntax v:
                // The `$` is punctuation; the name after it is what renames and navigates.
                AddVariableUse(new TextSpan(v.Span.Start + 1, v.Span.Length - 1), v.Name, scope);
                break;
            case WordSyntax w:
                Add(OccurrenceKind.Word, w.Span, property: property);
                break;
            case SequenceSyntax seq:
                foreach (var item in seq.Items) IndexValue(item, property, scope);
                break;
            case ArraySyntax array:
                foreach (var item in array.Items) IndexValue(item, property, scope);
                break;
            case UnaryExpressionSyntax unary:
                IndexValue(unary.Operand, property, scope);
                break;
            case BinaryExpressionSyntax binary:
                IndexValue(binary.Left, property, scope);
                IndexValue(binary.Right, property, scope);
                break;
            case ConditionalExpressionSyntax conditional:
                IndexValue(conditional.Condition, null, scope);
                IndexValue(conditional.WhenTrue, property, scope);
                IndexValue(conditional.WhenFalse, property, scope);
                break;
            case ParenthesizedSyntax paren:
                IndexValue(paren.Inner, property, scope);
                break;
        }
    }

    /// <summary>Inside a component template `$name` means the component's property when it declares one, else the global variable (as the binder resolves it).</summary>
    private void AddVariableUse(TextSpan span, string name, ComponentDeclaration? scope)
    {
        if (scope?.FindProperty(name) is not null) Add(OccurrenceKind.ComponentProperty, span, SymbolKey.ComponentProperty(scope.Name, name));
        else Add(OccurrenceKind.Variable, span, new SymbolKey(SymbolCategory.Variable, name));
    }

    /// <summary>Where <paramref name="name"/> sits inside `$name` or `${ name }`.</summary>
    private TextSpan NameSpanIn(TextSpan reference, string name)
    {
        int at = _text.IndexOf(name, reference.Start, reference.Length, StringComparison.Ordinal);
        return at < 0 ? reference : new TextSpan(at, name.Length);
    }

    /// <summary>A string literal without its quotes (an unterminated one has no closing quote).</summary>
    private TextSpan ContentSpan(StringLiteralSyntax literal)
    {
        int start = literal.Span.Start + 1;
        int end = literal.Span.End;
        if (end > start && _text[end - 1] == '"') end--;
        return TextSpan.FromBounds(start, end);
    }
}

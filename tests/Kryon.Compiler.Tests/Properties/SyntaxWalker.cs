using Kryon.Compiler.Syntax;
using Kryon.Text;

namespace Kryon.Compiler.Tests.Properties;

/// <summary>Visits every node of a document: to record which kinds occur, and to check spans.</summary>
internal static class SyntaxWalker
{
    /// <summary>Every node (with names, string parts and script code spans as pseudo-nodes) in pre-order.</summary>
    public static IEnumerable<(string Kind, TextSpan Span)> Nodes(DocumentSyntax document)
    {
        var list = new List<(string, TextSpan)>();
        foreach (var d in document.Declarations) Declaration(d, list);
        return list;
    }

    /// <summary>Adds the kinds of node in <paramref name="document"/> to <paramref name="seen"/> (plus a few finer labels).</summary>
    public static void Collect(DocumentSyntax document, HashSet<string> seen)
    {
        foreach (var (kind, _) in Nodes(document)) seen.Add(kind);
    }

    private static void Add(List<(string, TextSpan)> list, string kind, TextSpan span) => list.Add((kind, span));

    private static void Declaration(DeclarationSyntax d, List<(string, TextSpan)> list)
    {
        Add(list, d.GetType().Name, d.Span);
        switch (d)
        {
            case IncludeSyntax i:
                Value(i.Path, list);
                break;
            case VariablesBlockSyntax v:
                foreach (var variable in v.Variables)
                {
                    Add(list, variable.TypeName is null ? "Variable" : "TypedVariable", variable.Span);
                    Add(list, "Name", variable.Name.Span);
                    Value(variable.Value, list);
                }
                break;
            case StyleSyntax s:
                Value(s.Name, list);
                foreach (var item in s.Items) BodyItem(item, list);
                break;
            case DefineSyntax def:
                Add(list, "Name", def.Name.Span);
                if (def.Properties is { } props)
                {
                    Add(list, nameof(PropertiesBlockSyntax), props.Span);
                    foreach (var p in props.Definitions)
                    {
                        Add(list, nameof(PropertyDefinitionSyntax), p.Span);
                        Add(list, p.Type.EnumMembers is null ? "TypeHint" : "EnumHint", p.Type.Span);
                        if (p.Default is { } dv) Value(dv, list);
                    }
                }
                foreach (var root in def.Roots) Declaration(root, list);
                break;
            case ScriptSyntax script:
                Value(script.Language, list);
                foreach (var a in script.Attributes)
                {
                    Add(list, nameof(ScriptAttributeSyntax), a.Span);
                    Value(a.Value, list);
                }
                if (script.Code is { } code) Add(list, nameof(ScriptCodeSyntax), code.Span);
                break;
            case FunctionSyntax f:
                Value(f.Language, list);
                if (f.Body is { } body) Add(list, nameof(ScriptCodeSyntax), body.Span);
                break;
            case ElementSyntax e:
                Add(list, "Name", e.Name.Span);
                foreach (var item in e.Items) BodyItem(item, list);
                if (e.ChildBlock is { } children)
                {
                    Add(list, "ChildBlock", e.Span);
                    foreach (var item in children) BodyItem(item, list);
                }
                break;
        }
    }

    private static void BodyItem(BodyItemSyntax item, List<(string, TextSpan)> list)
    {
        switch (item)
        {
            case PropertySyntax p:
                Add(list, nameof(PropertySyntax), p.Span);
                if (p.Name.Text == "extends") Add(list, "extends", p.Span);
                Value(p.Value, list);
                break;
            case PseudoBlockSyntax pseudo:
                Add(list, nameof(PseudoBlockSyntax), pseudo.Span);
                Add(list, "Selector", pseudo.SelectorSpan);
                foreach (var p in pseudo.Properties) BodyItem(p, list);
                break;
            case ChildElementSyntax child:
                Add(list, nameof(ChildElementSyntax), child.Span);
                Declaration(child.Element, list);
                break;
            case InlineStyleSyntax inline:
                Add(list, nameof(InlineStyleSyntax), inline.Span);
                Declaration(inline.Style, list);
                break;
        }
    }

    private static void Value(ValueSyntax v, List<(string, TextSpan)> list)
    {
        Add(list, v.GetType().Name, v.Span);
        switch (v)
        {
            case StringLiteralSyntax s:
                foreach (var part in s.Parts)
                {
                    Add(list, part.IsVariable ? "Interpolation" : "StringText", part.Span);
                    if (part.Text is { } t && t.IndexOfAny(['"', '\\', '\n', '\t', '$']) >= 0) Add(list, "Escape", part.Span);
                }
                break;
            case NumberLiteralSyntax n:
                if (!n.IsInteger) Add(list, "Float", n.Span);
                if (n.Unit.Length > 0) Add(list, "Dimension", n.Span);
                if (n.Unit == "%") Add(list, "Percent", n.Span);
                break;
            case WordSyntax w:
                if (w.Word.Contains('-')) Add(list, "HyphenWord", w.Span);
                break;
            case SequenceSyntax seq:
                foreach (var i in seq.Items) Value(i, list);
                break;
            case ArraySyntax array:
                foreach (var i in array.Items) Value(i, list);
                break;
            case UnaryExpressionSyntax u:
                Value(u.Operand, list);
                break;
            case BinaryExpressionSyntax b:
                Value(b.Left, list);
                Value(b.Right, list);
                break;
            case ConditionalExpressionSyntax c:
                Value(c.Condition, list);
                Value(c.WhenTrue, list);
                Value(c.WhenFalse, list);
                break;
            case ParenthesizedSyntax p:
                Value(p.Inner, list);
                break;
        }
    }
}

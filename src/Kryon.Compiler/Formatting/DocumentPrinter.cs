using System.Text;
using Kryon.Compiler.Syntax;
using Kryon.Text;

namespace Kryon.Compiler.Formatting;

/// <summary>
/// Lays a syntax tree out in the canonical style (docs/FORMAT.md): 4-space indentation, one item
/// per line, `Name {` with the brace on the header line, `{}` for an empty block, and a blank
/// line between top-level declarations. Comments from <see cref="SourceTrivia"/> are placed as
/// the tree is walked: those before an item go on lines of their own above it, those after it
/// on its line stay at the end of that line, and those left inside a block go before its `}`.
/// A blank line the author left between two items (or comments) is kept, but never more than one.
/// </summary>
internal sealed class DocumentPrinter
{
    private readonly StringBuilder _out = new();
    private readonly SourceTrivia _trivia;
    private int _indent;

    /// <summary>Nothing has been written in the current block (or file) yet, so no blank line may go here.</summary>
    private bool _atBlockStart = true;

    private DocumentPrinter(SourceTrivia trivia) => _trivia = trivia;

    public static string Print(DocumentSyntax document, SourceTrivia trivia)
    {
        var printer = new DocumentPrinter(trivia);
        printer.Document(document);
        return printer._out.ToString();
    }

    // ---- declarations ----------------------------------------------------------------------

    private void Document(DocumentSyntax document)
    {
        DeclarationSyntax? previous = null;
        foreach (var declaration in document.Declarations)
        {
            // A run of @include lines reads as one group; every other declaration stands apart.
            bool separate = previous is not null && !(previous is IncludeSyntax && declaration is IncludeSyntax);
            Declaration(declaration, separate);
            previous = declaration;
        }
        LeadingComments(int.MaxValue, separate: false);
    }

    private void Declaration(DeclarationSyntax declaration, bool separate)
    {
        switch (declaration)
        {
            case IncludeSyntax include:
                SimpleItem("@include " + ValuePrinter.String(include.Path), include.Span, separate);
                break;
            case VariablesBlockSyntax block:
                Variables(block, separate);
                break;
            case StyleSyntax style:
                Style(style, separate);
                break;
            case DefineSyntax define:
                Define(define, separate);
                break;
            case ScriptSyntax script:
                SimpleItem(ScriptText(script), script.Span, separate);
                break;
            case FunctionSyntax function:
                var parameters = string.Join(", ", function.Parameters.Select(p => p.Text));
                SimpleItem($"@function {ValuePrinter.String(function.Language)} {function.Name.Text}({parameters}) {{{Code(function.Body)}}}", function.Span, separate);
                break;
            case ElementSyntax element:
                Element(element, separate);
                break;
        }
    }

    private void Variables(VariablesBlockSyntax block, bool separate)
    {
        BeginConstruct(block.Span.Start, separate);
        int open = _trivia.FindBrace('{', block.Span.Start + "@variables".Length);
        Block("@variables", open, block.Span.End - 1, block.Variables.Count > 0, () =>
        {
            foreach (var v in block.Variables)
                SimpleItem(v.Name.Text + ": " + (v.TypeName is { } type ? type.Text + " = " : "") + ValuePrinter.Print(v.Value), v.Span, separate: false);
        });
    }

    private void Style(StyleSyntax style, bool separate)
    {
        BeginConstruct(style.Span.Start, separate);
        int open = _trivia.FindBrace('{', style.Name.Span.End);
        Block("style " + ValuePrinter.String(style.Name), open, style.Span.End - 1, style.Items.Count > 0, () => BodyItems(style.Items));
    }

    private void Define(DefineSyntax define, bool separate)
    {
        BeginConstruct(define.Span.Start, separate);
        int open = _trivia.FindBrace('{', define.Name.Span.End);
        // The Properties block and the root element are printed in source order, so comments stay beside them.
        var parts = new List<SyntaxNode>(define.Roots);
        if (define.Properties is { } properties) parts.Insert(0, properties);
        parts.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        Block("Define " + define.Name.Text, open, define.Span.End - 1, parts.Count > 0, () =>
        {
            foreach (var part in parts)
            {
                if (part is PropertiesBlockSyntax block) PropertiesBlock(block);
                else Element((ElementSyntax)part, separate: false);
            }
        });
    }

    private void PropertiesBlock(PropertiesBlockSyntax block)
    {
        BeginConstruct(block.Span.Start, separate: false);
        int open = _trivia.FindBrace('{', block.Span.Start + "Properties".Length);
        Block("Properties", open, block.Span.End - 1, block.Definitions.Count > 0, () =>
        {
            foreach (var definition in block.Definitions)
            {
                var type = definition.Type.EnumMembers is { } members
                    ? $"{definition.Type.Name.Text}({string.Join(", ", members.Select(m => m.Text))})"
                    : definition.Type.Name.Text;
                var text = definition.Name.Text + ": " + type + (definition.Default is { } value ? " = " + ValuePrinter.Print(value) : "");
                SimpleItem(text, definition.Span, separate: false);
            }
        });
    }

    private static string ScriptText(ScriptSyntax script)
    {
        var text = new StringBuilder("@script ").Append(ValuePrinter.String(script.Language));
        foreach (var a in script.Attributes)
            text.Append(' ').Append(a.Name.Text).Append(a.HasEquals ? "=" : " ").Append(ValuePrinter.String(a.Value));
        if (script.Code is { } code) text.Append(" {").Append(Code(code)).Append('}');
        return text.ToString();
    }

    /// <summary>Script code is kept as written (indentation matters to Python); only `\r\n` becomes `\n`, which no script language tells apart.</summary>
    private static string Code(ScriptCodeSyntax? code) => code?.RawText.Replace("\r\n", "\n") ?? "";

    // ---- elements and their bodies -------------------------------------------------------------

    private void Element(ElementSyntax element, bool separate)
    {
        BeginConstruct(element.Span.Start, separate);
        int open = _trivia.FindBrace('{', element.Name.Span.End);
        if (element.ChildBlock is not { } children)
        {
            Block(element.Name.Text, open, element.Span.End - 1, element.Items.Count > 0, () => BodyItems(element.Items));
            return;
        }
        // The mixed form `Name { properties } { children }`: the first block's `}` shares a line with the second's `{`.
        int close = _trivia.FindBrace('}', element.Items.Count > 0 ? element.Items[^1].Span.End : open + 1);
        int open2 = _trivia.FindBrace('{', close + 1);
        string header;
        if (element.Items.Count == 0 && !_trivia.HasCommentBefore(close))
        {
            header = element.Name.Text + " {}";
        }
        else
        {
            OpenBrace(element.Name.Text, open);
            BodyItems(element.Items);
            LeadingComments(close, separate: false);
            _indent--;
            header = "}";
        }
        Block(header, open2, element.Span.End - 1, children.Count > 0, () => BodyItems(children));
    }

    private void BodyItems(IReadOnlyList<BodyItemSyntax> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case PropertySyntax property:
                    Property(property);
                    break;
                case PseudoBlockSyntax pseudo:
                    BeginConstruct(pseudo.Span.Start, separate: false);
                    int open = _trivia.FindBrace('{', pseudo.SelectorSpan.End);
                    var selector = "&:" + string.Join(':', pseudo.States.Select(s => s.Text));
                    Block(selector, open, pseudo.Span.End - 1, pseudo.Properties.Count > 0, () =>
                    {
                        foreach (var p in pseudo.Properties) Property(p);
                    });
                    break;
                case ChildElementSyntax child:
                    Element(child.Element, separate: false);
                    break;
                case InlineStyleSyntax inline:
                    Style(inline.Style, separate: false);
                    break;
            }
        }
    }

    private void Property(PropertySyntax property) =>
        SimpleItem(property.Name.Text + ": " + ValuePrinter.Print(property.Value), property.Span, separate: false);

    // ---- lines, blocks and comments ------------------------------------------------------------

    /// <summary>Comments before a construct, then the blank line that separates it (if any).</summary>
    private void BeginConstruct(int start, bool separate)
    {
        separate = LeadingComments(start, separate);
        BlankLine(separate || _trivia.BlankLineBefore(start));
    }

    /// <summary>An item printed on one line: a property, a variable, an @include, a script.</summary>
    private void SimpleItem(string text, TextSpan span, bool separate)
    {
        BeginConstruct(span.Start, separate);
        // A comment inside the item (say, between the lines of a multi-line array) cannot stay inside one line; it goes above.
        foreach (var comment in _trivia.TakeBefore(span.End)) CommentLine(comment);
        CommentLines(Line(text, _trivia.TakeTrailing(span.End)));
    }

    /// <summary>
    /// `header { items }`: an empty block without comments stays on one line as `header {}`.
    /// <paramref name="open"/> and <paramref name="close"/> are the source positions of the braces.
    /// </summary>
    private void Block(string header, int open, int close, bool hasItems, Action writeItems)
    {
        if (!hasItems && !_trivia.HasCommentBefore(close))
        {
            CommentLines(Line(header + " {}", _trivia.TakeTrailing(close + 1)));
            return;
        }
        OpenBrace(header, open);
        writeItems();
        LeadingComments(close, separate: false);
        _indent--;
        CommentLines(Line("}", _trivia.TakeTrailing(close + 1)));
    }

    /// <summary>Writes `header {`, ending the line with the comments between the header and its brace and those after the brace.</summary>
    private void OpenBrace(string header, int open)
    {
        var trailing = _trivia.TakeBefore(open);
        trailing.AddRange(_trivia.TakeTrailing(open + 1));
        var overflow = Line(header + " {", trailing);
        _indent++;
        _atBlockStart = true;
        CommentLines(overflow);
    }

    /// <summary>
    /// Writes comments that come before <paramref name="position"/> on lines of their own, keeping
    /// a blank line the author left before one. Returns whether the blank line owed by
    /// <paramref name="separate"/> is still to be written (no comment took it).
    /// </summary>
    private bool LeadingComments(int position, bool separate)
    {
        foreach (var comment in _trivia.TakeBefore(position))
        {
            BlankLine(separate || _trivia.BlankLineBefore(comment.Start));
            separate = false;
            CommentLine(comment);
        }
        return separate;
    }

    private void CommentLines(List<Comment> comments)
    {
        foreach (var comment in comments) CommentLine(comment);
    }

    private void CommentLine(Comment comment)
    {
        _out.Append(' ', _indent * 4).Append(comment.Text).Append('\n');
        _atBlockStart = false;
    }

    /// <summary>
    /// Writes a line of code followed by its trailing comments. Nothing can follow a line comment
    /// on its line, nor a comment running over several lines, so the comments after such a one
    /// are returned, to go on lines of their own.
    /// </summary>
    private List<Comment> Line(string text, List<Comment> trailing)
    {
        _out.Append(' ', _indent * 4).Append(text);
        int i = 0;
        while (i < trailing.Count)
        {
            var comment = trailing[i++];
            _out.Append(' ').Append(comment.Text);
            // Whatever follows would be read back as starting the next line's comments.
            if (comment.IsLineComment || comment.IsMultiLine) break;
        }
        _out.Append('\n');
        _atBlockStart = false;
        return trailing.GetRange(i, trailing.Count - i);
    }

    private void BlankLine(bool wanted)
    {
        if (wanted && !_atBlockStart) _out.Append('\n');
    }
}

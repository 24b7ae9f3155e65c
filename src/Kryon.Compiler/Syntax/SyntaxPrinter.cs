using System.Text;
using Kryon.Values;

namespace Kryon.Compiler.Syntax;

/// <summary>
/// Prints a syntax tree back as KRY in one canonical layout (4-space indent, one item per line).
/// Parsing the output gives the same tree (up to spans and redundant parentheses). Comments are
/// not part of the tree and are not printed.
/// </summary>
public sealed class SyntaxPrinter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public static string Print(DocumentSyntax document)
    {
        var p = new SyntaxPrinter();
        foreach (var d in document.Declarations) p.Declaration(d);
        return p._sb.ToString();
    }

    public static string PrintValue(ValueSyntax value)
    {
        var p = new SyntaxPrinter();
        p.Value(value);
        return p._sb.ToString();
    }

    private void Line(string text)
    {
        _sb.Append(' ', _indent * 4).Append(text).Append('\n');
    }

    private void Declaration(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case IncludeSyntax include:
                Line("@include " + String(include.Path));
                break;
            case VariablesBlockSyntax block:
                Line("@variables {");
                _indent++;
                foreach (var v in block.Variables)
                    Line(v.Name.Text + ": " + (v.TypeName is { } t ? t.Text + " = " : "") + ValueText(v.Value));
                _indent--;
                Line("}");
                break;
            case StyleSyntax style:
                Style(style);
                break;
            case DefineSyntax define:
                Line($"Define {define.Name.Text} {{");
                _indent++;
                if (define.Properties is { } props)
                {
                    Line("Properties {");
                    _indent++;
                    foreach (var def in props.Definitions)
                    {
                        var type = def.Type.EnumMembers is { } members ? $"{def.Type.Name.Text}({string.Join(", ", members.Select(m => m.Text))})" : def.Type.Name.Text;
                        Line($"{def.Name.Text}: {type}" + (def.Default is { } d ? " = " + ValueText(d) : ""));
                    }
                    _indent--;
                    Line("}");
                }
                foreach (var root in define.Roots) Element(root);
                _indent--;
                Line("}");
                break;
            case ScriptSyntax script:
                var header = new StringBuilder("@script ").Append(String(script.Language));
                foreach (var a in script.Attributes) header.Append(' ').Append(a.Name.Text).Append(a.HasEquals ? "=" : " ").Append(String(a.Value));
                if (script.Code is { } code) header.Append(" {").Append(code.RawText).Append('}');
                Line(header.ToString());
                break;
            case FunctionSyntax function:
                Line($"@function {String(function.Language)} {function.Name.Text}({string.Join(", ", function.Parameters.Select(p => p.Text))}) {{{function.Body?.RawText}}}");
                break;
            case ElementSyntax element:
                Element(element);
                break;
        }
    }

    private void Style(StyleSyntax style)
    {
        Line($"style {String(style.Name)} {{");
        _indent++;
        foreach (var item in style.Items) BodyItem(item);
        _indent--;
        Line("}");
    }

    private void Element(ElementSyntax element)
    {
        Line(element.Name.Text + " {");
        _indent++;
        foreach (var item in element.Items) BodyItem(item);
        _indent--;
        if (element.ChildBlock is { } children)
        {
            Line("} {");
            _indent++;
            foreach (var item in children) BodyItem(item);
            _indent--;
        }
        Line("}");
    }

    private void BodyItem(BodyItemSyntax item)
    {
        switch (item)
        {
            case PropertySyntax p:
                Line(p.Name.Text + ": " + ValueText(p.Value));
                break;
            case PseudoBlockSyntax pseudo:
                Line("&:" + string.Join(':', pseudo.States.Select(s => s.Text)) + " {");
                _indent++;
                foreach (var p in pseudo.Properties) Line(p.Name.Text + ": " + ValueText(p.Value));
                _indent--;
                Line("}");
                break;
            case ChildElementSyntax child:
                Element(child.Element);
                break;
            case InlineStyleSyntax inline:
                Style(inline.Style);
                break;
        }
    }

    private static string ValueText(ValueSyntax value)
    {
        var p = new SyntaxPrinter();
        p.Value(value);
        return p._sb.ToString();
    }

    /// <summary>Re-escapes a string literal; interpolations are written `${name}` so no following text can extend the name.</summary>
    public static string String(StringLiteralSyntax s)
    {
        var sb = new StringBuilder("\"");
        foreach (var part in s.Parts)
        {
            if (part.IsVariable) { sb.Append("${").Append(part.VariableName).Append('}'); continue; }
            foreach (char c in part.Text!)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '$': sb.Append("\\$"); break;
                    default: sb.Append(c); break;
                }
            }
        }
        return sb.Append('"').ToString();
    }

    private static int Precedence(ValueSyntax v) => v switch
    {
        ConditionalExpressionSyntax => 0,
        BinaryExpressionSyntax b => b.Operator switch
        {
            BinaryOperator.Or => 1,
            BinaryOperator.And => 2,
            BinaryOperator.Equal or BinaryOperator.NotEqual => 3,
            BinaryOperator.Less or BinaryOperator.Greater or BinaryOperator.LessOrEqual or BinaryOperator.GreaterOrEqual => 4,
            BinaryOperator.Add or BinaryOperator.Subtract => 5,
            _ => 6,
        },
        UnaryExpressionSyntax => 7,
        SequenceSyntax => 8,
        _ => 9,
    };

    /// <summary>Prints an operand, parenthesised when its precedence is below <paramref name="minimum"/>.</summary>
    private void Operand(ValueSyntax v, int minimum)
    {
        if (Precedence(v) < minimum) { _sb.Append('('); Value(v); _sb.Append(')'); }
        else Value(v);
    }

    private void Value(ValueSyntax value)
    {
        switch (value)
        {
            case StringLiteralSyntax s: _sb.Append(String(s)); break;
            case NumberLiteralSyntax n:
                var text = PositionalNumber(n.Value);
                if (!n.IsInteger && !text.Contains('.')) text += ".0";
                _sb.Append(text).Append(n.Unit);
                break;
            case BoolLiteralSyntax b: _sb.Append(b.Value ? "true" : "false"); break;
            case ColorLiteralSyntax c: _sb.Append(c.Text); break;
            case VariableReferenceSyntax r: _sb.Append('$').Append(r.Name); break;
            case WordSyntax w: _sb.Append(w.Word); break;
            case CallSyntax call: _sb.Append(call.Name).Append("()"); break;
            case SequenceSyntax seq:
                for (int i = 0; i < seq.Items.Count; i++)
                {
                    if (i > 0) _sb.Append(' ');
                    Operand(seq.Items[i], 9);
                }
                break;
            case ArraySyntax array:
                _sb.Append('[');
                for (int i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0) _sb.Append(", ");
                    Value(array.Items[i]);
                }
                _sb.Append(']');
                break;
            case ParenthesizedSyntax p: _sb.Append('('); Value(p.Inner); _sb.Append(')'); break;
            case UnaryExpressionSyntax u:
                _sb.Append(u.Operator == UnaryOperator.Not ? "!" : "-");
                // `- 5` keeps the minus an operator; `-5` would read as a negative literal.
                if (u.Operator == UnaryOperator.Negate) _sb.Append(' ');
                Operand(u.Operand, 7);
                break;
            case BinaryExpressionSyntax b:
                int prec = Precedence(b);
                Operand(b.Left, prec);
                _sb.Append(' ').Append(Symbol(b.Operator)).Append(' ');
                Operand(b.Right, prec + 1);
                break;
            case ConditionalExpressionSyntax c:
                Operand(c.Condition, 1);
                _sb.Append(" ? ");
                // `a ? row center : column`: the parser reads a name followed by ':' as the start of
                // the next property, so a true branch ending in such a word sequence is parenthesised.
                if (EndsWithWordSequence(c.WhenTrue)) { _sb.Append('('); Value(c.WhenTrue); _sb.Append(')'); }
                else Value(c.WhenTrue);
                _sb.Append(" : ");
                Value(c.WhenFalse);
                break;
        }
    }

    /// <summary>
    /// The shortest round-trip form of a number, without an exponent: KRY has no exponent syntax,
    /// so `0.00001` must not print as `1E-05` (nor `1e16` as `1E+16`).
    /// </summary>
    private static string PositionalNumber(double value)
    {
        var text = Number.Format(value);
        int e = text.IndexOfAny(['E', 'e']);
        if (e < 0) return text;
        bool negative = text[0] == '-';
        var mantissa = text[(negative ? 1 : 0)..e];
        int exponent = int.Parse(text.AsSpan(e + 1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int point = (dot < 0 ? mantissa.Length : dot) + exponent;
        string positional = point <= 0 ? "0." + new string('0', -point) + digits
            : point >= digits.Length ? digits + new string('0', point - digits.Length)
            : digits[..point] + "." + digits[point..];
        return negative ? "-" + positional : positional;
    }

    /// <summary>Whether the printed value ends with a sequence whose last item is a bare name (a word or a boolean).</summary>
    private static bool EndsWithWordSequence(ValueSyntax v) => v switch
    {
        SequenceSyntax s => s.Items.Count > 1 && s.Items[^1] is WordSyntax or BoolLiteralSyntax,
        UnaryExpressionSyntax u => Precedence(u.Operand) >= 7 && EndsWithWordSequence(u.Operand),
        BinaryExpressionSyntax b => Precedence(b.Right) > Precedence(b) && EndsWithWordSequence(b.Right),
        ConditionalExpressionSyntax c => EndsWithWordSequence(c.WhenFalse),
        _ => false,
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.Greater => ">",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "&&",
        _ => "||",
    };
}

using System.Globalization;
using System.Text;
using Kryon.Compiler.Syntax;
using Kryon.Values;

namespace Kryon.Compiler.Formatting;

/// <summary>
/// Prints property values in canonical form: strings re-escaped, numbers in their shortest exact
/// positional form, colours as written, one space around binary operators, and parentheses
/// where the author wrote them or where precedence needs them. Reading the text back always
/// gives the same value.
/// </summary>
internal static class ValuePrinter
{
    public static string Print(ValueSyntax value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>
    /// Re-escapes a string literal. A `$` is escaped only where it would otherwise start an
    /// interpolation, and a variable is written `$name`, or `${name}` when the text after it
    /// would extend the name.
    /// </summary>
    public static string String(StringLiteralSyntax s)
    {
        var sb = new StringBuilder("\"");
        var parts = s.Parts;
        for (int p = 0; p < parts.Count; p++)
        {
            char? after = FirstCharAfter(parts, p);
            if (parts[p].IsVariable)
            {
                bool extendsName = after is char c && (char.IsAsciiLetterOrDigit(c) || c == '_');
                sb.Append(extendsName ? "${" : "$").Append(parts[p].VariableName).Append(extendsName ? "}" : "");
                continue;
            }
            var text = parts[p].Text!;
            for (int i = 0; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '$':
                        char? next = i + 1 < text.Length ? text[i + 1] : after;
                        sb.Append(next is char n && (char.IsAsciiLetter(n) || n == '_' || n == '{') ? "\\$" : "$");
                        break;
                    default: sb.Append(text[i]); break;
                }
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>The first character printed after part <paramref name="index"/> ('$' for a variable), or null at the end of the string.</summary>
    private static char? FirstCharAfter(IReadOnlyList<StringPart> parts, int index)
    {
        for (int p = index + 1; p < parts.Count; p++)
        {
            if (parts[p].IsVariable) return '$';
            if (parts[p].Text is { Length: > 0 } text) return text[0];
        }
        return null;
    }

    private static void Append(StringBuilder sb, ValueSyntax value)
    {
        switch (value)
        {
            case StringLiteralSyntax s: sb.Append(String(s)); break;
            case NumberLiteralSyntax n:
                var text = PositionalNumber(n.Value);
                if (!n.IsInteger && !text.Contains('.')) text += ".0";
                sb.Append(text).Append(n.Unit);
                break;
            case BoolLiteralSyntax b: sb.Append(b.Value ? "true" : "false"); break;
            case ColorLiteralSyntax c: sb.Append(c.Text); break;
            case VariableReferenceSyntax r: sb.Append('$').Append(r.Name); break;
            case WordSyntax w: sb.Append(w.Word); break;
            case CallSyntax call: sb.Append(call.Name).Append("()"); break;
            case SequenceSyntax seq:
                for (int i = 0; i < seq.Items.Count; i++)
                {
                    if (i > 0) sb.Append(' ');
                    Operand(sb, seq.Items[i], 9);
                }
                break;
            case ArraySyntax array:
                sb.Append('[');
                for (int i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, array.Items[i]);
                }
                sb.Append(']');
                break;
            case ParenthesizedSyntax p: sb.Append('('); Append(sb, p.Inner); sb.Append(')'); break;
            case UnaryExpressionSyntax u:
                sb.Append(u.Operator == UnaryOperator.Not ? "!" : "-");
                // `- 5` keeps the minus an operator; `-5` would read as a negative literal.
                if (u.Operator == UnaryOperator.Negate) sb.Append(' ');
                Operand(sb, u.Operand, 7);
                break;
            case BinaryExpressionSyntax b:
                int prec = Precedence(b);
                Operand(sb, b.Left, prec);
                sb.Append(' ').Append(Symbol(b.Operator)).Append(' ');
                Operand(sb, b.Right, prec + 1);
                break;
            case ConditionalExpressionSyntax c:
                Operand(sb, c.Condition, 1);
                sb.Append(" ? ");
                // `a ? row center : column`: the parser reads a name followed by ':' as the start of
                // the next property, so a true branch ending in such a word sequence is parenthesised.
                if (EndsWithWordSequence(c.WhenTrue)) { sb.Append('('); Append(sb, c.WhenTrue); sb.Append(')'); }
                else Append(sb, c.WhenTrue);
                sb.Append(" : ");
                Append(sb, c.WhenFalse);
                break;
        }
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
    private static void Operand(StringBuilder sb, ValueSyntax v, int minimum)
    {
        if (Precedence(v) < minimum) { sb.Append('('); Append(sb, v); sb.Append(')'); }
        else Append(sb, v);
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
        int exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
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

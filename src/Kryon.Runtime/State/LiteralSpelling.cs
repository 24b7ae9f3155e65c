using Kryon.Compiler.Binding;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Runtime.State;

/// <summary>
/// Variable values as snapshot text and back. A typed variable's text is read with its type's
/// coercion rules; an Any variable's is KRY source spelling, which says what kind of value it is.
/// </summary>
public static class LiteralSpelling
{
    /// <summary>The value the text stands for, or null when it cannot be read as that type.</summary>
    public static Literal? Read(VariableType type, string text)
    {
        if (type == VariableType.Any) return ParseKry(text);
        if (VariableCoercion.TryCoerce(type, new StringLiteral(text), out var value)) return value;
        // A Float with a unit (`10px`) is not plain numeric text.
        return type == VariableType.Float && ParseKry(text) is { } parsed && VariableCoercion.TryCoerce(type, parsed, out value) ? value : null;
    }

    /// <summary>How the value is written in a .kry file.</summary>
    public static string Kry(Literal value) => value switch
    {
        StringLiteral s => Quote(s.Value),
        ListLiteral list => "[" + string.Join(", ", list.Items.Select(Kry)) + "]",
        SequenceLiteral seq => string.Join(' ', seq.Items.Select(Kry)),
        _ => value.Describe(),
    };

    private static string Quote(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '$' => "\\$",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    private static Literal? ParseKry(string text)
    {
        var bag = new DiagnosticBag(8);
        var file = new SourceFile("<snapshot>", text);
        var syntax = Parser.ParseValue(file, bag);
        if (bag.HasErrors) return null;
        var value = new ValueEvaluator(bag, static (_, _) => null).Evaluate(syntax, file);
        return bag.HasErrors ? null : value;
    }
}

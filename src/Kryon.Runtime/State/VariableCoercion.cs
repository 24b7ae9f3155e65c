using System.Globalization;
using Kryon.Compiler.Binding;
using Kryon.Diagnostics;
using Kryon.Values;

namespace Kryon.Runtime.State;

/// <summary>
/// The rules a value must meet to be stored in a typed variable. Values arrive from scripts and
/// text fields as often as from KRY, so text that reads as the right kind is accepted ("42" for an
/// Int); anything else is rejected and the variable keeps its old value.
/// </summary>
public static class VariableCoercion
{
    /// <summary>The value as the variable stores it (canonical form for its type), or false when it does not fit.</summary>
    public static bool TryCoerce(VariableType type, Literal value, out Literal coerced)
    {
        coerced = value;
        switch (type)
        {
            case VariableType.Any:
                return true;
            case VariableType.String:
                coerced = value as StringLiteral ?? new StringLiteral(LiteralText.Of(value));
                return true;
            case VariableType.Int:
                if (NumberOf(value, allowUnit: false) is double i && i == Math.Floor(i) && Math.Abs(i) <= MaxExactInteger)
                {
                    coerced = value is NumberLiteral { IsInteger: true, Unit: "" } ? value : new NumberLiteral(i, true);
                    return true;
                }
                return false;
            case VariableType.Float:
                if (NumberOf(value, allowUnit: true) is double f)
                {
                    string unit = value is NumberLiteral n ? n.Unit : "";
                    coerced = value is NumberLiteral { IsInteger: false } ? value : new NumberLiteral(f, false, unit);
                    return true;
                }
                return false;
            case VariableType.Bool:
                if (value is BoolLiteral) return true;
                if (TextOf(value) is "true" or "false")
                {
                    coerced = new BoolLiteral(TextOf(value) == "true");
                    return true;
                }
                return false;
            case VariableType.Color:
                if (value is ColorLiteral) return true;
                if (TextOf(value) is { } text && Color.TryParse(text.Trim(), out var color))
                {
                    coerced = new ColorLiteral(color.Value);
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    /// <summary>The 2205 report for a rejected value: which variable, its type, what was given.</summary>
    public static Diagnostic Mismatch(string variableName, VariableType type, Literal given)
        => Diagnostic.Create(DiagnosticCodes.VariableTypeMismatch, null,
            $"Cannot set variable '{variableName}' ({type}) to {given.Describe()}: expected {Expected(type)}; it keeps its old value",
            $"give '{variableName}' {Expected(type)}");

    private static string Expected(VariableType type) => type switch
    {
        VariableType.Int => "a whole number (or text such as \"42\")",
        VariableType.Float => "a number (or numeric text such as \"1.5\")",
        VariableType.Bool => "true or false",
        VariableType.Color => "a colour such as #FF0000 or red",
        _ => "a value",
    };

    // Doubles represent integers exactly up to 2^53; beyond that "integral" means nothing.
    private const double MaxExactInteger = 9007199254740992;

    private static double? NumberOf(Literal value, bool allowUnit) => value switch
    {
        NumberLiteral n when double.IsFinite(n.Value) && (allowUnit || n.Unit.Length == 0) => n.Value,
        StringLiteral or WordLiteral when TextOf(value) is { } text
            && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        _ => null,
    };

    private static string? TextOf(Literal value) => value switch
    {
        StringLiteral s => s.Value,
        WordLiteral w => w.Word,
        _ => null,
    };
}

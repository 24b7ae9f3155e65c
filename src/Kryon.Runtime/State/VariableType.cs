using Kryon.Values;

namespace Kryon.Runtime.State;

/// <summary>
/// What a reactive variable may hold (KRY.md §7.1 value kinds). <see cref="Any"/> is for variables
/// a script created by setting an undeclared name (§7.7): they take whatever they are given.
/// </summary>
public enum VariableType { Any, String, Int, Float, Bool, Color }

public static class VariableTypes
{
    /// <summary>
    /// The type a variable gets from its initial value when none was declared: `0` is an Int,
    /// `1.5` or `10px` a Float, `true` a Bool, `#333` a Color, text or a bare word a String.
    /// Lists, sequences and calls have no variable type of their own, so they are Any.
    /// </summary>
    public static VariableType Infer(Literal initial) => initial switch
    {
        NumberLiteral { IsInteger: true, Unit: "" } => VariableType.Int,
        NumberLiteral => VariableType.Float,
        BoolLiteral => VariableType.Bool,
        ColorLiteral => VariableType.Color,
        StringLiteral or WordLiteral => VariableType.String,
        _ => VariableType.Any,
    };

    /// <summary>The value a variable starts with when its declared initial value does not fit its type.</summary>
    public static Literal DefaultValue(VariableType type) => type switch
    {
        VariableType.Int => new NumberLiteral(0, true),
        VariableType.Float => new NumberLiteral(0, false),
        VariableType.Bool => new BoolLiteral(false),
        VariableType.Color => new ColorLiteral(Values.Color.Transparent),
        _ => new StringLiteral(""),
    };
}

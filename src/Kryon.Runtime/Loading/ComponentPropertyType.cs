using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Runtime.Loading;

/// <summary>The type hint of a component property (KRY.md §10.2) and its rules at run time.</summary>
public enum ComponentPropertyType : byte { String, Int, Float, Bool, Color, StyleId, Resource, Enum }

public static class ComponentPropertyTypes
{
    public static ComponentPropertyType FromHint(KrbValueType hint) => hint switch
    {
        KrbValueType.Int => ComponentPropertyType.Int,
        KrbValueType.Float => ComponentPropertyType.Float,
        KrbValueType.Bool or KrbValueType.Byte => ComponentPropertyType.Bool,
        KrbValueType.Color => ComponentPropertyType.Color,
        KrbValueType.StyleId => ComponentPropertyType.StyleId,
        KrbValueType.Resource => ComponentPropertyType.Resource,
        KrbValueType.Enum => ComponentPropertyType.Enum,
        _ => ComponentPropertyType.String,
    };

    /// <summary>The value an instance gets when neither the usage nor the definition gives one (KRY.md §10.2).</summary>
    public static Literal RuntimeDefault(ComponentPropertyType type, IReadOnlyList<string> enumMembers) => type switch
    {
        ComponentPropertyType.Int => new NumberLiteral(0, true),
        ComponentPropertyType.Float => new NumberLiteral(0, false),
        ComponentPropertyType.Bool => new BoolLiteral(false),
        ComponentPropertyType.Color => new ColorLiteral(Color.Transparent),
        ComponentPropertyType.Enum when enumMembers.Count > 0 => new StringLiteral(enumMembers[0]),
        _ => new StringLiteral(""),
    };

    /// <summary>Checks an argument against its declared type; returns the value to use, or null when it does not fit.</summary>
    public static Literal? Check(ComponentPropertyType type, Literal value, IReadOnlyList<string> enumMembers) => (type, value) switch
    {
        (ComponentPropertyType.String or ComponentPropertyType.StyleId or ComponentPropertyType.Resource, StringLiteral) => value,
        (ComponentPropertyType.String, WordLiteral w) => new StringLiteral(w.Word),
        (ComponentPropertyType.String, NumberLiteral or BoolLiteral) => new StringLiteral(value is NumberLiteral n ? n.Describe() : value.Describe()),
        (ComponentPropertyType.Int, NumberLiteral { Unit: "" } n) when double.IsInteger(n.Value) => new NumberLiteral(n.Value, true),
        (ComponentPropertyType.Int, StringLiteral s) when long.TryParse(s.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long i) => new NumberLiteral(i, true),
        (ComponentPropertyType.Float, NumberLiteral { Unit: "" } n) => new NumberLiteral(n.Value, false),
        (ComponentPropertyType.Float, StringLiteral s) when double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) => new NumberLiteral(d, false),
        (ComponentPropertyType.Bool, BoolLiteral) => value,
        (ComponentPropertyType.Bool, StringLiteral { Value: "true" or "false" } s) => new BoolLiteral(s.Value == "true"),
        (ComponentPropertyType.Color, ColorLiteral) => value,
        (ComponentPropertyType.Color, StringLiteral s) when Color.TryParse(s.Value, out var c) => new ColorLiteral(c.Value),
        (ComponentPropertyType.Enum, StringLiteral s) when enumMembers.Count == 0 || enumMembers.Contains(s.Value) => value,
        (ComponentPropertyType.Enum, WordLiteral w) when enumMembers.Count == 0 || enumMembers.Contains(w.Word) => new StringLiteral(w.Word),
        _ => null,
    };
}

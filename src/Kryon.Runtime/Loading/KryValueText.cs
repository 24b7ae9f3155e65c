using Kryon.Compiler.Binding;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Runtime.Loading;

/// <summary>
/// Turns runtime values into typed property values with the same rules the compiler applies to
/// source (<see cref="PropertyValueConverter"/>): a value is accepted at run time exactly when it
/// would be accepted in a .kry file. Text that KRB stores in KRY spelling (`"10px"`, `"row center"`)
/// is read back with the KRY value grammar.
/// </summary>
public static class KryValueText
{
    /// <summary>Reads KRY value text (`10px`, `50%`, `"1 2 3 4"`, `row center`) as a literal; null when it is not a valid value.</summary>
    public static Literal? Parse(string text)
    {
        var bag = new DiagnosticBag(8);
        var file = new SourceFile("<value>", text);
        var syntax = Parser.ParseValue(file, bag);
        if (bag.HasErrors) return null;
        var literal = new ValueEvaluator(bag, (_, _) => null).Evaluate(syntax, file);
        return bag.HasErrors ? null : literal;
    }

    /// <summary>
    /// Converts a literal to a property's value. Strings given for non-text properties are read as
    /// KRY text first (a script's `setProperty(el, "width", "50%")`).
    /// </summary>
    public static ConversionResult Convert(PropertyInfo property, Literal literal)
    {
        var direct = PropertyValueConverter.Convert(property, literal);
        if (direct.Succeeded || literal is not StringLiteral s || IsTextual(property.Kind)) return direct;
        return Parse(s.Value) is { } reparsed && reparsed is not StringLiteral ? PropertyValueConverter.Convert(property, reparsed) : direct;
    }

    private static bool IsTextual(ValueKind kind) => kind is ValueKind.String or ValueKind.Callback or ValueKind.Resource or ValueKind.StyleId;
}

using Kryon.Registry;
using Kryon.Runtime.State;
using Kryon.Values;

namespace Kryon.Runtime.Loading;

/// <summary>
/// An `@variables` entry as the KRB stores it on the App (`var:<name>`): its name, typed initial
/// value and declared type. The KRB value type is the declared type (KRB.md §7.3, typed per §7.2),
/// so the type comes from it, not from what the decoded value looks like.
/// </summary>
public sealed record VariableDeclaration(string Name, Literal Initial, VariableType Type)
{
    /// <summary>The variable type a `var:` value of this KRB type declares (KRB.md §7.2, readers' alternatives included).</summary>
    public static VariableType TypeOf(KrbValueType type) => type switch
    {
        KrbValueType.Int or KrbValueType.Short or KrbValueType.Enum => VariableType.Int,
        KrbValueType.Float or KrbValueType.Percentage => VariableType.Float,
        KrbValueType.Byte or KrbValueType.Bool => VariableType.Bool,
        KrbValueType.Color => VariableType.Color,
        KrbValueType.String or KrbValueType.Resource or KrbValueType.StyleId => VariableType.String,
        _ => VariableType.Any,
    };
}

using Kryon.Runtime.Elements;

namespace Kryon.Runtime.Loading;

/// <summary>
/// A value that depends on variables or component properties (a KRB `bind:` custom property):
/// the KRY expression, the scope it reads from (an instance, or null for the globals), and what it
/// sets — an element property / handler, or an argument of a component instance.
/// </summary>
public sealed record BindingSpec(string Expression, ComponentInstance? Scope, Element? Element, string Target, ComponentInstance? TargetInstance = null)
{
    public override string ToString() => TargetInstance is null ? $"{Element}.{Target} = {Expression}" : $"{TargetInstance.DebugName}.{Target} = {Expression}";
}

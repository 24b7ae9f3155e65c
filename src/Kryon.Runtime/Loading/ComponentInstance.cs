using Kryon.Krb;
using Kryon.Values;

namespace Kryon.Runtime.Loading;

/// <summary>
/// One use of a `Define`d component (KRY.md §10.5): its definition, the arguments its placeholder
/// gave (already checked against the declared types) and the instance it was created in, whose
/// scope its `$prop` bindings fall back to.
/// </summary>
public sealed class ComponentInstance(KrbComponent definition, ComponentInstance? parent, string debugName)
{
    public KrbComponent Definition { get; } = definition;

    public string Name => Definition.Name;

    /// <summary>The instance whose template contains this one; null when it is used in the main tree.</summary>
    public ComponentInstance? Parent { get; } = parent;

    /// <summary>For logs and snapshots: `CalcButton#clear`.</summary>
    public string DebugName { get; } = debugName;

    /// <summary>Every declared property with its value (the argument, else the default), in declaration order.</summary>
    public List<ComponentArgument> Arguments { get; } = [];

    public int Depth => Parent is null ? 1 : Parent.Depth + 1;
}

/// <summary>A declared component property and its value for one instance.</summary>
public sealed record ComponentArgument(string Name, ComponentPropertyType Type, Literal Value, IReadOnlyList<string> EnumMembers);

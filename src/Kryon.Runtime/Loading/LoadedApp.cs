using Kryon.Krb;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;

namespace Kryon.Runtime.Loading;

/// <summary>What loading a KRB document produced: the element tree and what the state layer must wire up.</summary>
public sealed class LoadedApp(KrbDocument document, ElementTree tree, RuntimeLog log)
{
    public KrbDocument Document { get; } = document;

    public ElementTree Tree { get; } = tree;

    public RuntimeLog Log { get; } = log;

    public List<VariableDeclaration> Variables { get; } = [];

    public List<BindingSpec> Bindings { get; } = [];

    /// <summary>Component instances in creation order (parents before the instances nested in them).</summary>
    public List<ComponentInstance> Instances { get; } = [];

    /// <summary>The instance each element was created for (template elements); absent for main-tree elements.</summary>
    public Dictionary<Element, ComponentInstance> InstanceOf { get; } = [];
}

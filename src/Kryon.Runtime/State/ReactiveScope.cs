using Kryon.Values;

namespace Kryon.Runtime.State;

/// <summary>
/// A set of named variables with a parent: the global scope holds the @variables, and each
/// component instance gets a scope for its properties whose parent is the scope it was created
/// in. A name is looked up here, then in the parent, and so on (an instance property shadows a
/// global of the same name). Created and changed only through <see cref="StateManager"/>.
/// </summary>
public sealed class ReactiveScope
{
    private readonly Dictionary<string, VariableSlot> _slots = new(StringComparer.Ordinal);

    internal ReactiveScope(StateManager owner, ReactiveScope? parent, string debugName)
    {
        Owner = owner;
        Parent = parent;
        DebugName = debugName;
    }

    internal StateManager Owner { get; }

    public ReactiveScope? Parent { get; }

    /// <summary>For messages and debugging: "global", "CalcButton#clear".</summary>
    public string DebugName { get; }

    /// <summary>Set by <see cref="StateManager.RemoveScope"/> (the component was unmounted); a removed scope ignores writes.</summary>
    public bool IsRemoved { get; internal set; }

    /// <summary>The variables declared in this scope itself (not its parents).</summary>
    public IReadOnlyDictionary<string, VariableSlot> Variables => _slots;

    /// <summary>Child scopes, removed with this one.</summary>
    internal List<ReactiveScope> Children { get; } = [];

    /// <summary>Bindings that live and die with this scope.</summary>
    internal List<Binding> OwnedBindings { get; } = [];

    public VariableSlot? FindLocal(string name) => _slots.GetValueOrDefault(name);

    /// <summary>The variable a name refers to from here: this scope first, then its ancestors; null when none declares it.</summary>
    public VariableSlot? Find(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
            if (scope._slots.TryGetValue(name, out var slot)) return slot;
        return null;
    }

    /// <summary>The value a name has from here, or null when it is not declared (the caller reports 2204).</summary>
    public Literal? Get(string name) => Find(name)?.Value;

    /// <summary>True when this scope is <paramref name="ancestor"/> or nested inside it.</summary>
    public bool IsWithin(ReactiveScope ancestor)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
            if (ReferenceEquals(scope, ancestor)) return true;
        return false;
    }

    internal VariableSlot Add(string name, VariableType type, Literal value)
    {
        var slot = new VariableSlot(this, name, type, value);
        _slots.Add(name, slot);
        return slot;
    }

    public override string ToString() => DebugName;
}

using Kryon.Compiler.Syntax;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Runtime.State;

/// <summary>
/// A value computed from variables (a `bind:` property): the KRY expression, parsed once, and the
/// callback that puts its result where it belongs (an element property, or a component
/// instance's argument variable). Recomputed at a flush when a variable it read has changed.
/// Disposing it is <see cref="StateManager.Unbind"/>.
/// </summary>
public sealed class Binding : IDisposable
{
    private List<VariableSlot> _dependencies = [];
    // Filled during an evaluation, then swapped with _dependencies: no allocation per recompute.
    private List<VariableSlot> _resolving = [];

    internal Binding(StateManager owner, long id, ReactiveScope scope, ReactiveScope owningScope, string expressionText,
        Action<Literal> apply, string debugTarget, ValueSyntax? syntax, SourceFile source)
    {
        Owner = owner;
        Id = id;
        Scope = scope;
        OwningScope = owningScope;
        ExpressionText = expressionText;
        Apply = apply;
        DebugTarget = debugTarget;
        Syntax = syntax;
        Source = source;
    }

    /// <summary>The KRY source of the value (`"Count: $count"`, `$a > 2 ? "#F00" : "#0F0"`).</summary>
    public string ExpressionText { get; }

    /// <summary>What the value is for, in messages: "Text#counter.text".</summary>
    public string DebugTarget { get; }

    /// <summary>Where the expression's names are looked up.</summary>
    public ReactiveScope Scope { get; }

    /// <summary>The value last handed to the apply callback; null until an evaluation succeeded.</summary>
    public Literal? LastValue { get; internal set; }

    /// <summary>The expression did not parse (reported when bound): it never applies anything.</summary>
    public bool IsInert => Syntax is null;

    public bool IsDisposed { get; internal set; }

    /// <summary>The variables the last evaluation read (each in the scope it resolved in).</summary>
    public IReadOnlyList<VariableSlot> Dependencies => _dependencies;

    /// <summary>The scope whose removal disposes this binding (the evaluation scope, or the instance for an argument).</summary>
    internal ReactiveScope OwningScope { get; }

    internal StateManager Owner { get; }

    /// <summary>Creation order: breaks ties in the flush order so it is deterministic.</summary>
    internal long Id { get; }

    internal Action<Literal> Apply { get; }

    internal ValueSyntax? Syntax { get; }

    internal SourceFile Source { get; }

    /// <summary>Flush order (see <see cref="VariableSlot.Rank"/>): the highest rank among the variables it reads.</summary>
    internal int Rank;

    /// <summary>The flush round it was queued in / recomputed in, so a round runs it at most once.</summary>
    internal int QueuedRound = -1;

    internal int DoneRound = -1;

    /// <summary>Waiting in the manager's list of bindings to recompute next round.</summary>
    internal bool IsScheduled;

    /// <summary>Variables its apply callback has written (component arguments); their rank follows this binding's.</summary>
    internal List<VariableSlot>? Writes;

    /// <summary>Names the last evaluation could not find (refilled by every evaluation).</summary>
    internal List<string>? MissingNames;

    /// <summary>The names it is registered as waiting for: declaring one of them recomputes this binding.</summary>
    internal List<string>? AwaitedNames;

    internal List<VariableSlot> Resolving => _resolving;

    internal void BeginResolving()
    {
        _resolving.Clear();
        MissingNames?.Clear();
    }

    internal void AddResolved(VariableSlot slot)
    {
        // Expressions read a handful of names; a linear check beats hashing here.
        if (!_resolving.Contains(slot)) _resolving.Add(slot);
    }

    internal void AddMissing(string name)
    {
        MissingNames ??= [];
        if (!MissingNames.Contains(name)) MissingNames.Add(name);
    }

    /// <summary>Makes the names just resolved the dependencies; returns the previous list for unregistering.</summary>
    internal List<VariableSlot> SwapDependencies()
    {
        (_dependencies, _resolving) = (_resolving, _dependencies);
        return _resolving;
    }

    public void Dispose() => Owner.Unbind(this);

    public override string ToString() => $"{DebugTarget} <- {ExpressionText}";
}

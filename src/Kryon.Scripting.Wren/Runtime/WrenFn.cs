using Kryon.Runtime.Scripting;
using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Runtime;

/// <summary>A function value (<c>Fn.new { |a| … }</c>, a block argument): its code, the scope it closes over and the frame it was made in (for <c>this</c>).</summary>
internal sealed class WrenFn(FunctionBody body, Env? closure, Frame frame)
{
    public FunctionBody Body { get; } = body;
    public Env? Closure { get; } = closure;
    public Frame Frame { get; } = frame;
    public int Arity => Body.Parameters.Count;

    /// <summary>The name of the variable it was first stored in, for error messages and function references.</summary>
    public string? Name { get; set; }
}

/// <summary>A function value of another engine handed in by the host: kept so it can be handed back; not callable from Wren.</summary>
internal sealed class ForeignFunction(ScriptFunctionRef reference)
{
    public ScriptFunctionRef Reference { get; } = reference;
}

/// <summary>A runtime element (the host's handle), as host functions hand them out.</summary>
internal sealed record ElementHandle(int Handle)
{
    public override string ToString() => "element #" + Handle;
}

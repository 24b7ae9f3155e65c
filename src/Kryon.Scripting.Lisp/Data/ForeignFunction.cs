using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Lisp.Data;

/// <summary>A function value of another engine handed to Lisp: kept so it can be handed back, not callable from Lisp.</summary>
public sealed class ForeignFunction(ScriptFunctionRef reference) : LispFunction
{
    public ScriptFunctionRef Reference { get; } = reference;

    public override string Name => Reference.Name ?? Reference.Language + "#" + Reference.Handle;
}

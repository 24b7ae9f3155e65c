using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Runtime;

/// <summary>What code runs for: <c>this</c>, the class its method belongs to (for static fields and <c>super</c>), the method, and the script (for error lines).</summary>
internal sealed class Frame(object? self, WrenClass? methodClass, MethodDecl? method, ScriptInfo script)
{
    public object? This { get; } = self;
    public WrenClass? MethodClass { get; } = methodClass;
    public MethodDecl? Method { get; } = method;
    public ScriptInfo Script { get; } = script;
}

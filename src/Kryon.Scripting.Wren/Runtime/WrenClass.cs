using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Runtime;

/// <summary>
/// A class: a core one (Num, String, List …, whose methods are C# in Core/) or one a script declared,
/// with its instance methods (inherited), static methods (not inherited, as in Wren) and static fields.
/// </summary>
internal sealed class WrenClass(string name, WrenClass? superclass, bool isCore)
{
    public string Name { get; } = name;
    public WrenClass? Superclass { get; } = superclass;
    public bool IsCore { get; } = isCore;
    public Dictionary<string, WrenMethod> Methods { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, WrenMethod> StaticMethods { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, object?> StaticFields { get; } = new(StringComparer.Ordinal);

    public WrenMethod? FindMethod(string signature)
    {
        for (var c = this; c is not null; c = c.Superclass)
            if (c.Methods.TryGetValue(signature, out var m)) return m;
        return null;
    }

    public bool IsSubclassOf(WrenClass other)
    {
        for (var c = this; c is not null; c = c.Superclass)
            if (ReferenceEquals(c, other)) return true;
        return false;
    }

    public override string ToString() => Name;
}

/// <summary>A method of a script class with what it closes over.</summary>
internal sealed class WrenMethod(MethodDecl decl, WrenClass owner, Env? closure, ScriptInfo script)
{
    public MethodDecl Decl { get; } = decl;
    public WrenClass Owner { get; } = owner;
    public Env? Closure { get; } = closure;
    public ScriptInfo Script { get; } = script;
}

/// <summary>
/// An instance of a script class: its class and its fields, by the class whose methods use them and
/// their name (as in Wren, a subclass's <c>_x</c> is not its superclass's <c>_x</c>).
/// </summary>
internal sealed class WrenInstance(WrenClass cls)
{
    public WrenClass Class { get; } = cls;
    public Dictionary<(WrenClass Owner, string Name), object?> Fields { get; } = [];
}

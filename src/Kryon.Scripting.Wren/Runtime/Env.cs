namespace Kryon.Scripting.Wren.Runtime;

/// <summary>One scope's local variables at run time: slots as the resolver numbered them, and the enclosing scope.</summary>
internal sealed class Env(int size, Env? parent)
{
    public readonly object?[] Slots = size == 0 ? [] : new object?[size];
    public readonly Env? Parent = parent;

    public Env Ancestor(int depth)
    {
        var env = this;
        for (int i = 0; i < depth; i++) env = env.Parent!;
        return env;
    }
}

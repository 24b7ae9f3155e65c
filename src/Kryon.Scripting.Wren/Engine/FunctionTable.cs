using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Engine;

/// <summary>
/// Wren functions handed to the host as <c>ScriptFunctionRef</c>s: handle → function, until released.
/// The same function object handed out twice gets the same handle (so a listener the host registered
/// matches the one it is asked to remove).
/// </summary>
internal sealed class FunctionTable
{
    private readonly Dictionary<int, WrenFn> _byHandle = [];
    private readonly Dictionary<WrenFn, int> _byFunction = new(ReferenceEqualityComparer.Instance);
    private int _next;

    public int Count => _byHandle.Count;

    public int Add(WrenFn function)
    {
        if (_byFunction.TryGetValue(function, out int existing)) return existing;
        int handle = ++_next;
        _byHandle[handle] = function;
        _byFunction[function] = handle;
        return handle;
    }

    public bool TryGet(int handle, out WrenFn? function) => _byHandle.TryGetValue(handle, out function);

    public void Remove(int handle)
    {
        if (_byHandle.Remove(handle, out var function)) _byFunction.Remove(function);
    }
}

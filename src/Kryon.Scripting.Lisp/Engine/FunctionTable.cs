using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Engine;

/// <summary>
/// Lisp functions handed to the host as <c>ScriptFunctionRef</c>s: handle → function, until released.
/// A reverse map by reference makes handing the same function object out twice give the same handle
/// (so the host can match a listener it registered with the one it is asked to remove).
/// </summary>
internal sealed class FunctionTable
{
    private readonly Dictionary<int, LispFunction> _byHandle = [];
    private readonly Dictionary<LispFunction, int> _byFunction = new(ReferenceEqualityComparer.Instance);
    private int _next;

    public int Count => _byHandle.Count;

    /// <summary>The handle of <paramref name="function"/>: the one it already has while held, else a new one.</summary>
    public int Add(LispFunction function)
    {
        if (_byFunction.TryGetValue(function, out int existing)) return existing;
        int handle = ++_next;
        _byHandle[handle] = function;
        _byFunction[function] = handle;
        return handle;
    }

    public bool TryGet(int handle, out LispFunction? function) => _byHandle.TryGetValue(handle, out function);

    public void Remove(int handle)
    {
        if (_byHandle.Remove(handle, out var function)) _byFunction.Remove(function);
    }
}

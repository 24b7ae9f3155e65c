using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Engine;

/// <summary>Lisp functions handed to the host as <c>ScriptFunctionRef</c>s: handle → function, until released.</summary>
internal sealed class FunctionTable
{
    private readonly Dictionary<int, LispFunction> _byHandle = [];
    private int _next;

    public int Count => _byHandle.Count;

    public int Add(LispFunction function)
    {
        int handle = ++_next;
        _byHandle[handle] = function;
        return handle;
    }

    public bool TryGet(int handle, out LispFunction? function) => _byHandle.TryGetValue(handle, out function);

    public void Remove(int handle) => _byHandle.Remove(handle);
}

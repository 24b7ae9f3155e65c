using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Lua;

/// <summary>
/// Lua functions handed to the host: each is kept in the registry with <c>luaL_ref</c> (so it is
/// not collected while the host holds it) and known by that reference. A registry table maps
/// function → reference, so handing the same function out twice gives the same
/// <see cref="ScriptFunctionRef"/>. <see cref="Release"/> unrefs it.
/// </summary>
internal sealed class LuaFunctions
{
    private const string ReverseKey = "kryon.functions";

    private readonly Dictionary<int, ScriptFunctionRef> _refs = [];

    public int Count => _refs.Count;

    public static void Install(IntPtr L)
    {
        LuaNative.PushString(L, ReverseKey);
        LuaNative.lua_createtable(L, 0, 0);
        LuaNative.lua_rawset(L, LuaNative.RegistryIndex);
    }

    /// <summary>The reference for the function at <paramref name="idx"/>, made on first use.</summary>
    public unsafe ScriptFunctionRef Reference(IntPtr L, int idx, string? name = null)
    {
        if (idx < 0) idx = LuaNative.lua_gettop(L) + idx + 1;
        LuaNative.lua_checkstack(L, 4);
        PushReverse(L);
        LuaNative.lua_pushvalue(L, idx);
        bool isNumber = LuaNative.lua_rawget(L, -2) == LuaNative.TNumber;
        int existing = isNumber ? (int)LuaNative.lua_tointegerx(L, -1, null) : 0;
        LuaNative.Pop(L, 1);
        if (isNumber && _refs.TryGetValue(existing, out var known))
        {
            LuaNative.Pop(L, 1);
            return known;
        }
        LuaNative.lua_pushvalue(L, idx);
        int handle = LuaNative.luaL_ref(L, LuaNative.RegistryIndex);
        LuaNative.lua_pushvalue(L, idx);
        LuaNative.lua_pushinteger(L, handle);
        LuaNative.lua_rawset(L, -3);
        LuaNative.Pop(L, 1);
        var reference = new ScriptFunctionRef("lua", handle, name);
        _refs[handle] = reference;
        return reference;
    }

    /// <summary>Pushes a function the engine handed out, or nil for a stale or foreign reference.</summary>
    public void Push(IntPtr L, ScriptFunctionRef function)
    {
        if (function.Language == "lua" && _refs.ContainsKey(function.Handle)) LuaNative.lua_rawgeti(L, LuaNative.RegistryIndex, function.Handle);
        else LuaNative.lua_pushnil(L);
    }

    public bool IsKnown(ScriptFunctionRef function) => function.Language == "lua" && _refs.ContainsKey(function.Handle);

    public void Release(IntPtr L, ScriptFunctionRef function)
    {
        if (!IsKnown(function)) return;
        PushReverse(L);
        LuaNative.lua_rawgeti(L, LuaNative.RegistryIndex, function.Handle);
        LuaNative.lua_pushnil(L);
        LuaNative.lua_rawset(L, -3);
        LuaNative.Pop(L, 1);
        LuaNative.luaL_unref(L, LuaNative.RegistryIndex, function.Handle);
        _refs.Remove(function.Handle);
    }

    private static void PushReverse(IntPtr L)
    {
        LuaNative.PushString(L, ReverseKey);
        LuaNative.lua_rawget(L, LuaNative.RegistryIndex);
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kryon.Scripting.Lua;

/// <summary>
/// Element handles in Lua: a full userdata holding the int handle, with the metatable
/// <c>kryon.element</c>. A weak cache makes one live userdata per handle, and <c>__eq</c>
/// compares handles, so two references to one element are equal in Lua either way.
/// </summary>
internal static unsafe class LuaElements
{
    public const string MetatableName = "kryon.element";

    private const string CacheKey = "kryon.elements";

    public static void Install(IntPtr L)
    {
        LuaNative.luaL_newmetatable(L, MetatableName);
        LuaNative.PushString(L, "__eq");
        LuaNative.lua_pushcclosure(L, &Equal, 0);
        LuaNative.lua_rawset(L, -3);
        LuaNative.PushString(L, "__tostring");
        LuaNative.lua_pushcclosure(L, &Describe, 0);
        LuaNative.lua_rawset(L, -3);
        LuaNative.Pop(L, 1);

        // registry["kryon.elements"] = setmetatable({}, { __mode = "v" })
        LuaNative.lua_createtable(L, 0, 0);
        LuaNative.lua_createtable(L, 0, 1);
        LuaNative.PushString(L, "__mode");
        LuaNative.PushString(L, "v");
        LuaNative.lua_rawset(L, -3);
        LuaNative.lua_setmetatable(L, -2);
        PushRegistryKey(L);
        LuaNative.lua_pushvalue(L, -2);
        LuaNative.lua_rawset(L, LuaNative.RegistryIndex);
        LuaNative.Pop(L, 1);
    }

    public static void Push(IntPtr L, int handle)
    {
        PushRegistryKey(L);
        LuaNative.lua_rawget(L, LuaNative.RegistryIndex);
        if (LuaNative.lua_rawgeti(L, -1, handle) == LuaNative.TUserData)
        {
            LuaNative.Remove(L, -2);
            return;
        }
        LuaNative.Pop(L, 1);
        var block = (int*)LuaNative.lua_newuserdatauv(L, sizeof(int), 0);
        *block = handle;
        LuaNative.lua_getfield(L, LuaNative.RegistryIndex, MetatableName);
        LuaNative.lua_setmetatable(L, -2);
        LuaNative.lua_pushvalue(L, -1);
        LuaNative.lua_rawseti(L, -3, handle);
        LuaNative.Remove(L, -2);
    }

    public static bool TryRead(IntPtr L, int idx, out int handle)
    {
        var block = (int*)LuaNative.luaL_testudata(L, idx, MetatableName);
        handle = block == null ? 0 : *block;
        return block != null;
    }

    private static void PushRegistryKey(IntPtr L) => LuaNative.PushString(L, CacheKey);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Equal(IntPtr L)
    {
        bool same = TryRead(L, 1, out int a) && TryRead(L, 2, out int b) && a == b;
        LuaNative.lua_pushboolean(L, same ? 1 : 0);
        return 1;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Describe(IntPtr L)
    {
        var memory = LuaMemory.Of(L);
        bool enforce = memory.Enforce;
        memory.Enforce = false;
        LuaNative.PushString(L, TryRead(L, 1, out int h) ? "element #" + h : "element");
        memory.Enforce = enforce;
        return 1;
    }
}

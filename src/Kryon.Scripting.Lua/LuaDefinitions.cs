namespace Kryon.Scripting.Lua;

/// <summary>
/// Which global functions a chunk defined: a snapshot of the global function bindings taken before
/// it runs, kept in the registry so the old functions stay alive (a collected function's address
/// could be reused by a new one), compared by identity afterwards. A redefinition (a reload) makes
/// a new closure, so it counts as defined even though the name existed.
/// </summary>
internal static class LuaDefinitions
{
    /// <summary>Stores the current global function bindings; returns the snapshot's registry reference.</summary>
    public static int Snapshot(IntPtr L)
    {
        int top = LuaNative.lua_gettop(L);
        LuaNative.lua_checkstack(L, 6);
        LuaNative.lua_createtable(L, 0, 0);
        int snapshot = top + 1;
        PushGlobals(L);
        int globals = top + 2;
        LuaNative.lua_pushnil(L);
        while (LuaNative.lua_next(L, globals) != 0)
        {
            if (LuaNative.lua_type(L, -1) == LuaNative.TFunction && LuaNative.lua_type(L, -2) == LuaNative.TString)
            {
                LuaNative.lua_pushvalue(L, -2);
                LuaNative.lua_pushvalue(L, -2);
                LuaNative.lua_rawset(L, snapshot);
            }
            LuaNative.Pop(L, 1);
        }
        LuaNative.lua_settop(L, snapshot);
        return LuaNative.luaL_ref(L, LuaNative.RegistryIndex);
    }

    /// <summary>Global function names that are new or bound to another function than in the snapshot, sorted; frees the snapshot.</summary>
    public static string[] DefinedSince(IntPtr L, int snapshotRef)
    {
        int top = LuaNative.lua_gettop(L);
        LuaNative.lua_checkstack(L, 6);
        LuaNative.lua_rawgeti(L, LuaNative.RegistryIndex, snapshotRef);
        int snapshot = top + 1;
        PushGlobals(L);
        int globals = top + 2;
        var defined = new List<string>();
        LuaNative.lua_pushnil(L);
        while (LuaNative.lua_next(L, globals) != 0)
        {
            if (LuaNative.lua_type(L, -1) == LuaNative.TFunction && LuaNative.ToStringRaw(L, -2) is { } name)
            {
                LuaNative.lua_pushvalue(L, -2);
                LuaNative.lua_rawget(L, snapshot);
                if (LuaNative.lua_rawequal(L, -1, -2) == 0) defined.Add(name);
                LuaNative.Pop(L, 1);
            }
            LuaNative.Pop(L, 1);
        }
        LuaNative.lua_settop(L, top);
        Free(L, snapshotRef);
        defined.Sort(StringComparer.Ordinal);
        return [.. defined];
    }

    public static void Free(IntPtr L, int snapshotRef) => LuaNative.luaL_unref(L, LuaNative.RegistryIndex, snapshotRef);

    private static void PushGlobals(IntPtr L) => LuaNative.lua_rawgeti(L, LuaNative.RegistryIndex, LuaNative.RidxGlobals);
}

using System.Runtime.InteropServices;

namespace Kryon.Scripting.Lua;

/// <summary>
/// The slice of the Lua 5.4 C API the engine uses, bound directly to the native library KeraLua
/// ships (<c>liblua54</c>). Raw bindings rather than KeraLua's wrapper so that every callback is a
/// static <c>UnmanagedCallersOnly</c> function pointer (no delegates to keep alive) and so that
/// nothing here can raise a Lua error through a managed frame.
/// </summary>
internal static unsafe partial class LuaNative
{
    private const string Lib = "lua54";

    public const int RegistryIndex = -1000000 - 1000;
    public const long RidxGlobals = 2;
    public const int MultRet = -1;

    public const int TNone = -1, TNil = 0, TBoolean = 1, TLightUserData = 2, TNumber = 3, TString = 4, TTable = 5, TFunction = 6, TUserData = 7, TThread = 8;
    public const int Ok = 0, Yield = 1, ErrRun = 2, ErrSyntax = 3, ErrMem = 4, ErrErr = 5;
    public const int MaskCount = 1 << 3;
    public const int GcCollect = 2;
    public const int NoRef = -2, RefNil = -1;

    [LibraryImport(Lib)] public static partial IntPtr lua_newstate(delegate* unmanaged[Cdecl]<void*, void*, nuint, nuint, void*> f, void* ud);
    [LibraryImport(Lib)] public static partial void lua_close(IntPtr L);
    [LibraryImport(Lib)] public static partial IntPtr lua_newthread(IntPtr L);
    [LibraryImport(Lib)] public static partial int lua_closethread(IntPtr L, IntPtr from);
    [LibraryImport(Lib)] public static partial int lua_resume(IntPtr L, IntPtr from, int narg, int* nres);
    [LibraryImport(Lib)] public static partial void lua_sethook(IntPtr L, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, void> f, int mask, int count);
    [LibraryImport(Lib)] public static partial int lua_yieldk(IntPtr L, int nresults, IntPtr ctx, IntPtr k);
    [LibraryImport(Lib)] public static partial int lua_isyieldable(IntPtr L);
    [LibraryImport(Lib)] public static partial int lua_getstack(IntPtr L, int level, void* ar);
    [LibraryImport(Lib)] public static partial IntPtr lua_getallocf(IntPtr L, void** ud);
    [LibraryImport(Lib)] public static partial int lua_gc(IntPtr L, int what, int arg);

    [LibraryImport(Lib)] public static partial int lua_gettop(IntPtr L);
    [LibraryImport(Lib)] public static partial void lua_settop(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial void lua_pushvalue(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial int lua_checkstack(IntPtr L, int n);
    [LibraryImport(Lib)] public static partial void lua_xmove(IntPtr from, IntPtr to, int n);

    [LibraryImport(Lib)] public static partial int lua_type(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial int lua_toboolean(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial long lua_tointegerx(IntPtr L, int idx, int* isnum);
    [LibraryImport(Lib)] public static partial double lua_tonumberx(IntPtr L, int idx, int* isnum);
    [LibraryImport(Lib)] public static partial int lua_isinteger(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial byte* lua_tolstring(IntPtr L, int idx, nuint* len);
    [LibraryImport(Lib)] public static partial void* lua_touserdata(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial IntPtr lua_topointer(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial IntPtr lua_tothread(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial ulong lua_rawlen(IntPtr L, int idx);

    [LibraryImport(Lib)] public static partial void lua_pushnil(IntPtr L);
    [LibraryImport(Lib)] public static partial void lua_pushboolean(IntPtr L, int b);
    [LibraryImport(Lib)] public static partial void lua_pushinteger(IntPtr L, long n);
    [LibraryImport(Lib)] public static partial void lua_pushnumber(IntPtr L, double n);
    [LibraryImport(Lib)] public static partial IntPtr lua_pushlstring(IntPtr L, byte* s, nuint len);
    [LibraryImport(Lib)] public static partial void lua_pushcclosure(IntPtr L, delegate* unmanaged[Cdecl]<IntPtr, int> fn, int n);

    [LibraryImport(Lib)] public static partial void lua_createtable(IntPtr L, int narr, int nrec);
    [LibraryImport(Lib)] public static partial int lua_rawget(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial void lua_rawset(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial int lua_rawgeti(IntPtr L, int idx, long n);
    [LibraryImport(Lib)] public static partial void lua_rawseti(IntPtr L, int idx, long n);
    [LibraryImport(Lib)] public static partial int lua_next(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial int lua_setmetatable(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial void* lua_newuserdatauv(IntPtr L, nuint size, int nuvalue);
    [LibraryImport(Lib)] public static partial int lua_pcallk(IntPtr L, int nargs, int nresults, int errfunc, IntPtr ctx, IntPtr k);
    [LibraryImport(Lib)] public static partial int lua_dump(IntPtr L, delegate* unmanaged[Cdecl]<IntPtr, void*, nuint, void*, int> writer, void* data, int strip);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] public static partial int luaL_loadbufferx(IntPtr L, byte* buff, nuint sz, string name, string? mode);
    [LibraryImport(Lib)] public static partial int luaL_ref(IntPtr L, int t);
    [LibraryImport(Lib)] public static partial void luaL_unref(IntPtr L, int t, int r);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] public static partial int luaL_newmetatable(IntPtr L, string tname);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] public static partial void* luaL_testudata(IntPtr L, int ud, string tname);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] public static partial int lua_getfield(IntPtr L, int idx, string k);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] public static partial void luaL_requiref(IntPtr L, string modname, IntPtr openf, int glb);

    [LibraryImport(Lib)] public static partial void lua_rotate(IntPtr L, int idx, int n);

    [LibraryImport(Lib)] public static partial int lua_getmetatable(IntPtr L, int idx);
    [LibraryImport(Lib)] public static partial int lua_rawequal(IntPtr L, int a, int b);

    /// <summary>Whether the value at <paramref name="idx"/> (absolute) has the registry metatable <paramref name="name"/>.</summary>
    public static bool HasMetatable(IntPtr L, int idx, string name)
    {
        if (lua_getmetatable(L, idx) == 0) return false;
        lua_getfield(L, RegistryIndex, name);
        bool same = lua_rawequal(L, -1, -2) != 0;
        Pop(L, 2);
        return same;
    }

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] public static partial int lua_getinfo(IntPtr L, string what, void* ar);

    /// <summary>The head of Lua 5.4's <c>lua_Debug</c> (the fields read here; the engine's buffer is larger than the whole struct).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct DebugInfo
    {
        public int @event;
        public byte* name;
        public byte* namewhat;
        public byte* what;
        public byte* source;
        public nuint srclen;
        public int currentline;
        public int linedefined;
        public int lastlinedefined;
    }

    public static void Pop(IntPtr L, int n) => lua_settop(L, -n - 1);

    public static void Remove(IntPtr L, int idx)
    {
        lua_rotate(L, idx, -1);
        Pop(L, 1);
    }

    public static void PushString(IntPtr L, string s)
    {
        int max = System.Text.Encoding.UTF8.GetMaxByteCount(s.Length);
        byte[]? rented = null;
        Span<byte> buffer = max <= 512 ? stackalloc byte[max] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        int n = System.Text.Encoding.UTF8.GetBytes(s, buffer);
        fixed (byte* p = buffer) lua_pushlstring(L, p, (nuint)n);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
    }

    /// <summary>The string at <paramref name="idx"/> if it is a string (never converts numbers in place, never calls metamethods).</summary>
    public static string? ToStringRaw(IntPtr L, int idx)
    {
        if (lua_type(L, idx) != TString) return null;
        nuint len;
        byte* p = lua_tolstring(L, idx, &len);
        return System.Text.Encoding.UTF8.GetString(p, checked((int)len));
    }

    /// <summary>The address of a library's <c>luaopen_*</c> function, to open only the libraries the sandbox allows.</summary>
    public static IntPtr Export(string name)
    {
        var handle = NativeLibrary.Load(Lib, typeof(LuaNative).Assembly, null);
        return NativeLibrary.GetExport(handle, name);
    }
}

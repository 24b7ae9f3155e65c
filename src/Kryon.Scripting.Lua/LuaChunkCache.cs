using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Lua;

/// <summary>
/// Compiled chunks shared by every <see cref="LuaEngine"/> in the process: SHA-256 of
/// (chunk name + "\n" + the padded code) → the bytecode <c>lua_dump</c> made of it, so a second
/// engine (or window, or a reload of unchanged code) skips the compiler. Debug info is kept, so
/// error lines from cached code are the same as from text. Bounded as <see cref="CompileCache{T}"/> says.
/// Only the engine loads these bytes (mode "b"): scripts' own <c>load</c> stays text-only.
/// </summary>
internal static unsafe class LuaChunkCache
{
    private static readonly CompileCache<byte[]> Chunks = new();

    public static long Hits => Chunks.Hits;

    public static long Misses => Chunks.Misses;

    public static string Key(string chunkName, string paddedCode) => CompileCache<byte[]>.Key(chunkName, paddedCode);

    public static byte[]? TryGet(string key) => Chunks.TryGet(key);

    public static void Add(string key, byte[] bytecode) => Chunks.Add(key, bytecode, bytecode.Length);

    /// <summary>The bytecode of the function on top of <paramref name="L"/>'s stack, with debug info (line numbers, source name); null if dumping failed.</summary>
    public static byte[]? Dump(IntPtr L)
    {
        var buffer = new MemoryStream();
        var handle = GCHandle.Alloc(buffer);
        int status;
        try
        {
            status = LuaNative.lua_dump(L, &Write, (void*)GCHandle.ToIntPtr(handle), 0);
        }
        finally
        {
            handle.Free();
        }
        return status == 0 ? buffer.ToArray() : null;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Write(IntPtr L, void* data, nuint size, void* userData)
    {
        // No exception may cross back into C; a failed write makes lua_dump stop (and the chunk is not cached).
        try
        {
            var buffer = (MemoryStream)GCHandle.FromIntPtr((IntPtr)userData).Target!;
            buffer.Write(new ReadOnlySpan<byte>(data, checked((int)size)));
            return 0;
        }
        catch (Exception)
        {
            return 1;
        }
    }
}

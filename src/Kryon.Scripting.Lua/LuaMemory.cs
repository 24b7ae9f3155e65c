using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kryon.Scripting.Lua;

/// <summary>
/// The Lua state's allocator (<c>lua_newstate</c>): native memory, counted, refusing growth past
/// the memory budget while script code runs. A refusal makes Lua raise "not enough memory" from
/// its own C code (the allocator has already returned), which the engine reports as 2303.
/// Outside script code (the host pushing arguments, conversions, host callbacks) the limit is
/// not enforced: an allocation failure there would be raised unprotected.
/// </summary>
internal sealed class LuaMemory
{
    public long Used;

    public long Limit = long.MaxValue;

    /// <summary>True only while script code runs (inside <c>lua_resume</c> or a chunk load).</summary>
    public bool Enforce;

    /// <summary>Set by the budget hook when time ran out where it could not yield: every growth is refused so the script fails.</summary>
    public bool Starve;

    public bool Refused;

    /// <summary>The engine this heap belongs to, for the static host dispatcher.</summary>
    public object? Owner;

    /// <summary>The running call's budget, read by the count hook.</summary>
    public LuaBudgetHook.State? Budget;

    /// <summary>The memory of the state <paramref name="L"/> belongs to (the allocator's user data).</summary>
    public static unsafe LuaMemory Of(IntPtr L)
    {
        void* ud;
        LuaNative.lua_getallocf(L, &ud);
        return (LuaMemory)GCHandle.FromIntPtr((IntPtr)ud).Target!;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static unsafe void* Allocate(void* ud, void* ptr, nuint osize, nuint nsize)
    {
        var memory = (LuaMemory)GCHandle.FromIntPtr((IntPtr)ud).Target!;
        long old = ptr == null ? 0 : (long)osize;
        if (nsize == 0)
        {
            if (ptr != null)
            {
                NativeMemory.Free(ptr);
                memory.Used -= old;
            }
            return null;
        }
        long grow = (long)nsize - old;
        if (grow > 0 && memory.Enforce && (memory.Starve || memory.Used + grow > memory.Limit))
        {
            memory.Refused = true;
            return null;
        }
        void* block = NativeMemory.Realloc(ptr, nsize);
        if (block == null) return null;
        memory.Used += grow;
        return block;
    }
}

using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kryon.Scripting.Lua;

/// <summary>Why the budget hook stopped a call.</summary>
internal enum LuaStop { None, Time, Depth }

/// <summary>
/// The count hook every call's coroutine runs with (every <see cref="Instructions"/> VM
/// instructions). When the call is over its wall-clock budget or nested deeper than the call
/// depth budget, it yields from the hook — allowed for count hooks in Lua 5.4 ("only count and
/// line events can yield", with no values and no continuation), and lua_yield then returns to
/// the hook instead of longjmp-ing, so no managed frame is skipped. The host sees the yield,
/// closes the thread and reports it. Where the coroutine cannot yield (inside a metamethod or a
/// C function's callback), the hook makes every allocation fail instead, so the script errors out.
/// </summary>
internal static unsafe class LuaBudgetHook
{
    public const int Instructions = 1000;

    /// <summary>The per-call state the hook reads; one per engine, reached through the allocator's user data.</summary>
    internal sealed class State
    {
        public long Deadline = long.MaxValue;
        public int MaxDepth = int.MaxValue;
        public LuaStop Stop;
        public void* Debug = NativeMemory.AllocZeroed(256);
    }

    public static void Install(IntPtr thread) => LuaNative.lua_sethook(thread, &Hook, LuaNative.MaskCount, Instructions);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Hook(IntPtr L, IntPtr ar)
    {
        var memory = LuaMemory.Of(L);
        var state = memory.Budget!;
        if (state.Stop == LuaStop.None)
        {
            if (Stopwatch.GetTimestamp() > state.Deadline) state.Stop = LuaStop.Time;
            else if (LuaNative.lua_getstack(L, state.MaxDepth, state.Debug) != 0) state.Stop = LuaStop.Depth;
        }
        if (state.Stop == LuaStop.None) return;
        if (LuaNative.lua_isyieldable(L) != 0) LuaNative.lua_yieldk(L, 0, IntPtr.Zero, IntPtr.Zero);
        else memory.Starve = true;
    }
}

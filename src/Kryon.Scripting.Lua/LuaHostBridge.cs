using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Lua;

/// <summary>
/// The one C function behind every <c>kryon.*</c> host function. The prelude wraps each as
/// <c>function(...) local ok, r = host(name, ...) if not ok then error(r, 2) end return r end</c>,
/// so a refusal becomes a Lua error at the script's calling line while no Lua error is ever
/// raised from managed code (lua_error would longjmp over these frames).
/// </summary>
internal static class LuaHostBridge
{
    /// <summary>
    /// <c>__host(name, ...)</c>: calls a registered host function and returns <c>true, result</c>
    /// or <c>false, message</c>. Never raises a Lua error (that would longjmp through this frame);
    /// the Lua wrapper made by the prelude raises it at the script's line.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static int Dispatch(IntPtr L)
    {
        var memory = LuaMemory.Of(L);
        bool enforce = memory.Enforce;
        memory.Enforce = false;
        try
        {
            var engine = (LuaEngine)memory.Owner!;
            string name = LuaNative.ToStringRaw(L, 1) ?? "";
            int count = Math.Max(0, LuaNative.lua_gettop(L) - 1);
            var arguments = new ScriptValue[count];
            for (int i = 0; i < count; i++) arguments[i] = LuaValues.Read(L, i + 2, engine.Functions);
            LuaNative.lua_checkstack(L, 8);
            if (!engine.HostFunctions.TryGetValue(name, out var function))
                return Refuse(L, $"kryon.{name} is not a host function");
            ScriptValue value;
            try
            {
                value = function(arguments);
            }
            catch (ScriptHostException e)
            {
                return Refuse(L, e.Message);
            }
            catch (Exception e)
            {
                return Refuse(L, $"kryon.{name} failed: {e.Message}");
            }
            LuaNative.lua_pushboolean(L, 1);
            LuaValues.Push(L, value, engine.Functions);
            return 2;
        }
        catch (Exception e)
        {
            return Refuse(L, "host call failed: " + e.Message);
        }
        finally
        {
            memory.Enforce = enforce;
        }
    }

    private static int Refuse(IntPtr L, string message)
    {
        LuaNative.lua_pushboolean(L, 0);
        LuaNative.PushString(L, message);
        return 2;
    }
}

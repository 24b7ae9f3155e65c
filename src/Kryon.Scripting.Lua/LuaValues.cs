using System.Globalization;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Lua;

/// <summary>
/// <see cref="ScriptValue"/> ↔ Lua: null↔nil, bool, int↔integer, float↔number (subtype kept),
/// string (UTF-8), array↔sequence table (1-based), object↔table with string keys, function↔
/// registry reference, element↔<c>kryon.element</c> userdata. Objects carry a marker metatable so
/// an empty object comes back as an object; any other empty table reads as an empty array.
/// Reading never calls metamethods or converts values in place.
/// </summary>
internal static class LuaValues
{
    public const string ObjectMetatable = "kryon.object";

    /// <summary>Deeper tables (or cycles) read as null past this depth.</summary>
    public const int MaxDepth = 64;

    public static void Install(IntPtr L)
    {
        LuaNative.luaL_newmetatable(L, ObjectMetatable);
        LuaNative.Pop(L, 1);
    }

    public static void Push(IntPtr L, ScriptValue value, LuaFunctions functions)
    {
        LuaNative.lua_checkstack(L, 4);
        switch (value.Kind)
        {
            case ScriptValueKind.Bool: LuaNative.lua_pushboolean(L, value.AsBool() ? 1 : 0); break;
            case ScriptValueKind.Int: LuaNative.lua_pushinteger(L, value.AsInt()); break;
            case ScriptValueKind.Float: LuaNative.lua_pushnumber(L, value.AsFloat()); break;
            case ScriptValueKind.String: LuaNative.PushString(L, value.AsString()); break;
            case ScriptValueKind.Element: LuaElements.Push(L, value.AsElement()); break;
            case ScriptValueKind.Function: functions.Push(L, value.AsFunction()); break;
            case ScriptValueKind.Array:
            {
                var items = value.AsArray();
                LuaNative.lua_createtable(L, items.Count, 0);
                for (int i = 0; i < items.Count; i++)
                {
                    Push(L, items[i], functions);
                    LuaNative.lua_rawseti(L, -2, i + 1);
                }
                break;
            }
            case ScriptValueKind.Object:
            {
                var fields = value.AsObject();
                LuaNative.lua_createtable(L, 0, fields.Count);
                foreach (var (key, field) in fields)
                {
                    LuaNative.PushString(L, key);
                    Push(L, field, functions);
                    LuaNative.lua_rawset(L, -3);
                }
                LuaNative.lua_getfield(L, LuaNative.RegistryIndex, ObjectMetatable);
                LuaNative.lua_setmetatable(L, -2);
                break;
            }
            default: LuaNative.lua_pushnil(L); break;
        }
    }

    public static unsafe ScriptValue Read(IntPtr L, int idx, LuaFunctions functions, int depth = 0)
    {
        switch (LuaNative.lua_type(L, idx))
        {
            case LuaNative.TBoolean: return ScriptValue.From(LuaNative.lua_toboolean(L, idx) != 0);
            case LuaNative.TNumber:
                return LuaNative.lua_isinteger(L, idx) != 0
                    ? ScriptValue.From(LuaNative.lua_tointegerx(L, idx, null))
                    : ScriptValue.From(LuaNative.lua_tonumberx(L, idx, null));
            case LuaNative.TString: return ScriptValue.From(LuaNative.ToStringRaw(L, idx));
            case LuaNative.TFunction: return ScriptValue.Function(functions.Reference(L, idx));
            case LuaNative.TUserData:
                return LuaElements.TryRead(L, idx, out int handle) ? ScriptValue.Element(handle) : ScriptValue.Null;
            case LuaNative.TTable:
                return depth >= MaxDepth ? ScriptValue.Null : ReadTable(L, idx, functions, depth);
            default: return ScriptValue.Null;
        }
    }

    private static unsafe ScriptValue ReadTable(IntPtr L, int idx, LuaFunctions functions, int depth)
    {
        if (idx < 0) idx = LuaNative.lua_gettop(L) + idx + 1;
        LuaNative.lua_checkstack(L, 6);
        bool marked = LuaNative.HasMetatable(L, idx, ObjectMetatable);
        long length = (long)LuaNative.lua_rawlen(L, idx);
        int count = 0;
        bool sequence = !marked, allStrings = true;
        LuaNative.lua_pushnil(L);
        while (LuaNative.lua_next(L, idx) != 0)
        {
            count++;
            int keyType = LuaNative.lua_type(L, -2);
            if (keyType != LuaNative.TString) allStrings = false;
            if (keyType != LuaNative.TNumber || LuaNative.lua_isinteger(L, -2) == 0) sequence = false;
            else
            {
                long k = LuaNative.lua_tointegerx(L, -2, null);
                if (k < 1 || k > length) sequence = false;
            }
            LuaNative.Pop(L, 1);
        }
        if (sequence && count == length)
        {
            var items = new ScriptValue[count];
            for (int i = 0; i < count; i++)
            {
                LuaNative.lua_rawgeti(L, idx, i + 1);
                items[i] = Read(L, -1, functions, depth + 1);
                LuaNative.Pop(L, 1);
            }
            return ScriptValue.Array(items);
        }
        // An object: string keys as they are; with mixed keys, integer and float keys by their text, others skipped.
        var fields = new Dictionary<string, ScriptValue>(count);
        LuaNative.lua_pushnil(L);
        while (LuaNative.lua_next(L, idx) != 0)
        {
            string? key = LuaNative.lua_type(L, -2) switch
            {
                LuaNative.TString => LuaNative.ToStringRaw(L, -2),
                LuaNative.TNumber when !allStrings => LuaNative.lua_isinteger(L, -2) != 0
                    ? LuaNative.lua_tointegerx(L, -2, null).ToString(CultureInfo.InvariantCulture)
                    : LuaNative.lua_tonumberx(L, -2, null).ToString("R", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (key is not null) fields[key] = Read(L, -1, functions, depth + 1);
            LuaNative.Pop(L, 1);
        }
        return ScriptValue.Object(fields);
    }
}

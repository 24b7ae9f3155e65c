namespace Kryon.Scripting.Lua;

/// <summary>
/// What a script can reach: only the base, string, table, math and utf8 libraries are opened (no
/// io, os, package/require, debug, coroutine), the base library's file loaders are removed, and
/// <c>load</c> accepts text chunks only (a binary chunk could forge bytecode).
/// </summary>
internal static class LuaSandbox
{
    public static readonly string[] Libraries = ["_G:luaopen_base", "string:luaopen_string", "table:luaopen_table", "math:luaopen_math", "utf8:luaopen_utf8"];

    /// <summary>
    /// Runs once after the libraries are open; receives the host dispatcher and returns the
    /// function that exposes one host function as <c>kryon.name</c>. The wrapper raises the
    /// host's refusal with <c>error(message, 2)</c>, so the error points at the script's calling
    /// line and no Lua error is ever raised from managed code.
    /// </summary>
    public const string Prelude = """
        local host = ...
        local rawload, select, error = load, select, error
        load = function(chunk, name, mode, ...)
          if select('#', ...) > 0 then return rawload(chunk, name, "t", (...)) end
          return rawload(chunk, name, "t")
        end
        dofile, loadfile = nil, nil
        string.dump = nil
        kryon = {}
        return function(name)
          kryon[name] = function(...)
            local ok, result = host(name, ...)
            if not ok then error(result, 2) end
            return result
          end
        end
        """;

    public static void Open(IntPtr L)
    {
        foreach (var library in Libraries)
        {
            var parts = library.Split(':');
            LuaNative.luaL_requiref(L, parts[0], LuaNative.Export(parts[1]), 1);
            LuaNative.Pop(L, 1);
        }
    }
}

using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Lua.Tests.LuaTestKit;

namespace Kryon.Scripting.Lua.Tests;

/// <summary>
/// <see cref="LuaChunkCache"/>: engines share bytecode by source hash. Each test uses its own
/// source text (a fresh id), since the cache is process-wide and other tests run alongside.
/// </summary>
public sealed class CompileCacheTests
{
    private static string Unique(string code) => $"-- {Guid.NewGuid():N}\n{code}";

    private static LuaEngine Loaded(string code, string name, out bool cached)
    {
        var engine = Engine();
        var result = engine.Load(new ScriptSource("lua", code, name));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        cached = engine.LastLoadWasCached;
        return engine;
    }

    [Fact]
    public void A_second_engine_loading_the_same_source_hits_the_cache_and_behaves_the_same()
    {
        string code = Unique("function add(a, b) return a + b end\nfunction greet(n) return 'hi ' .. n end");
        long hits = LuaChunkCache.Hits, misses = LuaChunkCache.Misses;

        using var first = Loaded(code, "cache.kry", out bool firstCached);
        Assert.False(firstCached);
        Assert.True(LuaChunkCache.Misses > misses);

        using var second = Loaded(code, "cache.kry", out bool secondCached);
        Assert.True(secondCached);
        Assert.True(LuaChunkCache.Hits > hits);

        foreach (var engine in new[] { first, second })
        {
            Assert.Equal(5L, engine.Call("add", V(2), V(3)).Ok().AsInt());
            Assert.Equal("hi Ada", engine.Call("greet", V("Ada")).Ok().AsString());
        }
    }

    [Fact]
    public void A_different_source_name_misses()
    {
        string code = Unique("function f() return 1 end");
        using var first = Loaded(code, "one.kry", out _);
        using var second = Loaded(code, "two.kry", out bool cached);
        Assert.False(cached);
        Assert.Equal(1L, second.Call("f").Ok().AsInt());
    }

    [Fact]
    public void Error_lines_are_right_when_loaded_from_the_cache()
    {
        string code = "function fail(x)\n  local y = x\n  error('boom ' .. y)\nend";
        string name = $"lines-{Guid.NewGuid():N}.kry";
        using var first = Loaded(code, name, out _);
        using var second = Loaded(code, name, out bool cached);
        Assert.True(cached);
        foreach (var engine in new[] { first, second })
        {
            var error = engine.Call("fail", V("x")).Failed(DiagnosticCodes.ScriptError);
            Assert.StartsWith($"{name}:3:", error.Message);
            Assert.Equal(3, error.Location!.Value.Start.Line);
        }
    }

    [Fact]
    public void Padding_for_the_first_line_is_part_of_the_key()
    {
        string code = "function fail()\n  error('boom')\nend";
        string name = $"pad-{Guid.NewGuid():N}.kry";
        using var first = Engine();
        first.Load(new ScriptSource("lua", code, name, FirstLine: 1));
        using var second = Engine();
        second.Load(new ScriptSource("lua", code, name, FirstLine: 20));
        Assert.False(second.LastLoadWasCached);
        Assert.StartsWith($"{name}:21:", second.Call("fail").Failed(DiagnosticCodes.ScriptError).Message);
    }

    [Fact]
    public void A_syntax_error_is_reported_and_not_cached()
    {
        string code = Unique("function broken(");
        using var engine = Engine();
        Assert.False(engine.Load(new ScriptSource("lua", code, "bad.kry")).Succeeded);
        Assert.False(engine.Load(new ScriptSource("lua", code, "bad.kry")).Succeeded);
        Assert.False(engine.LastLoadWasCached);
    }

    [Fact]
    public void Scripts_still_cannot_load_binary_chunks()
    {
        string code = Unique("""
            function dump_exists() return string.dump ~= nil end
            function via_dump() local ok, err = pcall(function() return load(string.dump(print)) end) return ok end
            function binary(mode) local f, err = load("\27Lua\84\0\25\147\13\10\26\10", "x", mode) return f == nil and err or "loaded" end
            """);
        using var first = Loaded(code, "sandbox-cache.kry", out _);
        using var second = Loaded(code, "sandbox-cache.kry", out bool cached);
        Assert.True(cached);
        foreach (var engine in new[] { first, second })
        {
            Assert.False(engine.Call("dump_exists").Ok().AsBool());
            Assert.False(engine.Call("via_dump").Ok().AsBool());
            Assert.Contains("binary", engine.Call("binary", V("b")).Ok().AsString());
            Assert.Contains("binary", engine.Call("binary", V("bt")).Ok().AsString());
        }
    }
}

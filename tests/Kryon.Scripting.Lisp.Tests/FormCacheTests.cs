using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Engine;

namespace Kryon.Scripting.Lisp.Tests;

/// <summary>
/// <see cref="LispFormCache"/>: engines share read forms by source hash. Each test uses its own
/// source text (a fresh id), since the cache is process-wide and other tests run alongside.
/// </summary>
public class FormCacheTests
{
    private static string Unique(string code) => $"; {Guid.NewGuid():N}\n{code}";

    private static LispEngine Loaded(string code, string name, out bool cached, int firstLine = 1)
    {
        var engine = EngineTests.NewEngine();
        var result = engine.Load(new ScriptSource("lisp", code, name, firstLine));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        cached = engine.LastLoadWasCached;
        return engine;
    }

    private static ScriptValue Ok(ScriptCallResult result)
    {
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value;
    }

    [Fact]
    public void A_second_engine_loading_the_same_source_hits_the_cache_and_behaves_the_same()
    {
        string code = Unique("(def-atom total 0)\n(defn add [a b] (swap! total + a b))\n(defn greet [n] (when n (str \"hi \" n)))");
        long hits = LispFormCache.Hits, misses = LispFormCache.Misses;

        using var first = Loaded(code, "cache.kry", out bool firstCached);
        Assert.False(firstCached);
        Assert.True(LispFormCache.Misses > misses);

        using var second = Loaded(code, "cache.kry", out bool secondCached);
        Assert.True(secondCached);
        Assert.True(LispFormCache.Hits > hits);

        foreach (var engine in new[] { first, second })
        {
            Assert.Equal(5L, Ok(engine.Call("add", [ScriptValue.From(2L), ScriptValue.From(3L)])).AsInt());
            Assert.Equal("hi Ada", Ok(engine.Call("greet", [ScriptValue.From("Ada")])).AsString());
        }
        // Each engine has its own atom: the shared forms hold no state.
        Assert.Equal(6L, Ok(first.Call("add", [ScriptValue.From(0L), ScriptValue.From(1L)])).AsInt());
        Assert.Equal(7L, Ok(second.Call("add", [ScriptValue.From(1L), ScriptValue.From(1L)])).AsInt());
    }

    [Fact]
    public void A_different_source_name_misses()
    {
        string code = Unique("(defn f [] 1)");
        using var first = Loaded(code, "one.kry", out _);
        using var second = Loaded(code, "two.kry", out bool cached);
        Assert.False(cached);
        Assert.Equal(1L, Ok(second.Call("f", [])).AsInt());
    }

    [Fact]
    public void Error_lines_are_right_when_loaded_from_the_cache()
    {
        string code = "(defn fail [x]\n  (let [y x]\n    (+ 1 y)))";
        string name = $"lines-{Guid.NewGuid():N}.kry";
        using var first = Loaded(code, name, out _);
        using var second = Loaded(code, name, out bool cached);
        Assert.True(cached);
        foreach (var engine in new[] { first, second })
        {
            var error = engine.Call("fail", [ScriptValue.From("text")]).Error!;
            Assert.Equal(2302, error.Code);
            Assert.Equal(name, error.Location!.Value.File.Path);
            Assert.Equal(3, error.Location!.Value.Start.Line);
        }
    }

    [Fact]
    public void Cached_forms_keep_their_lines_at_another_first_line_and_next_to_other_scripts()
    {
        string code = "(defn fail []\n  (+ 1 \"x\"))";
        string name = $"shift-{Guid.NewGuid():N}.kry";
        using var first = Loaded(code, name, out _);
        using var second = EngineTests.NewEngine();
        second.Load(new ScriptSource("lisp", "(defn other []\n  (+ 1 \"y\"))", "other.kry", 1));
        second.Load(new ScriptSource("lisp", code, name, 30));
        Assert.True(second.LastLoadWasCached);
        Assert.Equal(31, second.Call("fail", []).Error!.Location!.Value.Start.Line);
        var other = second.Call("other", []).Error!.Location!.Value;
        Assert.Equal("other.kry", other.File.Path);
        Assert.Equal(2, other.Start.Line);
    }

    [Fact]
    public void A_syntax_error_is_reported_and_not_cached()
    {
        string code = Unique("(defn broken [");
        using var engine = EngineTests.NewEngine();
        Assert.False(engine.Load(new ScriptSource("lisp", code, "bad.kry")).Succeeded);
        Assert.False(engine.Load(new ScriptSource("lisp", code, "bad.kry")).Succeeded);
        Assert.False(engine.LastLoadWasCached);
    }
}

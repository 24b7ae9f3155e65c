using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Engine;

namespace Kryon.Scripting.Lisp.Tests;

/// <summary>Random programs over the builtins: every failure must be a Lisp error (2301/2302/2303), never an internal one or an escaping exception.</summary>
public class FuzzTests
{
    private static readonly string[] Functions =
    [
        "+", "-", "*", "/", "mod", "quot", "rem", "inc", "dec", "min", "max", "abs", "=", "<", ">=", "not",
        "first", "rest", "next", "last", "nth", "get", "count", "conj", "cons", "concat", "assoc", "dissoc", "update",
        "keys", "vals", "into", "seq", "range", "repeat", "reverse", "sort", "sort-by", "map", "filter", "reduce",
        "take", "drop", "some", "every?", "apply", "partial", "comp", "str", "subs", "format", "string/split",
        "string/join", "string/replace", "atom", "deref", "swap!", "reset!", "empty?", "even?", "contains?",
        "hash-map", "vector", "list", "hash-set", "ex-info", "ex-data", "type", "keyword", "name", "eval", "identity",
    ];

    private static readonly string[] Atoms =
    [
        "0", "1", "-1", "2.5", "9223372036854775807", "nil", "true", "false", "\"s\"", "\"%d\"", ":k", "'sym",
        "[]", "[1 2]", "{}", "{:a 1}", "#{1}", "'(1 2)", "inc", "+", "x", "\\c", "(fn [a] a)", "#(+ % 1)",
    ];

    private static string Form(Random random, int depth)
    {
        if (depth <= 0 || random.Next(3) == 0) return Atoms[random.Next(Atoms.Length)];
        int kind = random.Next(10);
        if (kind == 0) return $"(if {Form(random, depth - 1)} {Form(random, depth - 1)} {Form(random, depth - 1)})";
        if (kind == 1) return $"(let [x {Form(random, depth - 1)}] {Form(random, depth - 1)})";
        if (kind == 2) return $"(try {Form(random, depth - 1)} (catch Exception e (ex-message e)))";
        var args = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Form(random, depth - 1));
        return $"({Functions[random.Next(Functions.Length)]} {string.Join(" ", args)})";
    }

    [Fact]
    public void Random_programs_fail_only_with_lisp_errors()
    {
        var random = new Random(2026);
        using var engine = new LispEngine { Budgets = new ScriptBudgets { CallTime = TimeSpan.FromSeconds(10) } };
        for (int n = 0; n < 3000; n++)
        {
            var code = $"(def x 3) (defn fuzz [] {Form(random, 4)})";
            var load = engine.Load(new ScriptSource("lisp", code, "fuzz.kry"));
            Assert.True(load.Succeeded, code + "\n" + string.Join("\n", load.Diagnostics));
            var result = engine.Call("fuzz", []);
            if (result.Error is { } error)
            {
                Assert.True(error.Code is 2302 or 2303, code + "\n" + error);
                Assert.DoesNotContain("Internal error", error.Message);
            }
        }
    }
}

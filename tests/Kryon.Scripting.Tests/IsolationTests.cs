using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Tests;

/// <summary>
/// Error isolation (issue 9, item 6): a handler that loops forever, recurses without end, eats
/// memory or reaches for a forbidden library is stopped within the app's budgets, reported with
/// the script file and line, and the app keeps running and answering the next click.
/// </summary>
public sealed class IsolationTests
{
    public static TheoryData<string> Languages => new() { "lua", "lisp" };

    private const string Markup = """
        @variables { count: Int = 0 }
        App {
            window_width: 300
            window_height: 200
            script_time_budget: 40
            script_memory_budget: 4
            Button { id: "ok"; text: "ok"; width: 80; height: 30; onClick: "bump" }
        }
        """;

    private static string Pick(string language, string lua, string lisp) => language == "lua" ? lua : lisp;

    private static ScriptedApp Start(string language, string code) => ScriptedApp.Start(language, Pick(language,
        "function bump() kryon.setVariable(\"count\", kryon.getVariable(\"count\") + 1) end\n",
        "(defn bump [element-id] (set-variable! \"count\" (inc (get-variable \"count\"))))\n") + code, Markup);

    private static void StillResponds(ScriptedApp app)
    {
        app.Advance(16);
        app.Click("ok");
        Assert.True(app.Variable("count") == "1", string.Join("\n", app.Log.Entries.Select(d => d.ToString())));
    }

    [Theory, MemberData(nameof(Languages))]
    public void An_endless_loop_is_stopped_within_the_apps_time_budget_and_reported_at_its_line(string language)
    {
        using var app = Start(language, Pick(language, """
            function spin()
              local n = 0
              while true do n = n + 1 end
            end
            """, """
            (defn spin []
              (loop [n 0]
                (recur (inc n))))
            """));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var error = app.CallFailing("spin");
        Assert.True(started.ElapsedMilliseconds < 2000, $"stopped after {started.ElapsedMilliseconds} ms");
        Assert.Equal(2303, error.Code);
        Assert.Contains("40 ms", error.Message);
        Assert.EndsWith("app.kry", error.Location!.Value.File.Path);
        Assert.InRange(error.Location!.Value.Start.Line, 13, 17); // the loop's lines in app.kry
        StillResponds(app);
    }

    [Theory, MemberData(nameof(Languages))]
    public void A_recursion_bomb_ends_as_a_script_error_not_a_crash(string language)
    {
        using var app = Start(language, Pick(language, """
            function deep(n) return 1 + deep(n + 1) end
            function bomb() return deep(0) end
            """, """
            (defn deep [n] (+ 1 (deep (inc n))))
            (defn bomb [] (deep 0))
            """));
        var error = app.CallFailing("bomb");
        Assert.Equal(2302, error.Code);
        Assert.True(error.Message.Replace(" ", "").Contains("stackoverflow", StringComparison.OrdinalIgnoreCase), error.Message);
        StillResponds(app);
    }

    [Theory, MemberData(nameof(Languages))]
    public void A_memory_bomb_is_stopped_by_the_apps_memory_budget(string language)
    {
        using var app = Start(language, Pick(language, """
            function hog()
              local t = {}
              for i = 1, 10000000 do t[i] = string.rep("x", 64) .. i end
              return #t
            end
            """, """
            (defn hog []
              (loop [acc [] i 0]
                (recur (conj acc (str "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" i)) (inc i))))
            """));
        var error = app.CallFailing("hog");
        Assert.Equal(2303, error.Code);
        StillResponds(app);
    }

    [Theory, MemberData(nameof(Languages))]
    public void Forbidden_library_access_is_a_script_error(string language)
    {
        using var app = Start(language, Pick(language, """
            function escape() return io.open("/etc/passwd") end
            """, """
            (defn escape [] (slurp "/etc/passwd"))
            """));
        var error = app.CallFailing("escape");
        Assert.Equal(2302, error.Code);
        StillResponds(app);
    }
}

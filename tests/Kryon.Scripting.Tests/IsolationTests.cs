using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Tests;

/// <summary>
/// Error isolation (issue 9, item 6): a handler that loops forever, recurses without end, eats
/// memory or reaches for a forbidden library is stopped within the app's budgets, reported with
/// the script file and line, and the app keeps running and answering the next click.
/// </summary>
public sealed class IsolationTests
{
    public static TheoryData<string> Languages => ScriptedApp.Languages;

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

    private static string Pick(string language, string lua, string lisp, string javascript, string python, string wren = "")
        => ScriptedApp.Pick(language, lua, lisp, javascript, python, wren);

    private static ScriptedApp Start(string language, string code) => ScriptedApp.Start(language, Pick(language,
        "function bump() kryon.setVariable(\"count\", kryon.getVariable(\"count\") + 1) end\n",
        "(defn bump [element-id] (set-variable! \"count\" (inc (get-variable \"count\"))))\n",
        "function bump() { kryon.setVariable(\"count\", kryon.getVariable(\"count\") + 1); }\n",
        "def bump(element_id):\n    kryon.set_variable(\"count\", kryon.get_variable(\"count\") + 1)\n",
        "class Counter {\n  static bump() { Kryon.setVariable(\"count\", Kryon.getVariable(\"count\") + 1) }\n}\n") + code, Markup);

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
            """, """
            function spin() {
              let n = 0;
              while (true) n++;
            }
            """, """
            def spin():
                n = 0
                while True:
                    n += 1
            """, """
            class Spin {
              static spin() {
                var n = 0
                while (true) n = n + 1
              }
            }
            """));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var error = app.CallFailing("spin");
        Assert.True(started.ElapsedMilliseconds < 2000, $"stopped after {started.ElapsedMilliseconds} ms");
        Assert.Equal(2303, error.Code);
        Assert.Contains("40 ms", error.Message);
        if (language is "lua" or "lisp" or "wren")
        {
            // In-process engines stop the code where it runs; a child process is killed instead (and restarted).
            Assert.EndsWith("app.kry", error.Location!.Value.File.Path);
            Assert.InRange(error.Location!.Value.Start.Line, 13, 17); // the loop's lines in app.kry
        }
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
            """, """
            function deep(n) { return 1 + deep(n + 1); }
            function bomb() { return deep(0); }
            """, """
            def deep(n):
                return 1 + deep(n + 1)
            def bomb():
                return deep(0)
            """, """
            class Bomb {
              static deep(n) { 1 + deep(n + 1) }
              static bomb() { deep(0) }
            }
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
            """, """
            function hog() {
              const t = [];
              for (let i = 0; i < 100000000; i++) t.push("x".repeat(64) + i);
              return t.length;
            }
            """, """
            def hog():
                t = []
                for i in range(100000000):
                    t.append("x" * 64 + str(i))
                return len(t)
            """, """
            class Hog {
              static hog() {
                var t = []
                for (i in 0...100000000) t.add("x" * 64 + i.toString)
                return t.count
              }
            }
            """));
        var error = app.CallFailing("hog");
        Assert.True(error.Code == 2303, error.ToString());
        StillResponds(app);
    }

    [Theory, MemberData(nameof(Languages))]
    public void Forbidden_library_access_is_a_script_error(string language)
    {
        using var app = Start(language, Pick(language, """
            function escape() return io.open("/etc/passwd") end
            """, """
            (defn escape [] (slurp "/etc/passwd"))
            """, """
            function escape() { return require("fs").readFileSync("/etc/passwd", "utf8"); }
            function spawn() { return process.binding("spawn_sync"); }
            function write() { return globalThis.constructor.constructor("return process")().mainModule.require("fs").writeFileSync("/tmp/kryon-escaped", "x"); }
            """, """
            def escape():
                return open("/etc/passwd").read()
            def spawn():
                import subprocess
                return subprocess.run(["true"])
            def write():
                import os
                return os.system("touch /tmp/kryon-escaped")
            """, """
            class Escape {
              static escape() { Kryon.readFile("/etc/passwd") }
            }
            """));
        var error = app.CallFailing("escape");
        Assert.Equal(2302, error.Code);
        if (language is "javascript" or "python")
        {
            Assert.Equal(2302, app.CallFailing("spawn").Code);
            Assert.Equal(2302, app.CallFailing("write").Code);
            Assert.False(File.Exists("/tmp/kryon-escaped"));
        }
        StillResponds(app);
    }

    [Theory]
    [InlineData("javascript")]
    [InlineData("python")]
    public void A_child_host_is_restarted_after_a_kill_and_leaves_no_process_behind(string language)
    {
        int pid;
        using (var app = Start(language, Pick(language, "", "", """
            let calls = 0;
            function spin() { while (true) {} }
            function count() { return ++calls; }
            """, """
            calls = 0
            def spin():
                while True:
                    pass
            def count():
                global calls
                calls += 1
                return calls
            """)))
        {
            var engine = (Kryon.Scripting.Process.ProcessScriptEngine)app.Manager.Engines[language];
            Assert.Equal(2, app.Call("count").AsInt() + 1);
            int first = engine.ProcessId!.Value;
            Assert.Equal(2303, app.CallFailing("spin").Code);
            Assert.False(ProcessAlive(first), "the runaway host was killed");
            Assert.Equal(1, app.Call("count").AsInt()); // a new host, the scripts loaded again: their own state starts over
            Assert.Equal(2, engine.Starts);
            StillResponds(app);
            pid = engine.ProcessId!.Value;
        }
        Assert.False(ProcessAlive(pid), "disposing the app's scripts ends the host");
    }

    private static bool ProcessAlive(int pid)
    {
        for (int i = 0; i < 40; i++)
        {
            string stat;
            try
            {
                stat = File.ReadAllText($"/proc/{pid}/stat");
            }
            catch (IOException)
            {
                return false; // gone (the process may end between any two looks)
            }
            if (stat.Contains(") Z ")) return false; // a zombie has exited
            Thread.Sleep(50);
        }
        return true;
    }
}

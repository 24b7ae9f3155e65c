using System.Diagnostics;
using Kryon.Runtime;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Scripting;
using Kryon.Scripting;
using Kryon.Values;

namespace Kryon.Benchmarks.Scripting;

/// <summary>
/// A quick stopwatch breakdown of the scripting paths, outside BenchmarkDotNet, to see where the
/// time of <see cref="ClickHandlerBenchmarks"/> and <see cref="BridgeCallBenchmarks"/> goes:
/// `dotnet run -c Release --project benchmarks/Kryon.Benchmarks -- scripting-profile`.
/// Each line is the median of 7 timed batches (after 0.6 s of warm-up), per operation.
/// </summary>
public static class ScriptingProfile
{
    private const string Probes = """
        @variables { count: Int = 7 }
        App {
            window_width: 400; window_height: 300; layout: column; gap: 8; padding: 8
            Text { id: "label"; text: "clacked"; font_size: 16 }
            Button { id: "bump"; text: "Bump"; width: 120; height: 40; onClick: "bump" }
        }
        @script "lua" {
            local turn = 0
            function bump(id)
                turn = 1 - turn
                kryon.setProperty("label", "text", turn == 1 and "clicked" or "clacked")
            end
            function noop(id) end
            function touch(id) turn = 1 - turn end
            local stub = {}
            function stub.f(a, b, c) return nil end
            function plainLoop(n) for i = 1, n do stub.f("label", "text", "x") end end
            function missingVariableLoop(n) for i = 1, n do kryon.getVariable("nope") end end
            function getVariableLoop(n) for i = 1, n do kryon.getVariable("count") end end
            function getElementLoop(n) for i = 1, n do kryon.getElementById("label") end end
            function getPropertyLoop(n) local label = kryon.getElementById("label") for i = 1, n do kryon.getProperty(label, "text") end end
            function getPropertyByIdLoop(n) for i = 1, n do kryon.getProperty("label", "text") end end
            function setPropertyLoop(n) for i = 1, n do kryon.setProperty("label", "text", (i % 2 == 0) and "clicked" or "clacked") end end
        }
        """;

    /// <summary>
    /// With <paramref name="only"/> (a loop's name, "bump" or "click"), runs just that for a few
    /// seconds — something to attach a sampling profiler (perf with DOTNET_PerfMapEnabled=1) to.
    /// </summary>
    public static void Run(string? only = null)
    {
        using var app = ScriptBenchmarkApps.StartWithScripts(Probes, new ScriptManagerOptions
        {
            Budgets = ScriptBudgets.Default with { CallTime = TimeSpan.FromSeconds(30) },
        });
        var runtime = app.Runtime;
        var manager = app.Manager;
        var label = runtime.GetElementById("label")!;
        var button = runtime.GetElementById("bump")!;
        var box = button.ScreenBox;
        var down = new PointerDownEvent(box.X + box.Width / 2, box.Y + box.Height / 2);
        var up = new PointerUpEvent(box.X + box.Width / 2, box.Y + box.Height / 2);
        double now = 16;
        ScriptValue[] id = [ScriptValue.From("bump")];
        StringValue[] values = [new("clicked"), new("clacked")];
        int turn = 0;

        if (only is not null)
        {
            ScriptValue[] loopCount = [ScriptValue.From(100_000L)];
            Action single = only switch
            {
                "click" => () => { runtime.Enqueue(down); runtime.Enqueue(up); runtime.RunFrame(now += 16); },
                "bump" or "noop" => () => manager.Call(only, id),
                _ => () => manager.Call(only, loopCount),
            };
            var clock = Stopwatch.StartNew();
            long runs = 0;
            while (clock.ElapsedMilliseconds < 8000) { single(); runs++; }
            Console.WriteLine($"// {only}: {runs} runs in {clock.Elapsed.TotalSeconds:0.0} s");
            return;
        }

        Console.WriteLine("// per operation, median of 7 batches:");
        Measure("Lua click + frame", 20_000, () => { runtime.Enqueue(down); runtime.Enqueue(up); runtime.RunFrame(now += 16); });
        Measure("C#-equivalent change + frame (no click)", 20_000, () => { ScriptBenchmarkApps.SetScriptValue(label, Props.Text, values[turn ^= 1]); runtime.RunFrame(now += 16); });
        Measure("manager.Call(\"bump\") (no frame)", 50_000, () => manager.Call("bump", id));
        Measure("manager.Call(\"noop\"): engine entry + exit", 50_000, () => manager.Call("noop", id));
        Measure("manager.Call(\"touch\"): + one Lua statement", 50_000, () => manager.Call("touch", id));
        Measure("C# SetScriptValue + GetElementById", 200_000, () => ScriptBenchmarkApps.SetScriptValue(runtime.GetElementById("label")!, Props.Text, values[turn ^= 1]));
        // Invalidations pile up without frames; one frame to settle.
        runtime.RunFrame(now += 16);

        const int n = 100_000;
        ScriptValue[] count = [ScriptValue.From((long)n)];
        foreach (var loop in new[] { "plainLoop", "missingVariableLoop", "getVariableLoop", "getElementLoop", "getPropertyLoop", "getPropertyByIdLoop", "setPropertyLoop" })
        {
            var check = manager.Call(loop, count);
            if (!check.Succeeded) throw new InvalidOperationException($"{loop}: {check.Error}");
            Measure($"{loop} / call", 5, () => manager.Call(loop, count), n);
        }
        runtime.RunFrame(now += 16);
        Console.WriteLine($"// log entries: {runtime.Log.Entries.Count}");
    }

    private static void Measure(string name, int operations, Action op, int perOperation = 1)
    {
        // Warm up by time, not count: tiered compilation only promotes hot code after ~100 ms.
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 600) op();
        var samples = new double[7];
        long allocated = 0;
        for (int s = 0; s < samples.Length; s++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < operations; i++) op();
            samples[s] = Stopwatch.GetElapsedTime(start).TotalMicroseconds / operations / perOperation;
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / operations / perOperation;
        }
        Array.Sort(samples);
        Console.WriteLine($"{name,-48} {samples[3] * 1000,10:0} ns   (min {samples[0] * 1000:0})   {allocated} B");
    }
}

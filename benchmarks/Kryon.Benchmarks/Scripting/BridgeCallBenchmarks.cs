using BenchmarkDotNet.Attributes;
using Kryon.Runtime.Scripting;
using Kryon.Scripting;

namespace Kryon.Benchmarks.Scripting;

/// <summary>
/// The cost of a Lua → host call (issue 9): one operation is one call of a Lua function that loops
/// <see cref="Calls"/> (100,000) times, each iteration calling a DOM bridge function.
/// <list type="bullet">
/// <item>Baseline: the same loop calling a plain Lua function reached the same way (a field of a
/// global table, one string argument, a result back) — no bridge.</item>
/// <item><c>kryon.getVariable("count")</c>: a global variable read through the bridge.</item>
/// <item><c>kryon.getProperty(label, "text")</c>: a property read on an element handle fetched once.</item>
/// </list>
/// Target: 100,000 bridge calls under 100 ms (1 µs a call). The engine's per-call time budget is
/// raised to 10 s so the loop is not stopped at the default 100 ms.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class BridgeCallBenchmarks
{
    public const int Calls = 100_000;

    public const string Source = """
        @variables { count: Int = 7 }
        App {
            window_width: 400; window_height: 300
            Text { id: "label"; text: "hello" }
        }
        @script "lua" {
            local stub = {}
            function stub.getVariable(name) return 7 end

            function plainLoop(n)
                local sum = 0
                for i = 1, n do sum = sum + stub.getVariable("count") end
                return sum
            end

            function getVariableLoop(n)
                local sum = 0
                for i = 1, n do sum = sum + kryon.getVariable("count") end
                return sum
            end

            function getPropertyLoop(n)
                local label = kryon.getElementById("label")
                local length = 0
                for i = 1, n do length = length + #kryon.getProperty(label, "text") end
                return length
            end
        }
        """;

    private readonly ScriptValue[] _arguments = [ScriptValue.From((long)Calls)];
    private ScriptBenchmarkApps.ScriptedApp _app = null!;
    private ScriptManager _manager = null!;

    [GlobalSetup]
    public void Setup()
    {
        _app = ScriptBenchmarkApps.StartWithScripts(Source, new ScriptManagerOptions
        {
            Budgets = ScriptBudgets.Default with { CallTime = TimeSpan.FromSeconds(10) },
        });
        _manager = _app.Manager;
        Check(nameof(plainLoop), 7L * Calls);
        Check(nameof(getVariableLoop), 7L * Calls);
        Check(nameof(getPropertyLoop), 5L * Calls);
        ScriptBenchmarkApps.ThrowIfLogged(_app.Runtime);
    }

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    private const string plainLoop = "plainLoop", getVariableLoop = "getVariableLoop", getPropertyLoop = "getPropertyLoop";

    private void Check(string function, long expected)
    {
        var result = _manager.Call(function, _arguments);
        if (!result.Succeeded) throw new InvalidOperationException($"{function} failed: {result.Error}");
        if (result.Value.AsInt() != expected) throw new InvalidOperationException($"{function} returned {result.Value}, not {expected}");
    }

    [Benchmark(Baseline = true, Description = "100k calls, plain Lua function")]
    public ScriptCallResult PlainLuaCalls() => _manager.Call(plainLoop, _arguments);

    [Benchmark(Description = "100k calls, kryon.getVariable")]
    public ScriptCallResult GetVariableCalls() => _manager.Call(getVariableLoop, _arguments);

    [Benchmark(Description = "100k calls, kryon.getProperty (handle)")]
    public ScriptCallResult GetPropertyCalls() => _manager.Call(getPropertyLoop, _arguments);
}

using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Kryon.Runtime;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Process;

namespace Kryon.Benchmarks.Scripting;

/// <summary>
/// An event handler's round trip to an out-of-process script host (issue 10): one operation is
/// <c>runtime.CallFunction("handler", [id], …)</c>, where <c>handler</c> makes one nested bridge call
/// (<c>getVariable("count")</c>) and returns its value — request frame to the child, the child's
/// "host" frame back, the bridge's answer, the result frame.
/// <list type="bullet">
/// <item>Baseline: the same handler in Lua (in process, same runtime call, same bridge call).</item>
/// <item>JavaScript on Node.js and Python on CPython, through <c>ProcessScriptEngine</c>.</item>
/// </list>
/// Each benchmark runs its own app (one @script defining <c>handler</c>) through a
/// <see cref="Kryon.Scripting.ScriptManager"/> attached to the runtime. Target: JavaScript and Python
/// under 100 µs (Median column: the pipes and the other process's scheduling make the tail long).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ProcessHostBenchmarks
{
    private const string Markup = """
        @variables { count: Int = 7 }
        App {
            window_width: 400; window_height: 300
            Text { id: "label"; text: "hello" }
        }

        """;

    public const string LuaSource = Markup + """
        @script "lua" {
            function handler(id) return kryon.getVariable("count") end
        }
        """;

    public const string JavaScriptSource = Markup + """
        @script "javascript" {
            function handler(id) { return kryon.getVariable("count"); }
        }
        """;

    public const string PythonSource = Markup + """
        @script "python" {
        def handler(id):
            return kryon.get_variable("count")
        }
        """;

    private readonly ScriptValue[] _id = [ScriptValue.From("label")];
    private ScriptBenchmarkApps.ScriptedApp _app = null!;
    private KryonRuntime _runtime = null!;

    [GlobalSetup(Target = nameof(LuaHandler))]
    public void SetupLua() => Start(LuaSource, "lua");

    [GlobalSetup(Target = nameof(JavaScriptHandler))]
    public void SetupJavaScript() => Start(JavaScriptSource, "javascript");

    [GlobalSetup(Target = nameof(PythonHandler))]
    public void SetupPython() => Start(PythonSource, "python");

    private void Start(string kry, string language)
    {
        _app = ScriptBenchmarkApps.StartWithScripts(kry);
        _runtime = _app.Runtime;
        if (_app.Manager.Functions.GetValueOrDefault("handler") != language)
            throw new InvalidOperationException($"'handler' is not defined in {language} (functions: {string.Join(", ", _app.Manager.Functions)})");
        var first = Stopwatch.StartNew();
        var result = Handler();
        Console.WriteLine($"// {language}: first (cold) call {first.Elapsed.TotalMilliseconds:0.00} ms");
        if (!result.Succeeded) throw new InvalidOperationException($"{language} handler failed: {result.Error}");
        if (result.Value.AsInt() != 7) throw new InvalidOperationException($"{language} handler returned {result.Value}, not 7");
        ScriptBenchmarkApps.ThrowIfLogged(_runtime);
    }

    [GlobalCleanup]
    public void Cleanup() => _app?.Dispose();

    private ScriptCallResult Handler() => _runtime.CallFunction("handler", _id, "bench");

    [Benchmark(Baseline = true, Description = "handler + getVariable, Lua (in process)")]
    public ScriptCallResult LuaHandler() => Handler();

    [Benchmark(Description = "handler + getVariable, JavaScript (Node.js)")]
    public ScriptCallResult JavaScriptHandler() => Handler();

    [Benchmark(Description = "handler + getVariable, Python (CPython)")]
    public ScriptCallResult PythonHandler() => Handler();
}

/// <summary>
/// An out-of-process script host's start-up (issue 10): one operation creates a
/// <see cref="ProcessScriptEngine"/>, <c>Load</c>s a trivial script (which starts the interpreter,
/// runs the bootstrap and answers init, then compiles and runs the script) and disposes it (kills the child).
/// <list type="bullet">
/// <item>Baseline, per language: the bare interpreter started and waited for (<c>node -e 0</c>,
/// <c>python3 -I -S -c pass</c>) — what this machine charges for a process start at all.</item>
/// </list>
/// Target: under 150 ms. Each operation takes tens to hundreds of milliseconds, so it runs once per
/// iteration, with few iterations (these mutators apply over `--job short` too).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[RunOncePerIteration]
[WarmupCount(2)]
[IterationCount(10)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProcessHostStartupBenchmarks
{
    private static readonly ScriptSource JavaScriptScript = new("javascript", "function handler(id) { return 1; }", "bench.js");
    private static readonly ScriptSource PythonScript = new("python", "def handler(id):\n    return 1\n", "bench.py");

    [GlobalSetup]
    public void Setup()
    {
        // Fails early (and names the problem) when an interpreter is missing.
        StartLoadDispose(ProcessLanguage.JavaScript, JavaScriptScript);
        StartLoadDispose(ProcessLanguage.Python, PythonScript);
    }

    private static int StartLoadDispose(ProcessLanguage language, ScriptSource script)
    {
        using var engine = new ProcessScriptEngine(language);
        var result = engine.Load(script);
        if (!result.Succeeded) throw new InvalidOperationException($"{language.DisplayName}: {string.Join("; ", result.Diagnostics)}");
        return result.Functions.Count;
    }

    private static int Bare(string executable, params string[] arguments)
    {
        string path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{executable} is not on PATH");
        var start = new ProcessStartInfo(path) { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    [Benchmark(Baseline = true, Description = "bare node -e 0")]
    [BenchmarkCategory("JavaScript")]
    public int BareNode() => Bare("node", "-e", "0");

    [Benchmark(Description = "ProcessScriptEngine JavaScript: start + Load + Dispose")]
    [BenchmarkCategory("JavaScript")]
    public int JavaScriptStartup() => StartLoadDispose(ProcessLanguage.JavaScript, JavaScriptScript);

    [Benchmark(Baseline = true, Description = "bare python3 -I -S -c pass")]
    [BenchmarkCategory("Python")]
    public int BarePython() => Bare("python3", "-I", "-S", "-c", "pass");

    [Benchmark(Description = "ProcessScriptEngine Python: start + Load + Dispose")]
    [BenchmarkCategory("Python")]
    public int PythonStartup() => StartLoadDispose(ProcessLanguage.Python, PythonScript);
}

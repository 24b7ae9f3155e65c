using Kryon.Cli.Loading;
using Kryon.Diagnostics;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Headless;
using Kryon.Scripting;
using Kryon.Testing;
using Kryon.Values;

namespace Kryon.Cli.Tests.Generate;

/// <summary>
/// A generated class hosting a real app: the class is compiled in memory together with a small host
/// program written against its typed API, then both drive examples/counter.kry in a headless runtime
/// with its Lua scripts, as a .NET program embedding Kryon would.
/// </summary>
public sealed class HostedClassTests
{
    private const string CounterHost = """
        using System.Collections.Generic;
        using Kryon.Runtime;
        using Kryon.Runtime.Headless;

        /// <summary>A host program using the generated class's typed members.</summary>
        public static class CounterHost
        {
            /// <summary>Runs the scenario and returns what the host saw, one line per observation.</summary>
            public static List<string> Run(KryonRuntime runtime, HeadlessDriver driver)
            {
                var seen = new List<string>();
                using var app = new Kryon.Generated.CounterApp(runtime);
                app.CountChanged += (_, e) => seen.Add($"CountChanged {e.Name} {e.OldValue} -> {e.NewValue}");
                app.StatusChanged += (_, e) => seen.Add($"StatusChanged -> {e.NewValue}");
                app.IncrementClick += (_, e) => seen.Add($"IncrementClick on {e.Element.Id} ({e.EventName}, {e.Arguments.Count} argument)");

                long before = app.Count;
                app.Count = 41;
                seen.Add($"set Count {before} -> {app.Count}");
                driver.Settle();
                driver.Run(new ClickStep(Kryon.Generated.CounterApp.ElementIds.Increment));
                seen.Add($"after click Count = {app.Count}");
                try
                {
                    app.Status = null!;
                }
                catch (System.ArgumentNullException)
                {
                    seen.Add("null refused");
                }
                return seen;
            }
        }
        """;

    [Fact]
    public void Generated_class_reads_and_writes_variables_and_raises_change_and_click_events()
    {
        string path = Path.Combine(RepositoryPaths.Examples, "counter.kry");
        var (code, generation) = GeneratedApp.For(path);
        Assert.False(generation.HasErrors, DiagnosticFormatter.FormatHuman(generation.Items));
        var assembly = RoslynCompiler.Load(code!, CounterHost);

        using var app = RunningApp.Start(path);
        var (runtime, driver, log) = (app.Runtime, app.Driver, app.Log);

        var run = assembly.GetType("CounterHost")!.GetMethod("Run")!;
        var seen = (List<string>)run.Invoke(null, [runtime, driver])!;

        Assert.Equal("set Count 0 -> 41", seen[0]);
        // The runtime's own variable changed, and the change event came after the frame.
        Assert.Contains("CountChanged count 0 -> 41", seen);
        // Clicking the button runs the app's Lua handler (count + step), then the .NET event.
        Assert.Contains("IncrementClick on increment (onClick, 1 argument)", seen);
        Assert.Contains("CountChanged count 41 -> 42", seen);
        Assert.Contains("after click Count = 42", seen);
        Assert.Contains("null refused", seen);
        Assert.Equal(new NumberLiteral(42, true), runtime.State.GetVariable("count"));
        Assert.True(seen.IndexOf("CountChanged count 0 -> 41") < seen.IndexOf("IncrementClick on increment (onClick, 1 argument)"));
        Assert.DoesNotContain(log.Entries, e => e.IsError);
    }

    [Fact]
    public void A_custom_event_a_script_emits_reaches_the_dotnet_event_with_its_detail()
    {
        string path = GeneratedApp.WriteTemporaryApp("emit.kry", """
            App { id: "main" }
            @script "lua" {
                function save() return kryon.emit("saved", 7) end
            }
            """);
        var assembly = RoslynCompiler.Load(GeneratedApp.For(path).Code!, """
            using System.Collections.Generic;
            using Kryon.Runtime;
            using Kryon.Runtime.Scripting;

            /// <summary>Listens to the emitted event and makes the script emit it.</summary>
            public static class EmitHost
            {
                /// <summary>What the host saw.</summary>
                public static List<string> Run(KryonRuntime runtime)
                {
                    var seen = new List<string>();
                    using var app = new Kryon.Generated.EmitApp(runtime);
                    app.MainSaved += (_, e) => seen.Add($"{e.EventName} on {e.Element.Id}: detail {e.Arguments[0].AsInt()}, id {e.Arguments[1].AsString()}");
                    var result = runtime.CallFunction("save", new ScriptValue[0], "test");
                    seen.Add($"handled: {result.Value}");
                    return seen;
                }
            }
            """);
        using var app = RunningApp.Start(path);
        var seen = (List<string>)assembly.GetType("EmitHost")!.GetMethod("Run")!.Invoke(null, [app.Runtime])!;
        Assert.Equal(["onSaved on main: detail 7, id main", "handled: true"], seen);
    }

    [Fact]
    public void A_runtime_change_raises_the_event_and_dispose_stops_it()
    {
        string path = Path.Combine(RepositoryPaths.Examples, "counter.kry");
        var assembly = RoslynCompiler.Load(GeneratedApp.For(path).Code!, """
            using System.Collections.Generic;
            using Kryon.Runtime;
            using Kryon.Runtime.Headless;
            using Kryon.Values;

            /// <summary>Changes a variable from the runtime side, before and after disposing the class.</summary>
            public static class RuntimeSide
            {
                /// <summary>What the host saw.</summary>
                public static List<string> Run(KryonRuntime runtime, HeadlessDriver driver)
                {
                    var seen = new List<string>();
                    var app = new Kryon.Generated.CounterApp(runtime);
                    app.StepChanged += (_, e) => seen.Add($"{e.OldValue} -> {e.NewValue}");
                    runtime.State.SetVariable("step", new NumberLiteral(5, true));
                    driver.Settle();
                    app.Dispose();
                    runtime.State.SetVariable("step", new NumberLiteral(7, true));
                    driver.Settle();
                    seen.Add($"step is {app.Step}");
                    return seen;
                }
            }
            """);
        var document = AppDocumentLoader.Load(path, new DiagnosticBag());
        var runtime = KryonRuntime.Load(document!);
        var driver = new HeadlessDriver(runtime);
        driver.Start();
        var seen = (List<string>)assembly.GetType("RuntimeSide")!.GetMethod("Run")!.Invoke(null, [runtime, driver])!;
        Assert.Equal(["1 -> 5", "step is 7"], seen);
    }

    [Fact]
    public void Attaching_to_a_runtime_of_another_app_is_refused_with_what_is_missing()
    {
        var assembly = RoslynCompiler.Load(GeneratedApp.For(Path.Combine(RepositoryPaths.Examples, "counter.kry")).Code!);
        var runtime = KryonRuntime.Load(AppDocumentLoader.Load(Path.Combine(RepositoryPaths.Examples, "hello.kry"), new DiagnosticBag())!);
        var type = assembly.GetType("Kryon.Generated.CounterApp")!;
        var e = Assert.Throws<System.Reflection.TargetInvocationException>(() => Activator.CreateInstance(type, runtime));
        var refused = Assert.IsType<ArgumentException>(e.InnerException);
        Assert.Contains("does not run counter.kry", refused.Message);
    }

    /// <summary>An app loaded as `kryon run --headless` loads it: its scripts in the script manager, a fixed random seed, started.</summary>
    private sealed class RunningApp : IDisposable
    {
        private readonly ScriptManager _scripts;

        private RunningApp(KryonRuntime runtime, ScriptManager scripts, RuntimeLog log)
        {
            Runtime = runtime;
            _scripts = scripts;
            Log = log;
            Driver = new HeadlessDriver(runtime);
            Driver.Start();
        }

        public KryonRuntime Runtime { get; }

        public HeadlessDriver Driver { get; }

        public RuntimeLog Log { get; }

        public static RunningApp Start(string path)
        {
            var diagnostics = new DiagnosticBag();
            var document = AppDocumentLoader.Load(path, diagnostics, out var sources);
            Assert.True(document is not null, DiagnosticFormatter.FormatHuman(diagnostics.Items));
            var log = new RuntimeLog();
            var scripts = ScriptManager.Create(document, log, AppScripts.Options(path, sources));
            var runtime = KryonRuntime.Load(document, new RuntimeOptions { Scripts = scripts, RandomSeed = 1 }, log);
            scripts.Attach(runtime);
            return new RunningApp(runtime, scripts, log);
        }

        public void Dispose() => _scripts.Dispose();
    }
}

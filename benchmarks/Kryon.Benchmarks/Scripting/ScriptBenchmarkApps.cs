using System.Reflection;
using Kryon.Benchmarks.Runtime;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Scripting;
using Kryon.Scripting;
using Kryon.Values;
using RegistryProperty = Kryon.Registry.PropertyInfo;

namespace Kryon.Benchmarks.Scripting;

/// <summary>
/// Wiring for the scripting benchmarks (issue 9): a KRY app compiled in memory
/// (<see cref="RuntimeBenchmarkApps.Compile"/>), its scripts loaded by a <see cref="ScriptManager"/>
/// attached to the runtime before it starts — the way `kryon run` does it — or the same app run
/// with a C# <see cref="IScriptFunctions"/> stand-in instead.
/// </summary>
public static class ScriptBenchmarkApps
{
    /// <summary>A started runtime whose handlers run in the app's real script engines.</summary>
    public sealed record ScriptedApp(KryonRuntime Runtime, ScriptManager Manager) : IDisposable
    {
        public void Dispose() => Manager.Dispose();
    }

    public static ScriptedApp StartWithScripts(string kry, ScriptManagerOptions? options = null)
    {
        var document = RuntimeBenchmarkApps.Compile(kry);
        var log = new RuntimeLog();
        var manager = ScriptManager.Create(document, log, options);
        var runtime = KryonRuntime.Load(document, new RuntimeOptions { Scripts = manager }, log);
        manager.Attach(runtime);
        runtime.Start();
        ThrowIfLogged(runtime);
        return new ScriptedApp(runtime, manager);
    }

    /// <summary>
    /// A runtime over <paramref name="kry"/> whose handlers are <paramref name="functions"/> (no script
    /// engine; the app's @script blocks are not loaded). Not started: give the stand-in the runtime first.
    /// </summary>
    public static KryonRuntime LoadWith(string kry, IScriptFunctions functions)
        => KryonRuntime.Load(RuntimeBenchmarkApps.Compile(kry), new RuntimeOptions { Scripts = functions });

    /// <summary>
    /// Fails the setup on any error the app logged (a handler that failed, a missing function);
    /// warnings — a cold first call over the frame's script budget — are printed with the setup output.
    /// </summary>
    public static void ThrowIfLogged(KryonRuntime runtime)
    {
        var errors = runtime.Log.Entries.Where(d => d.IsError).ToArray();
        if (errors.Length > 0)
            throw new InvalidOperationException("the benchmark app logged problems:\n" + string.Join("\n", errors));
        foreach (var warning in runtime.Log.Entries) Console.WriteLine($"// logged: {warning}");
    }

    /// <summary>
    /// <c>Element.SetScriptValue</c> — the call the DOM bridge's setProperty ends in (the script-changes
    /// layer plus invalidation). It is internal to the runtime, so the C# stand-in reaches it through
    /// a delegate bound once here; calling it costs what a direct call costs.
    /// </summary>
    public static readonly Func<Element, RegistryProperty, PropertyValue, bool> SetScriptValue =
        (typeof(Element).GetMethod("SetScriptValue", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(RegistryProperty), typeof(PropertyValue)])
            ?? throw new InvalidOperationException("Element.SetScriptValue(PropertyInfo, PropertyValue) is gone; update the scripting benchmarks"))
        .CreateDelegate<Func<Element, RegistryProperty, PropertyValue, bool>>();
}

using System.Reflection;
using Kryon.Benchmarks.Runtime;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
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

    /// <summary>
    /// The click → handler → change → frame operation of <see cref="ClickHandlerBenchmarks"/> and
    /// <see cref="WrenHandlerBenchmarks"/>: an app with a Text "label" and a Button "bump" whose onClick
    /// handler alternates the label between <see cref="Texts0"/> and <see cref="Texts1"/> (same length),
    /// run either by the app's script engines (<see cref="WithScripts"/>) or by the C# stand-in
    /// (<see cref="WithCSharpHandler"/>). <see cref="Click"/> is one operation: pointer down + up on the
    /// button and one <see cref="KryonRuntime.RunFrame"/>.
    /// </summary>
    public sealed class ClickRig : IDisposable
    {
        public const string Texts0 = "clicked", Texts1 = "clacked";

        /// <summary>The app's markup (the label starts as <see cref="Texts1"/>); append an @script that defines <c>bump(id)</c>.</summary>
        public const string Markup = """
            App {
                window_width: 400; window_height: 300; layout: column; gap: 8; padding: 8
                Text { id: "label"; text: "clacked"; font_size: 16 }
                Button { id: "bump"; text: "Bump"; width: 120; height: 40; onClick: "bump" }
            }
            """;

        private readonly ScriptedApp? _scripts;
        private readonly PointerDownEvent _down;
        private readonly PointerUpEvent _up;
        private double _now = 16;

        private ClickRig(KryonRuntime runtime, ScriptedApp? scripts)
        {
            Runtime = runtime;
            _scripts = scripts;
            Label = runtime.GetElementById("label") ?? throw new InvalidOperationException("no label");
            var button = runtime.GetElementById("bump") ?? throw new InvalidOperationException("no button");
            var box = button.ScreenBox;
            if (box.Width <= 0 || box.Height <= 0) throw new InvalidOperationException($"the button was not laid out: {box}");
            float x = box.X + box.Width / 2, y = box.Y + box.Height / 2;
            _down = new PointerDownEvent(x, y);
            _up = new PointerUpEvent(x, y);
            Console.WriteLine($"// button at ({x}, {y})");
        }

        public KryonRuntime Runtime { get; }

        public Element Label { get; }

        /// <summary>The app in <paramref name="kry"/> with its scripts loaded by a <see cref="ScriptManager"/>.</summary>
        public static ClickRig WithScripts(string kry, ScriptManagerOptions? options = null)
        {
            var app = StartWithScripts(kry, options);
            var rig = new ClickRig(app.Runtime, app);
            rig.Check();
            return rig;
        }

        /// <summary>The app in <paramref name="kry"/> (its scripts not loaded) with the C# <c>bump</c> stand-in as handler.</summary>
        public static ClickRig WithCSharpHandler(string kry)
        {
            var handler = new CSharpBumpHandler();
            var runtime = LoadWith(kry, handler);
            handler.Runtime = runtime;
            runtime.Start();
            ThrowIfLogged(runtime);
            var rig = new ClickRig(runtime, null);
            rig.Check();
            if (handler.Calls == 0) throw new InvalidOperationException("the C# handler was never called");
            return rig;
        }

        /// <summary>One operation: pointer down + up on the button, then a frame. True when the display list changed.</summary>
        public bool Click()
        {
            Runtime.Enqueue(_down);
            Runtime.Enqueue(_up);
            return Runtime.RunFrame(_now += 16);
        }

        /// <summary>Checks that two clicks change the label both ways, each running one handler, with nothing logged.</summary>
        private void Check()
        {
            long handlers = Runtime.Profiler.HandlersCalled;
            string[] seen = new string[2];
            var first = System.Diagnostics.Stopwatch.StartNew();
            for (int i = 0; i < 2; i++)
            {
                if (!Click()) throw new InvalidOperationException("the click did not change the display list");
                seen[i] = (Label.Get(Props.Text) as StringValue)?.Value ?? "(none)";
                if (i == 0) Console.WriteLine($"// first (cold) click + frame: {first.Elapsed.TotalMilliseconds:0.00} ms");
            }
            if (seen[0] == seen[1] || !seen.Contains(Texts0) || !seen.Contains(Texts1))
                throw new InvalidOperationException($"the clicks set the label to \"{seen[0]}\" then \"{seen[1]}\"");
            if (Runtime.Profiler.HandlersCalled != handlers + 2) throw new InvalidOperationException("the clicks did not each run one handler");
            ThrowIfLogged(Runtime);
            Console.WriteLine($"// the label went \"{seen[0]}\" → \"{seen[1]}\"");
        }

        public void Dispose() => _scripts?.Dispose();

        /// <summary>
        /// The baseline's handler: what the scripted <c>bump</c> does, in C# — find the label by id and
        /// set its text in the script-changes layer, alternating two values typed once.
        /// </summary>
        private sealed class CSharpBumpHandler : IScriptFunctions
        {
            private readonly StringValue[] _values = [new(Texts0), new(Texts1)];
            private int _turn = 1;

            public KryonRuntime? Runtime { get; set; }

            public long Calls { get; private set; }

            public bool Contains(string name) => name == "bump";

            public ScriptCallResult Call(string name, ReadOnlySpan<ScriptValue> arguments)
            {
                Calls++;
                var label = Runtime?.GetElementById("label") ?? throw new InvalidOperationException("no label");
                _turn ^= 1;
                SetScriptValue(label, Props.Text, _values[_turn]);
                return ScriptCallResult.Ok(ScriptValue.Null);
            }
        }
    }
}

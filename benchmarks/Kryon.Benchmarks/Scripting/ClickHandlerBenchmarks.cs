using BenchmarkDotNet.Attributes;
using Kryon.Runtime;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Benchmarks.Scripting;

/// <summary>
/// A click whose handler changes a property (issue 9): one operation is a pointer down + up on a
/// Button and one <see cref="KryonRuntime.RunFrame"/> — hit test, click, the onClick handler, the
/// label's text changed through the script-changes layer, layout of what changed, the new display
/// list. Every click alternates the label between two texts of the same length, so every frame
/// really changes the text.
/// <list type="bullet">
/// <item>Baseline: the handler is a C# <see cref="IScriptFunctions"/> stand-in that sets the label's
/// text through the runtime's element API (<c>Element.SetScriptValue</c>, as the DOM bridge's
/// setProperty ends in) with values typed once.</item>
/// <item>Lua: the handler is the Lua function <c>bump</c>, run by the <see cref="Kryon.Scripting.ScriptManager"/>,
/// calling <c>kryon.setProperty("label", "text", …)</c>.</item>
/// </list>
/// The difference of the two means is the Lua handler's overhead (engine entry, coroutine and
/// budget hook, the bridge call, converting the value). Target: under 5 µs.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ClickHandlerBenchmarks
{
    public const string Texts0 = "clicked", Texts1 = "clacked";

    /// <summary>The app both benchmarks run; its Lua script is only loaded for the Lua benchmark.</summary>
    public const string Source = """
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
        }
        """;

    private ScriptBenchmarkApps.ScriptedApp? _lua;
    private KryonRuntime _runtime = null!;
    private Element _label = null!;
    private PointerDownEvent _down = null!;
    private PointerUpEvent _up = null!;
    private double _now = 16;

    [GlobalSetup(Target = nameof(CSharpHandlerClick))]
    public void SetupCSharp()
    {
        var handler = new CSharpBumpHandler();
        _runtime = ScriptBenchmarkApps.LoadWith(Source, handler);
        handler.Runtime = _runtime;
        _runtime.Start();
        ScriptBenchmarkApps.ThrowIfLogged(_runtime);
        Prepare(() => CSharpHandlerClick());
        if (handler.Calls == 0) throw new InvalidOperationException("the C# handler was never called");
    }

    [GlobalSetup(Target = nameof(LuaHandlerClick))]
    public void SetupLua()
    {
        _lua = ScriptBenchmarkApps.StartWithScripts(Source);
        _runtime = _lua.Runtime;
        Prepare(() => LuaHandlerClick());
    }

    [GlobalCleanup]
    public void Cleanup() => _lua?.Dispose();

    /// <summary>Finds the button's centre and checks that two clicks change the label both ways, with nothing logged.</summary>
    private void Prepare(Func<bool> click)
    {
        _label = _runtime.GetElementById("label") ?? throw new InvalidOperationException("no label");
        var button = _runtime.GetElementById("bump") ?? throw new InvalidOperationException("no button");
        var box = button.ScreenBox;
        if (box.Width <= 0 || box.Height <= 0) throw new InvalidOperationException($"the button was not laid out: {box}");
        float x = box.X + box.Width / 2, y = box.Y + box.Height / 2;
        _down = new PointerDownEvent(x, y);
        _up = new PointerUpEvent(x, y);
        long handlers = _runtime.Profiler.HandlersCalled;
        string[] seen = new string[2];
        var first = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 2; i++)
        {
            if (!click()) throw new InvalidOperationException("the click did not change the display list");
            seen[i] = (_label.Get(Props.Text) as StringValue)?.Value ?? "(none)";
            if (i == 0) Console.WriteLine($"// first (cold) click + frame: {first.Elapsed.TotalMilliseconds:0.00} ms");
        }
        if (seen[0] == seen[1] || !seen.Contains(Texts0) || !seen.Contains(Texts1))
            throw new InvalidOperationException($"the clicks set the label to \"{seen[0]}\" then \"{seen[1]}\"");
        if (_runtime.Profiler.HandlersCalled != handlers + 2) throw new InvalidOperationException("the clicks did not each run one handler");
        ScriptBenchmarkApps.ThrowIfLogged(_runtime);
        Console.WriteLine($"// button at ({x}, {y}); the label went \"{seen[0]}\" → \"{seen[1]}\"");
    }

    [Benchmark(Baseline = true, Description = "click + frame, C# handler (SetScriptValue)")]
    public bool CSharpHandlerClick() => Click();

    [Benchmark(Description = "click + frame, Lua handler (kryon.setProperty)")]
    public bool LuaHandlerClick() => Click();

    private bool Click()
    {
        _runtime.Enqueue(_down);
        _runtime.Enqueue(_up);
        return _runtime.RunFrame(_now += 16);
    }

    /// <summary>
    /// The baseline's handler: what the Lua <c>bump</c> does, in C# — find the label by id and set
    /// its text in the script-changes layer, alternating two values typed once.
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
            ScriptBenchmarkApps.SetScriptValue(label, Props.Text, _values[_turn]);
            return ScriptCallResult.Ok(ScriptValue.Null);
        }
    }
}

using BenchmarkDotNet.Attributes;
using Kryon.Runtime;
using Kryon.Runtime.Scripting;

namespace Kryon.Benchmarks.Scripting;

/// <summary>
/// A click whose handler changes a property (issue 9): one operation is a pointer down + up on a
/// Button and one <see cref="KryonRuntime.RunFrame"/> — hit test, click, the onClick handler, the
/// label's text changed through the script-changes layer, layout of what changed, the new display
/// list. Every click alternates the label between two texts of the same length, so every frame
/// really changes the text. The app and the operation are <see cref="ScriptBenchmarkApps.ClickRig"/>.
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
    public const string Texts0 = ScriptBenchmarkApps.ClickRig.Texts0, Texts1 = ScriptBenchmarkApps.ClickRig.Texts1;

    /// <summary>The app both benchmarks run; its Lua script is only loaded for the Lua benchmark.</summary>
    public const string Source = ScriptBenchmarkApps.ClickRig.Markup + """

        @script "lua" {
            local turn = 0
            function bump(id)
                turn = 1 - turn
                kryon.setProperty("label", "text", turn == 1 and "clicked" or "clacked")
            end
        }
        """;

    private ScriptBenchmarkApps.ClickRig _rig = null!;

    [GlobalSetup(Target = nameof(CSharpHandlerClick))]
    public void SetupCSharp() => _rig = ScriptBenchmarkApps.ClickRig.WithCSharpHandler(Source);

    [GlobalSetup(Target = nameof(LuaHandlerClick))]
    public void SetupLua() => _rig = ScriptBenchmarkApps.ClickRig.WithScripts(Source);

    [GlobalCleanup]
    public void Cleanup() => _rig?.Dispose();

    [Benchmark(Baseline = true, Description = "click + frame, C# handler (SetScriptValue)")]
    public bool CSharpHandlerClick() => _rig.Click();

    [Benchmark(Description = "click + frame, Lua handler (kryon.setProperty)")]
    public bool LuaHandlerClick() => _rig.Click();
}

using BenchmarkDotNet.Attributes;
using Kryon.Runtime;
using Kryon.Runtime.Scripting;

namespace Kryon.Benchmarks.Scripting;

/// <summary>
/// The Wren handler's overhead (issue 10): the operation of <see cref="ClickHandlerBenchmarks"/>
/// (<see cref="ScriptBenchmarkApps.ClickRig"/>: pointer down + up on a Button and one
/// <see cref="KryonRuntime.RunFrame"/>, the onClick handler alternating a Text's text) with the
/// handler written in Wren (<c>Handlers.bump</c>, calling <c>Kryon.setProperty("label", "text", …)</c>)
/// and run by the in-process <c>WrenEngine</c> through the <see cref="Kryon.Scripting.ScriptManager"/>.
/// <list type="bullet">
/// <item>Baseline: the same click and frame with the C# <see cref="IScriptFunctions"/> stand-in
/// (<c>Element.SetScriptValue</c>), as in <see cref="ClickHandlerBenchmarks"/>.</item>
/// </list>
/// Wren mean − baseline mean is the Wren handler's overhead (engine entry, the tree-walking
/// interpreter, the bridge call, converting the value). Target: under 10 µs.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class WrenHandlerBenchmarks
{
    /// <summary>The app both benchmarks run; its Wren script is only loaded for the Wren benchmark.</summary>
    public const string Source = ScriptBenchmarkApps.ClickRig.Markup + """

        @script "wren" {
            class Handlers {
                static bump(id) {
                    if (__turn == 1) {
                        __turn = 0
                        Kryon.setProperty("label", "text", "clacked")
                    } else {
                        __turn = 1
                        Kryon.setProperty("label", "text", "clicked")
                    }
                }
            }
        }
        """;

    private ScriptBenchmarkApps.ClickRig _rig = null!;

    [GlobalSetup(Target = nameof(CSharpHandlerClick))]
    public void SetupCSharp() => _rig = ScriptBenchmarkApps.ClickRig.WithCSharpHandler(Source);

    [GlobalSetup(Target = nameof(WrenHandlerClick))]
    public void SetupWren() => _rig = ScriptBenchmarkApps.ClickRig.WithScripts(Source);

    [GlobalCleanup]
    public void Cleanup() => _rig?.Dispose();

    [Benchmark(Baseline = true, Description = "click + frame, C# handler (SetScriptValue)")]
    public bool CSharpHandlerClick() => _rig.Click();

    [Benchmark(Description = "click + frame, Wren handler (Kryon.setProperty)")]
    public bool WrenHandlerClick() => _rig.Click();
}

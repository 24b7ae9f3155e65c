using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Wren.Tests;

/// <summary>Whatever text is loaded, the engine answers with a result and diagnostics, never a .NET exception.</summary>
public class FuzzTests
{
    private static readonly string[] Pieces =
    [
        "class ", "A ", "is ", "{", "}", "(", ")", "[", "]", "static ", "construct ", "new", "foo", "_x", "__y", "this", "super",
        "var ", "x", " = ", "if ", "else ", "while ", "for ", " in ", "return ", "break", "continue", "\n", ",", ".", "..", "...",
        "+", "-", "*", "/", "%", "==", "!", "&&", "||", "?", ":", "|", "1", "2.5", "\"s\"", "\"%(x)\"", "\"%(", "null", "true",
        "Fn.new { |a| a }", "System.print(x)", "import \"kryon\" for Kryon", "Kryon.log(1)", "[1, 2]", "{1: 2}", "=",
    ];

    [Fact]
    public void Random_token_soup_never_throws()
    {
        var soup = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(soup), code =>
        {
            using var engine = new WrenEngineForFuzz();
            var result = engine.Engine.Load(new ScriptSource("wren", code, "fuzz.wren"));
            foreach (var name in result.Functions) engine.Engine.Call(name, [ScriptValue.From("x")]);
            return result.Diagnostics.All(d => d.Code is 2301 or 2303);
        }).QuickCheckThrowOnFailure();
    }

    private sealed class WrenEngineForFuzz : IDisposable
    {
        public Engine.WrenEngine Engine { get; } = new() { Budgets = new ScriptBudgets { CallTime = TimeSpan.FromMilliseconds(20) } };

        public void Dispose() => Engine.Dispose();
    }
}

using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Process;

namespace Kryon.Scripting.Tests;

/// <summary>The JavaScript and Python hosts beyond the shared bridge suite: modules, missing interpreters, the sandbox's network.</summary>
public sealed class ProcessHostTests
{
    [Fact]
    public void A_javascript_module_file_exports_its_handlers()
    {
        // The app's directory goes with the app.
        string directory = Directory.CreateTempSubdirectory("kryon-js-module-").FullName;
        File.WriteAllText(Path.Combine(directory, "handlers.mjs"), """
            // An ES module: what it exports are the app's handlers.
            export function bump(elementId) {
              kryon.setVariable("count", kryon.getVariable("count") + 1);
            }
            export const reset = () => kryon.setVariable("count", 0);
            class Helper { static twice(n) { return n * 2; } }
            export default function twice(n) { return Helper.twice(n); }
            export { bump as increment };
            """);
        using var app = ScriptedApp.StartSource(ScriptedApp.DefaultMarkup + "\n@script \"javascript\" from \"handlers.mjs\"\n", directory: directory);
        Assert.True(app.Manager.Contains("bump") && app.Manager.Contains("reset") && app.Manager.Contains("twice"));
        app.Call("bump");
        app.Call("bump");
        Assert.Equal("2", app.Variable("count"));
        Assert.Equal(42, app.Call("twice", ScriptValue.From(21L)).AsInt());
        app.Call("reset");
        Assert.Equal("0", app.Variable("count"));
        app.AssertNoErrors();
    }

    [Theory]
    [InlineData("javascript")]
    [InlineData("python")]
    public void A_missing_interpreter_is_one_diagnostic_that_says_what_to_install(string language)
    {
        var missing = (language == "javascript" ? ProcessLanguage.JavaScript : ProcessLanguage.Python) with { Executable = "kryon-no-such-interpreter" };
        using var engine = new ProcessScriptEngine(missing);
        var result = engine.Load(new ScriptSource(language, "x = 1", "app.kry", 3));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ScriptLoadFailed.Code, error.Code);
        Assert.Contains("'kryon-no-such-interpreter', which is not on PATH", error.Message);
        Assert.Contains("apt-get install", error.Message);
        Assert.Null(engine.ProcessId);
        Assert.Equal(2301, engine.Call("anything", []).Error!.Code);
    }

    [Theory]
    [InlineData("javascript", """
        function network() { return fetch("http://127.0.0.1:9/"); }
        function socket() { return require("net").connect(9, "127.0.0.1"); }
        """)]
    [InlineData("python", """
        def network():
            import urllib.request
            return urllib.request.urlopen("http://127.0.0.1:9/")
        def socket():
            import socket
            return socket.create_connection(("127.0.0.1", 9))
        """)]
    public void Scripts_have_no_network(string language, string code)
    {
        using var app = ScriptedApp.Start(language, code);
        Assert.Equal(2302, app.CallFailing("network").Code);
        Assert.Equal(2302, app.CallFailing("socket").Code);
    }
}

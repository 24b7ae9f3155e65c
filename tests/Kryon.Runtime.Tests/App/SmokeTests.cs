using Kryon.Runtime.Scripting;
using Kryon.Runtime.Tests.State;

namespace Kryon.Runtime.Tests.App;

public class SmokeTests
{
    [Fact]
    public void Counter_click_runs_handler_and_binding_updates_text()
    {
        var scripts = new FakeScriptFunctions();
        KryonRuntime? rt = null;
        scripts.Define("increment", _ => { rt!.State.SetVariable("count", new Kryon.Values.NumberLiteral(rt.State.GetVariable("count") is Kryon.Values.NumberLiteral n ? n.Value + 1 : 1, true)); return ScriptValue.Null; });
        rt = AppTestKit.Start("""
            @variables { count: Int = 0 }
            App {
                layout: column
                Text { id: "label"; text: "Count: $count" }
                Button { id: "inc"; text: "+"; width: 50; height: 30; onClick: "increment" }
            }
            """, scripts);
        Assert.Equal("Count: 0", rt.Text("label"));
        rt.Click("inc");
        Assert.Equal("Count: 1", rt.Text("label"));
        Assert.Empty(rt.Log.Entries);
    }
}

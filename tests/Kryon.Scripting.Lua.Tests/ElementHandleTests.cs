using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Lua.Tests.LuaTestKit;

namespace Kryon.Scripting.Lua.Tests;

public sealed class ElementHandleTests
{
    private const string Code = """
        function same(a, b) return a == b end
        function name(e) return getmetatable(e).__name end
        function show(e) return tostring(e) end
        function kept(e) stored = e end
        function compare(e) return stored == e, rawequal(stored, e) end
        """;

    [Fact]
    public void An_element_is_a_kryon_element_userdata()
    {
        using var engine = Engine(Code);
        Assert.Equal(V("kryon.element"), engine.Call("name", ScriptValue.Element(3)).Ok());
        Assert.Equal(V("element #3"), engine.Call("show", ScriptValue.Element(3)).Ok());
    }

    [Fact]
    public void Elements_are_equal_by_handle()
    {
        using var engine = Engine(Code);
        Assert.True(engine.Call("same", ScriptValue.Element(8), ScriptValue.Element(8)).Ok().AsBool());
        Assert.False(engine.Call("same", ScriptValue.Element(8), ScriptValue.Element(9)).Ok().AsBool());
        engine.Call("kept", ScriptValue.Element(12)).Ok();
        Assert.True(engine.Call("compare", ScriptValue.Element(12)).Ok().AsBool());
        Assert.Equal(ScriptValue.Element(12), engine.GetGlobal("stored"));
    }
}

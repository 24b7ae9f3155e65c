using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Lua.Tests.LuaTestKit;

namespace Kryon.Scripting.Lua.Tests;

public sealed class FunctionValueTests
{
    private const string Code = """
        local counter = 0
        local function bump(by) counter = counter + (by or 1) return counter end
        function handout() return bump end
        function other() return function() return "other" end end
        function apply(f, x) return f(x) end
        """;

    [Fact]
    public void A_function_handed_to_the_host_can_be_called_by_reference()
    {
        using var engine = Engine(Code);
        var bump = engine.Call("handout").Ok().AsFunction();
        Assert.Equal("lua", bump.Language);
        Assert.Equal(V(5), engine.Call(bump, [V(5)]).Ok());
        Assert.Equal(V(6), engine.Call(bump, []).Ok());
    }

    [Fact]
    public void The_same_function_gets_the_same_reference()
    {
        using var engine = Engine(Code);
        var a = engine.Call("handout").Ok().AsFunction();
        var b = engine.Call("handout").Ok().AsFunction();
        Assert.Equal(a, b);
        Assert.Equal(1, engine.HeldFunctions);
        Assert.NotEqual(a, engine.Call("other").Ok().AsFunction());
    }

    [Fact]
    public void A_reference_goes_back_into_Lua_as_the_function()
    {
        using var engine = Engine(Code);
        var bump = engine.Call("handout").Ok();
        Assert.Equal(V(10), engine.Call("apply", bump, V(10)).Ok());
    }

    [Fact]
    public void A_released_reference_is_forgotten()
    {
        using var engine = Engine(Code);
        var bump = engine.Call("handout").Ok().AsFunction();
        engine.Release(bump);
        Assert.Equal(0, engine.HeldFunctions);
        engine.Call(bump, []).Failed(DiagnosticCodes.FunctionNotFound);
        engine.Release(bump);
        var again = engine.Call("handout").Ok().AsFunction();
        Assert.Equal(V(1), engine.Call(again, []).Ok());
    }

    [Fact]
    public void A_foreign_reference_is_not_callable()
    {
        using var engine = Engine(Code);
        engine.Call(new ScriptFunctionRef("lisp", 1), []).Failed(DiagnosticCodes.FunctionNotFound);
    }
}

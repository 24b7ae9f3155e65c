using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Lua.Tests.LuaTestKit;

namespace Kryon.Scripting.Lua.Tests;

public sealed class SandboxTests
{
    private const string Probe = """
        function kind(name) return type(_G[name]) end
        function field(lib, name) return type(_G[lib][name]) end
        function run(code) local f, err = load(code) if not f then return "refused: " .. err end return f() end
        """;

    [Theory]
    [InlineData("io")]
    [InlineData("os")]
    [InlineData("require")]
    [InlineData("package")]
    [InlineData("debug")]
    [InlineData("dofile")]
    [InlineData("loadfile")]
    [InlineData("coroutine")]
    public void Forbidden_globals_are_absent(string name)
    {
        using var engine = Engine(Probe);
        Assert.Equal("nil", engine.Call("kind", V(name)).Ok().AsString());
    }

    [Theory]
    [InlineData("string")]
    [InlineData("table")]
    [InlineData("math")]
    [InlineData("utf8")]
    [InlineData("print")]
    [InlineData("pcall")]
    [InlineData("load")]
    [InlineData("kryon")]
    public void Allowed_libraries_are_present(string name)
    {
        using var engine = Engine(Probe);
        Assert.NotEqual("nil", engine.Call("kind", V(name)).Ok().AsString());
    }

    [Fact]
    public void String_dump_is_removed()
    {
        using var engine = Engine(Probe);
        Assert.Equal("nil", engine.Call("field", V("string"), V("dump")).Ok().AsString());
    }

    [Theory]
    [InlineData("function f() os.execute('echo hi') end", "os")]
    [InlineData("function f() return io.open('/etc/passwd') end", "io")]
    [InlineData("function f() return require('os') end", "require")]
    public void Reaching_for_the_system_is_a_2302_error(string code, string name)
    {
        using var engine = Engine(code);
        var error = engine.Call("f").Failed(DiagnosticCodes.ScriptError);
        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void Load_compiles_text_chunks()
    {
        using var engine = Engine(Probe);
        Assert.Equal(V(7), engine.Call("run", V("return 3 + 4")).Ok());
    }

    [Fact]
    public void Load_refuses_binary_chunks_even_when_asked_for_them()
    {
        using var engine = Engine(Probe + "\n" + """
            function binary() local f, err = load("\27Lua\84\0", "x", "b") return err end
            """);
        Assert.StartsWith("refused:", engine.Call("run", V("\u001bLuaT\0")).Ok().AsString());
        Assert.Contains("binary", engine.Call("binary").Ok().AsString());
    }

    [Fact]
    public void Load_keeps_an_explicit_environment()
    {
        using var engine = Engine("""
            function sandboxed() local f = load("return x", "c", "t", { x = 5 }) return f() end
            function nilEnv() local f = load("return 1", "c", "t", nil) return f() end
            """);
        Assert.Equal(V(5), engine.Call("sandboxed").Ok());
        Assert.Equal(V(1), engine.Call("nilEnv").Ok());
    }
}

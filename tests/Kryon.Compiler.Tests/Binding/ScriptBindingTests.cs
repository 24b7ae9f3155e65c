using Kryon.Compiler.Binding;
using Kryon.Compiler.Syntax;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Binding;

public class ScriptBindingTests
{
    private static BoundScript Script(string source, params (string, string)[] files) => Assert.Single(CheckClean(source + "\nApp {}", files).Scripts);

    [Fact]
    public void Lua_entry_points()
    {
        var s = Script("""
            @script "lua" {
                function handleClick()
                end
                local function helper() end
                onSave = function() end
                function M.method() end
                    function nested() end
            }
            """);
        Assert.Equal(ScriptLanguage.Lua, s.Language);
        Assert.Equal(["handleClick", "helper", "M.method", "onSave"], s.EntryPoints);
        Assert.DoesNotContain("nested", s.EntryPoints);
    }

    [Fact]
    public void JavaScript_entry_points()
    {
        var s = Script("""
            @script "javascript" {
                function toggle(id) { }
                async function load() { }
                const save = () => {};
                let reset = function () {};
                var go = x => x;
                const notAFunction = 3;
            }
            """);
        Assert.Equal(ScriptLanguage.JavaScript, s.Language);
        Assert.Equal(["toggle", "load", "save", "reset", "go"], s.EntryPoints);
    }

    [Fact]
    public void Python_entry_points()
    {
        var s = Script("""
            @script "py" {
                def start(element_id):
                    pass

                async def fetch():
                    def inner():
                        pass
            }
            """);
        Assert.Equal(ScriptLanguage.Python, s.Language);
        Assert.Equal(["start", "fetch"], s.EntryPoints);
    }

    [Fact]
    public void Wren_entry_points()
    {
        var s = Script("""
            @script "wren" {
                class Handlers {
                    static save() { }
                    static reset { }
                    instanceMethod() { }
                }
                var tick = Fn.new { }
            }
            """);
        Assert.Equal(ScriptLanguage.Wren, s.Language);
        Assert.Equal(["save", "Handlers.save", "reset", "Handlers.reset", "tick"], s.EntryPoints);
    }

    [Fact]
    public void Lisp_entry_points()
    {
        var s = Script("""
            @script "lisp" {
                (defn on-click [id] (log id))
                (def on-change (fn [v id] v))
                (def counter 0)
                ; (defn commented-out [] 0)
            }
            """);
        Assert.Equal(ScriptLanguage.Lisp, s.Language);
        Assert.Contains("on-click", s.EntryPoints);
        Assert.Contains("on-change", s.EntryPoints);
        Assert.DoesNotContain("counter", s.EntryPoints);
    }

    [Theory]
    [InlineData("lua", ScriptLanguage.Lua)]
    [InlineData("LUA", ScriptLanguage.Lua)]
    [InlineData("js", ScriptLanguage.JavaScript)]
    [InlineData("javascript", ScriptLanguage.JavaScript)]
    [InlineData("python", ScriptLanguage.Python)]
    [InlineData("wren", ScriptLanguage.Wren)]
    [InlineData("kryon-lisp", ScriptLanguage.Lisp)]
    public void Language_names(string name, ScriptLanguage language)
    {
        Assert.Equal(language, Script("@script \"" + name + "\" { }").Language);
    }

    [Fact]
    public void Inline_code_is_dedented_and_mapped_to_its_first_line()
    {
        var s = Script("@script \"lua\" name=\"h\" {\n\n    function a()\n        return 1\n    end\n}");
        Assert.Equal("function a()\n    return 1\nend", s.Code);
        Assert.Equal("h", s.Name);
        Assert.Equal(ScriptMode.Embed, s.Mode);
        Assert.Equal(3, s.FirstLine);
        Assert.Null(s.ExternalPath);
    }

    [Theory]
    [InlineData("@script \"lua\" { }", ScriptMode.Embed)]
    [InlineData("@script \"lua\" mode=\"external\" { }", ScriptMode.External)]
    [InlineData("@script \"lua\" mode=\"auto\" threshold=\"100\" { }", ScriptMode.Auto)]
    [InlineData("@script \"lua\" from \"a.lua\"", ScriptMode.External)]
    [InlineData("@script \"lua\" from=\"a.lua\" mode=\"embed\"", ScriptMode.Embed)]
    public void Modes(string source, ScriptMode mode)
    {
        Assert.Equal(mode, Script(source, ("a.lua", "")).Mode);
    }

    [Fact]
    public void Both_from_and_inline_code_is_an_error()
    {
        var d = Single(Check("@script \"lua\" from \"a.lua\" { }\nApp {}", ("a.lua", "")), 1101);
        Assert.Equal("1:20", Where(d));
    }

    [Fact]
    public void Script_without_code_or_from_is_an_error()
    {
        var d = Single(Check("@script \"lua\" name=\"x\"\nApp {}"), 1101);
        Assert.Equal("1:9", Where(d));
    }

    [Theory]
    [InlineData("threshold=\"lots\"")]
    [InlineData("minify=\"yes\"")]
    public void Bad_attribute_values_are_1207(string attribute)
    {
        var d = Single(Check("@script \"lua\" " + attribute + " { }\nApp {}"), 1207);
        Assert.StartsWith("1:", Where(d));
    }

    [Fact]
    public void Misspelt_attribute_does_not_break_the_script_body()
    {
        var result = Check("@script \"lua\" nmae=\"x\" { function f() end }\nApp { onClick: f }");
        Assert.Equal([1101], Codes(result));
        Assert.Equal("1:15", Where(result.Diagnostics[0]));
        Assert.Equal(["f"], Assert.Single(result.App!.Scripts).EntryPoints);
    }

    [Theory]
    [InlineData("lua", "function add(a, b)\n    return a + b\nend")]
    [InlineData("javascript", "function add(a, b) {\n    return a + b\n}")]
    [InlineData("python", "def add(a, b):\n    return a + b")]
    [InlineData("lisp", "(defn add [a b]\n    return a + b)")]
    [InlineData("wren", "var add = Fn.new {|a, b|\n    return a + b\n}")]
    public void Function_directive_generates_code(string language, string code)
    {
        var s = Script("@function \"" + language + "\" add(a, b) {\n    return a + b\n}");
        Assert.Equal(code, s.Code);
        Assert.Equal("add", s.Name);
        Assert.Equal(["add"], s.EntryPoints);
        Assert.Equal(ScriptMode.Embed, s.Mode);
        Assert.Equal(2, s.FirstLine);
    }

    [Fact]
    public void Function_directive_satisfies_event_handlers()
    {
        var app = CheckClean("@function \"lua\" clicked() {\n    print(1)\n}\nApp { onClick: clicked }");
        Assert.Equal("clicked", Assert.Single(app.Root!.Events).FunctionName);
    }

    [Fact]
    public void Empty_python_function_gets_pass()
    {
        Assert.Equal("def f():\n    pass", Script("@function \"python\" f() { }").Code);
    }

    [Fact]
    public void Handlers_resolve_across_scripts_and_languages()
    {
        var result = Check("""
            @script "lua" { function a() end }
            @script "javascript" { function b() {} }
            @script "python" {
            def c():
                pass
            }
            App {
                Button { onClick: a; onPress: b; onRelease: c; onHover: d }
            }
            """);
        var d = Single(result, 1405);
        Assert.Contains("'d'", d.Message);
        Assert.Equal(3, result.App!.Scripts.Count);
    }

    [Fact]
    public void Handlers_in_component_templates_are_checked()
    {
        var d = Single(Check("Define C {\n    Button { onClick: \"nope\" }\n}\nApp {}"), 1405);
        Assert.Equal("2:23", Where(d));
    }
}

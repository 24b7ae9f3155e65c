using Kryon.Runtime.Scripting;
using static Kryon.Scripting.Wren.Tests.WrenTestKit;

namespace Kryon.Scripting.Wren.Tests;

/// <summary>Corners of the language: raw strings, unicode, setters through super, iteration protocol, Wren's lowercase-name rule.</summary>
public class MoreLanguageTests
{
    [Fact]
    public void Raw_strings_keep_their_text()
    {
        Assert.Equal("a \"quoted\" %(not) \\n", Print("System.print(\"\"\"a \"quoted\" %(not) \\n\"\"\")"));
    }

    [Fact]
    public void Strings_iterate_by_code_point()
    {
        Assert.Equal("h|é|😀", Print("System.print(\"hé😀\".join(\"|\"))"));
    }

    [Fact]
    public void Script_classes_can_be_sequences()
    {
        Assert.Equal("1 4 9\n14", Print("""
            class Squares {
              construct new(n) { _n = n }
              iterate(i) {
                if (i == null) return 1
                return i < _n ? i + 1 : false
              }
              iteratorValue(i) { i * i }
            }
            var out = []
            for (x in Squares.new(3)) out.add(x)
            System.print(out.join(" "))
            System.print(Squares.new(3).reduce { |a, b| a + b })
            """));
    }

    [Fact]
    public void Super_getters_and_overridden_toString()
    {
        Assert.Equal("base+derived\nDerived!", Print("""
            class Base {
              construct new() {}
              label { "base" }
              toString { "Base!" }
            }
            class Derived is Base {
              construct new() { super() }
              label { super.label + "+derived" }
              toString { "Derived!" }
            }
            System.print(Derived.new().label)
            System.print("%(Derived.new())")
            """));
    }

    [Fact]
    public void Fields_are_per_instance_and_closures_see_this()
    {
        Assert.Equal("1 2\n3", Print("""
            class Box {
              construct new(v) { _v = v }
              v { _v }
              adder() { Fn.new { |x| _v + x } }
            }
            var a = Box.new(1)
            var b = Box.new(2)
            System.print("%(a.v) %(b.v)")
            System.print(a.adder().call(2))
            """));
    }

    [Fact]
    public void A_subclass_field_is_not_its_superclass_field()
    {
        Assert.Equal("base sub", Print("""
            class Base {
              construct new() { _x = "base" }
              baseX { _x }
            }
            class Sub is Base {
              construct new() {
                super()
                _x = "sub"
              }
              subX { _x }
            }
            var s = Sub.new()
            System.print("%(s.baseX) %(s.subX)")
            """));
    }

    [Fact]
    public void Classes_can_refer_to_classes_defined_later()
    {
        Assert.Equal("B says hi", Print("""
            class A {
              static run() { B.hello() }
            }
            class B {
              static hello() { "B says hi" }
            }
            System.print(A.run())
            """));
    }

    [Fact]
    public void Lowercase_module_variables_are_not_visible_in_classes_and_the_error_says_so()
    {
        var error = Fails("""
            var helper = 1
            class A {
              static run() { helper }
            }
            A.run()
            """);
        Assert.Contains("A metaclass does not implement 'helper'", error.Message);
        Assert.Contains("capitalized", error.Message);
        Assert.Equal("1", Print("var Helper = 1\nclass A {\n  static run() { Helper }\n}\nSystem.print(A.run())"));
    }

    [Fact]
    public void Local_functions_can_be_called_directly_or_with_call()
    {
        Assert.Equal("3 3", Print("""
            var add = Fn.new { |a, b| a + b }
            System.print("%(add(1, 2)) %(add.call(1, 2))")
            """));
    }

    [Fact]
    public void Map_and_list_literals_span_lines_with_trailing_commas()
    {
        Assert.Equal("2 3", Print("""
            var m = {
              "a": 1,
              "b": 2,
            }
            var l = [
              1,
              2,
              3,
            ]
            System.print("%(m["b"]) %(l.count)")
            """));
    }

    [Fact]
    public void Conditional_and_logical_operators_span_lines()
    {
        Assert.Equal("yes", Print("""
            var x = 5
            var r = x > 3 &&
              x < 10 ?
              "yes" :
              "no"
            System.print(r)
            """));
    }

    [Fact]
    public void Kryon_is_available_without_the_import()
    {
        using var engine = NewEngine();
        var host = new RecordingHost(engine);
        engine.Load(new ScriptSource("wren", "Kryon.setVariable(\"x\", [1, {\"k\": 2.5}])", "t.kry"));
        var value = host.Variables["x"].AsArray();
        Assert.Equal(1L, value[0].AsInt());
        Assert.Equal(2.5, value[1].AsObject()["k"].AsFloat());
    }

    [Fact]
    public void Long_operator_chains_and_deep_blocks_are_errors_not_crashes()
    {
        var chain = "var x = 1" + string.Concat(Enumerable.Repeat(" + 1", 300_000));
        Assert.Equal(2301, Fails(chain).Code);
        var blocks = new string('{', 100_000) + new string('}', 100_000);
        Assert.Equal(2301, Fails(blocks).Code);
        var calls = "var x = [1]" + string.Concat(Enumerable.Repeat(".count.toString.count", 100_000));
        Assert.Equal(2301, Fails(calls).Code);
        // Long but shallow code is fine.
        Assert.Equal("2001", Print("var x = 1" + string.Concat(Enumerable.Repeat(" + 1", 2000)) + "\nSystem.print(x)"));
    }

    [Fact]
    public void Deeply_nested_code_is_a_syntax_error_not_a_crash()
    {
        var code = "var x = " + new string('(', 100_000) + "1" + new string(')', 100_000);
        var error = Fails(code);
        Assert.Equal(2301, error.Code);
    }
}

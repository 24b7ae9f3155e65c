using static Kryon.Scripting.Wren.Tests.WrenTestKit;

namespace Kryon.Scripting.Wren.Tests;

/// <summary>The Wren language: values, variables, control flow, functions, classes.</summary>
public class LanguageTests
{
    [Theory]
    [InlineData("System.print(1 + 2 * 3)", "7")]
    [InlineData("System.print((1 + 2) * 3)", "9")]
    [InlineData("System.print(7 / 2)", "3.5")]
    [InlineData("System.print(7 % 3)", "1")]
    [InlineData("System.print(-7 % 3)", "-1")]
    [InlineData("System.print(1 / 0)", "infinity")]
    [InlineData("System.print(0.1 + 0.2)", "0.3")]
    [InlineData("System.print(1e20)", "1e+20")]
    [InlineData("System.print(0xff)", "255")]
    [InlineData("System.print(2 < 3 && 3 <= 3)", "true")]
    [InlineData("System.print(1 == 1.0)", "true")]
    [InlineData("System.print(\"a\" == \"a\")", "true")]
    [InlineData("System.print(null == false)", "false")]
    [InlineData("System.print(!null)", "true")]
    [InlineData("System.print(!0)", "false")]
    [InlineData("System.print(null || \"default\")", "default")]
    [InlineData("System.print(1 && 2)", "2")]
    [InlineData("System.print(false && undefinedThing)", "false")]
    [InlineData("System.print(true ? \"yes\" : \"no\")", "yes")]
    [InlineData("System.print(5 & 3)", "1")]
    [InlineData("System.print(5 | 3)", "7")]
    [InlineData("System.print(5 ^ 3)", "6")]
    [InlineData("System.print(1 << 4)", "16")]
    [InlineData("System.print(~0)", "4294967295")]
    [InlineData("System.print(1 is Num)", "true")]
    [InlineData("System.print(\"s\" is Num)", "false")]
    [InlineData("System.print([] is Sequence)", "true")]
    [InlineData("System.print(null)", "null")]
    [InlineData("System.print(3.type)", "Num")]
    public void Expressions(string code, string expected) => Assert.Equal(expected, Print(code));

    [Fact]
    public void Variables_and_blocks_scope()
    {
        Assert.Equal("2\n1", Print("""
            var a = 1
            {
              var a = 2
              System.print(a)
            }
            System.print(a)
            """));
    }

    [Fact]
    public void If_while_for_break_continue()
    {
        Assert.Equal("small\n0 1 2\n1,3,5\n3 2 1", Print("""
            var n = 2
            if (n > 5) {
              System.print("big")
            } else if (n > 1) System.print("small") else System.print("tiny")
            var i = 0
            var seen = []
            while (true) {
              if (i == 3) break
              seen.add(i)
              i = i + 1
            }
            System.print(seen.join(" "))
            var odd = []
            for (k in 1..6) {
              if (k % 2 == 0) continue
              odd.add(k)
            }
            System.print(odd.join(","))
            var down = []
            for (k in 3..1) down.add(k)
            System.print(down.join(" "))
            """));
    }

    [Fact]
    public void For_in_over_lists_maps_strings_and_exclusive_ranges()
    {
        Assert.Equal("a b c\n0 1 2\nx=1 y=2\nh-i", Print("""
            var out = []
            for (s in ["a", "b", "c"]) out.add(s)
            System.print(out.join(" "))
            out = []
            for (i in 0...3) out.add(i)
            System.print(out.join(" "))
            out = []
            for (e in {"x": 1, "y": 2}) out.add("%(e.key)=%(e.value)")
            out.sort()
            System.print(out.join(" "))
            System.print("hi".join("-"))
            """));
    }

    [Fact]
    public void String_interpolation_nests_expressions()
    {
        Assert.Equal("1 + 1 = 2, list [1, 2], nested a(b)c, 100%", Print("""
            var inner = "b"
            System.print("1 + 1 = %(1 + 1), list %([1, 2]), nested %("a(%(inner))c"), 100\%")
            """));
    }

    [Fact]
    public void Functions_are_closures()
    {
        Assert.Equal("1 2 3\n10\n2\n7", Print("""
            var makeCounter = Fn.new {
              var count = 0
              return Fn.new {
                count = count + 1
                return count
              }
            }
            var c = makeCounter.call()
            System.print("%(c.call()) %(c.call()) %(c.call())")
            var add = Fn.new { |a, b| a + b }
            System.print(add.call(3, 7))
            System.print(add.arity)
            System.print(add.call(3, 4))
            """));
    }

    [Fact]
    public void Closures_capture_each_loop_iteration()
    {
        Assert.Equal("0 1 2", Print("""
            var fns = []
            for (i in 0..2) fns.add(Fn.new { i })
            System.print(fns.map { |f| f.call() }.join(" "))
            """));
    }

    [Fact]
    public void Classes_constructors_fields_getters_setters_methods()
    {
        Assert.Equal("Point(1, 2)\n3\nPoint(10, 2)\nPoint(11, 4)\n-10\ntrue\nfalse", Print("""
            class Point {
              construct new(x, y) {
                _x = x
                _y = y
              }
              x { _x }
              y { _y }
              x=(value) { _x = value }
              sum() { _x + _y }
              +(other) { Point.new(_x + other.x, _y + other.y) }
              - { Point.new(-_x, -_y) }
              ==(other) { other is Point && _x == other.x && _y == other.y }
              toString { "Point(%(_x), %(_y))" }
            }
            var p = Point.new(1, 2)
            System.print(p)
            System.print(p.sum())
            p.x = 10
            System.print(p)
            System.print(p + Point.new(1, 2))
            System.print((-p).x)
            System.print(Point.new(1, 1) == Point.new(1, 1))
            System.print(Point.new(1, 1) != Point.new(1, 1))
            """));
    }

    [Fact]
    public void Inheritance_and_super()
    {
        Assert.Equal("Rex says Woof\nRex is an animal\ntrue\nDog\nAnimal", Print("""
            class Animal {
              construct new(name) { _name = name }
              name { _name }
              describe() { "%(name) is an animal" }
              speak() { "..." }
            }
            class Dog is Animal {
              construct new(name) {
                super(name)
              }
              speak() { "Woof" }
              describe() { "%(name) says %(speak())\n" + super.describe() }
            }
            var d = Dog.new("Rex")
            System.print(d.describe())
            System.print(d is Animal)
            System.print(d.type)
            System.print(Dog.supertype)
            """));
    }

    [Fact]
    public void Static_methods_and_static_fields()
    {
        Assert.Equal("1\n2\n3 3", Print("""
            class Counter {
              static next() {
                if (__count == null) __count = 0
                __count = __count + 1
                return __count
              }
              static count { __count }
              construct new() {}
              peek() { __count }
            }
            System.print(Counter.next())
            System.print(Counter.next())
            Counter.next()
            System.print("%(Counter.count) %(Counter.new().peek())")
            """));
    }

    [Fact]
    public void Implicit_this_calls_in_methods()
    {
        Assert.Equal("6\n12", Print("""
            class Calc {
              static double_(x) { x * 2 }
              static run(x) { double_(x) }
              construct new(k) { _k = k }
              k { _k }
              twice() { k * 2 }
              scaled(x) { twice() * x }
            }
            System.print(Calc.run(3))
            System.print(Calc.new(3).scaled(2))
            """));
    }

    [Fact]
    public void Block_arguments_and_subscript_operators()
    {
        Assert.Equal("[2, 4, 6]\n9\n42", Print("""
            class Grid {
              construct new() { _cells = {} }
              [x, y] { _cells["%(x),%(y)"] }
              [x, y]=(value) { _cells["%(x),%(y)"] = value }
            }
            System.print([1, 2, 3].map { |x| x * 2 })
            System.print([1, 2, 3].reduce(3) { |a, b| a + b })
            var g = Grid.new()
            g[1, 2] = 42
            System.print(g[1, 2])
            """));
    }

    [Fact]
    public void Method_chains_may_continue_on_the_next_line()
    {
        Assert.Equal("4,16", Print("""
            var r = [1, 2, 3, 4]
              .where { |x| x % 2 == 0 }
              .map { |x| x * x }
            System.print(r.join(","))
            """));
    }

    [Fact]
    public void Returning_from_nested_loops()
    {
        Assert.Equal("found 2,3", Print("""
            class Search {
              static find(target) {
                for (i in 0..5) {
                  for (j in 0..5) {
                    if (i * j == target && i > 1) return "%(i),%(j)"
                  }
                }
                return null
              }
            }
            System.print("found %(Search.find(6))")
            """));
    }

    [Fact]
    public void Fibers_run_to_completion_and_try_catches_aborts()
    {
        Assert.Equal("ok 3\ncaught: bad thing\ntrue", Print("""
            var f = Fiber.new { 1 + 2 }
            System.print("ok %(f.call())")
            var g = Fiber.new { Fiber.abort("bad thing") }
            var error = g.try()
            System.print("caught: %(error)")
            System.print(g.isDone)
            """));
    }

    [Fact]
    public void Comments_are_ignored()
    {
        Assert.Equal("1", Print("""
            // line comment
            /* block /* nested */ comment */
            System.print(1) // trailing
            """));
    }

    [Fact]
    public void Import_of_kryon_is_allowed_and_others_are_not()
    {
        Assert.Equal("Kryon", Print("import \"kryon\" for Kryon\nSystem.print(Kryon)"));
        var error = Fails("import \"os\" for Process");
        Assert.Equal(2301, error.Code);
        Assert.Contains("only \"kryon\"", error.Message);
    }

    [Theory]
    [InlineData("var x = 1\nvar y = (2 +\n", 2)]
    [InlineData("System.print(1)\n\nclass {\n}", 3)]
    [InlineData("var s = \"unterminated\n", 1)]
    [InlineData("System.print(1)\nbreak", 2)]
    [InlineData("var a = 1\nvar a = 2\n{\n  var b = 1\n  var b = 2\n}", 5)]
    [InlineData("System.print(this)", 1)]
    [InlineData("class A {\n  static f() { _x }\n}", 2)]
    public void Syntax_errors_are_2301_at_their_line(string code, int line)
    {
        var error = Fails(code, firstLine: 10);
        Assert.Equal(2301, error.Code);
        Assert.Equal(9 + line, error.Location!.Value.Start.Line);
    }

    [Theory]
    [InlineData("var a = 1\nvar b = a + \"x\"", 2, "Right operand must be a number")]
    [InlineData("\n\nnotDefined.foo", 3, "Variable 'notDefined' is not defined")]
    [InlineData("var l = [1]\nSystem.print(l[5])", 2, "Subscript out of bounds")]
    [InlineData("class A {\n  static f() {\n    return 1.nope\n  }\n}\nA.f()", 3, "Num does not implement 'nope'")]
    [InlineData("var s = \"a\" + 1", 1, "Right operand must be a string")]
    [InlineData("Fiber.abort(\"boom\")", 1, "boom")]
    [InlineData("var m = {}\nm[[1]] = 2", 2, "Key must be a value type")]
    public void Runtime_errors_name_their_line(string code, int line, string message)
    {
        var error = Fails(code, firstLine: 20);
        Assert.Equal(2301, error.Code);
        Assert.Contains(message, error.Message);
        Assert.Equal(19 + line, error.Location!.Value.Start.Line);
        Assert.Equal("test.wren", error.Location!.Value.File.Path);
    }
}

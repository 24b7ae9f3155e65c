using static Kryon.Scripting.Wren.Tests.WrenTestKit;

namespace Kryon.Scripting.Wren.Tests;

/// <summary>The core classes: Num, String, List, Map, Range, Fn, System.</summary>
public class CoreLibraryTests
{
    [Theory]
    [InlineData("(2.5).floor", "2")]
    [InlineData("(-2.5).floor", "-3")]
    [InlineData("(2.5).round", "3")]
    [InlineData("(-2.5).round", "-3")]
    [InlineData("(2.1).ceil", "3")]
    [InlineData("(-4).abs", "4")]
    [InlineData("16.sqrt", "4")]
    [InlineData("2.pow(10)", "1024")]
    [InlineData("3.min(5)", "3")]
    [InlineData("3.max(5)", "5")]
    [InlineData("12.clamp(0, 10)", "10")]
    [InlineData("(3.7).truncate", "3")]
    [InlineData("3.isInteger", "true")]
    [InlineData("(3.5).isInteger", "false")]
    [InlineData("(1 / 3).toString", "0.33333333333333")]
    [InlineData("Num.pi", "3.1415926535898")]
    [InlineData("Num.fromString(\"42\") + 1", "43")]
    [InlineData("Num.fromString(\" 1.5 \")", "1.5")]
    [InlineData("Num.fromString(\"abc\")", "null")]
    [InlineData("Num.fromString(\"\")", "null")]
    [InlineData("(1..3).toList", "[1, 2, 3]")]
    [InlineData("(1...3).toList", "[1, 2]")]
    [InlineData("(1..3).from + (1..3).to", "4")]
    [InlineData("1..3", "1..3")]
    public void Num_and_range(string expr, string expected) => Assert.Equal(expected, Print($"System.print({expr})"));

    [Theory]
    [InlineData("\"hello\".count", "5")]
    [InlineData("\"hello\"[1]", "e")]
    [InlineData("\"hello\"[-1]", "o")]
    [InlineData("\"hello\"[1..3]", "ell")]
    [InlineData("\"hello\"[1...3]", "el")]
    [InlineData("\"demo_primary\"[5..-1]", "primary")]
    [InlineData("\"note_3\"[5..-1]", "3")]
    [InlineData("\"note_\"[5..-1].count", "0")]
    [InlineData("\"hello\"[-3..-1]", "llo")]
    [InlineData("\"hello\".contains(\"ell\")", "true")]
    [InlineData("\"hello\".startsWith(\"he\")", "true")]
    [InlineData("\"hello\".endsWith(\"lo\")", "true")]
    [InlineData("\"hello\".indexOf(\"l\")", "2")]
    [InlineData("\"hello\".indexOf(\"z\")", "-1")]
    [InlineData("\"a,b,,c\".split(\",\")", "[a, b, , c]")]
    [InlineData("\"a-b-c\".replace(\"-\", \"+\")", "a+b+c")]
    [InlineData("\"  pad  \".trim() + \"|\"", "pad|")]
    [InlineData("\"ab\" + \"cd\"", "abcd")]
    [InlineData("\"ab\" * 3", "ababab")]
    [InlineData("\"abc\".map { |c| c + c }.join()", "aabbcc")]
    [InlineData("\"abc\".toString", "abc")]
    [InlineData("String.fromCodePoint(65)", "A")]
    [InlineData("\"tab\\there\"", "tab\there")]
    [InlineData("\"\\u00e9\"", "é")]
    public void String_methods(string expr, string expected) => Assert.Equal(expected, Print($"System.print({expr})"));

    [Fact]
    public void List_methods()
    {
        Assert.Equal("""
            [1, 2, 3, 4]
            [0, 1, 2, 3, 4]
            2 [0, 1, 3, 4]
            4 true false 2 -1
            [0, 9, 3, 4]
            [9, 3]
            [3, 4]
            0-9-3-4
            [0, 18, 6, 8]
            [9]
            16
            [0, 3, 4, 9]
            [9, 4, 3, 0]
            [0, 3, 4, 9, 1]
            [1, 1, 1]
            true false
            3
            """.ReplaceLineEndings("\n"), Print("""
            var l = [1, 2, 3]
            l.add(4)
            System.print(l)
            l.insert(0, 0)
            System.print(l)
            var removed = l.removeAt(2)
            System.print("%(removed) %(l)")
            System.print("%(l.count) %(l.contains(3)) %(l.contains(2)) %(l.indexOf(3)) %(l.indexOf(7))")
            l[1] = 9
            System.print(l)
            System.print(l[1..2])
            System.print(l[-2..-1])
            System.print(l.join("-"))
            System.print(l.map { |x| x * 2 }.toList)
            System.print(l.where { |x| x > 5 }.toList)
            System.print(l.reduce { |a, b| a + b })
            var sorted = l.toList
            sorted.sort()
            System.print(sorted)
            sorted.sort { |a, b| a > b }
            System.print(sorted)
            System.print(l.toList.sort() + [1])
            System.print(List.filled(3, 1))
            System.print("%(l.any { |x| x > 8 }) %(l.all { |x| x > 8 })")
            var total = 0
            l.each { |x| total = total + 1 }
            System.print(total - 1)
            """));
    }

    [Fact]
    public void Map_methods()
    {
        Assert.Equal("""
            1 null
            2 true false
            [a, b]
            [1, 20]
            1
            {b: 20}
            0
            """.ReplaceLineEndings("\n"), Print("""
            var m = {"a": 1}
            System.print("%(m["a"]) %(m["zz"])")
            m["b"] = 2
            System.print("%(m.count) %(m.containsKey("b")) %(m.containsKey("c"))")
            m["b"] = 20
            var keys = m.keys
            keys.sort()
            System.print(keys)
            var values = m.values
            values.sort()
            System.print(values)
            System.print(m.remove("a"))
            System.print(m)
            m.clear()
            System.print(m.count)
            """));
    }

    [Fact]
    public void Map_keys_are_values()
    {
        Assert.Equal("one two null-key range", Print("""
            var m = {1: "one", "2": "two", null: "null-key", 1..2: "range"}
            System.print("%(m[1.0]) %(m["2"]) %(m[null]) %(m[1..2])")
            """));
    }

    [Fact]
    public void Object_and_class_methods()
    {
        Assert.Equal("Foo\ninstance of Foo\nObject\ntrue\ntrue\nList", Print("""
            class Foo {
              construct new() {}
            }
            System.print(Foo.name)
            System.print(Foo.new())
            System.print(Foo.supertype)
            System.print(Foo.new() is Object)
            System.print(Object.same(1, 1))
            System.print([].type)
            """));
    }

    [Fact]
    public void System_clock_is_a_number() => Assert.Equal("true", Print("System.print(System.clock is Num)"));
}

using Kryon.Compiler.Formatting;
using Kryon.Diagnostics;

namespace Kryon.Compiler.Tests.Formatting;

/// <summary>Messy input → the exact canonical output (docs/FORMAT.md), and the cases where nothing may be formatted.</summary>
public sealed class FormatterGoldenTests
{
    private static string Format(string source)
    {
        var result = KryFormatter.Format(source, "golden.kry");
        Assert.True(result.Text is not null, string.Join("\n", result.Diagnostics));
        Assert.Equal(result.Text, KryFormatter.Format(result.Text!, "golden.kry").Text);
        return result.Text!;
    }

    [Fact]
    public void A_messy_file_gets_the_canonical_layout_with_every_comment_in_place()
    {
        const string messy = """
            // counter.kry: the header comment stays on top
               @include   "shared/theme.kry"
            @include "shared/buttons.kry"
            @variables{count:Int=0 ; label: "Clicks" }
            style "big"{ font_size:24;&:hover{opacity:0.9} }   // a trailing comment



            # the app
            App
            {
              layout:column   center   /* inline note */
                Text{text:"Count: $count"}


                Button { text: "+1"; onClick: increment }  // one line becomes three
               // a comment before the closing brace
            }
            @script "lua" {
              function increment()
                count = count + 1
              end
            }
            // the end
            """;
        const string expected = """
            // counter.kry: the header comment stays on top
            @include "shared/theme.kry"
            @include "shared/buttons.kry"

            @variables {
                count: Int = 0
                label: "Clicks"
            }

            style "big" {
                font_size: 24
                &:hover {
                    opacity: 0.9
                }
            } // a trailing comment

            # the app
            App {
                layout: column center /* inline note */
                Text {
                    text: "Count: $count"
                }

                Button {
                    text: "+1"
                    onClick: increment
                } // one line becomes three
                // a comment before the closing brace
            }

            @script "lua" {
              function increment()
                count = count + 1
              end
            }
            // the end

            """;
        Assert.Equal(expected, Format(messy));
    }

    [Theory]
    // Empty blocks close on their line; the mixed form keeps `} {` together.
    [InlineData("App{}", "App {}\n")]
    [InlineData("App { Container{}{Text{}} }", "App {\n    Container {} {\n        Text {}\n    }\n}\n")]
    [InlineData("App { Container{width:1}{} }", "App {\n    Container {\n        width: 1\n    } {}\n}\n")]
    [InlineData("App\n{\n\n\n    a: 1\n\n\n\n    b: 2\n\n}", "App {\n    a: 1\n\n    b: 2\n}\n")]
    // Numbers: the shortest form with the same value; a float keeps its point; units and colours stay.
    [InlineData("App { a: 1.50; b: 007; c: 2.0; d: 0.5em; e: #aBc; f: -3px }", "App {\n    a: 1.5\n    b: 7\n    c: 2.0\n    d: 0.5em\n    e: #aBc\n    f: -3px\n}\n")]
    // Strings: `$` is escaped only where it would start an interpolation; braces only where the name would run on.
    [InlineData("App { a: \"cost $5\"; b: \"a\\$b\"; c: \"${n}s\"; d: \"${n} x\"; e: \"tab\\there\" }",
        "App {\n    a: \"cost $5\"\n    b: \"a\\$b\"\n    c: \"${n}s\"\n    d: \"$n x\"\n    e: \"tab\\there\"\n}\n")]
    // Expressions: one space around operators, the author's parentheses kept.
    [InlineData("App { w: $a+2*($b- 1); v: !$x&&$y ?(row center):column; l: [1,2 ,3] }",
        "App {\n    w: $a + 2 * ($b - 1)\n    v: !$x && $y ? (row center) : column\n    l: [1, 2, 3]\n}\n")]
    // Line endings become \n.
    [InlineData("App {\r\n    a: 1 // one\r\n}\r\n", "App {\n    a: 1 // one\n}\n")]
    [InlineData("@script \"lua\" {\r\n  x = 1\r\n}\r\nApp {\r\n    /* a\r\n    b */\r\n}\r\n", "@script \"lua\" {\n  x = 1\n}\n\nApp {\n    /* a\n    b */\n}\n")]
    // An unknown escape is kept as written by the decoder (warning 1006); the formatter spells that value out.
    [InlineData("App { a: \"C:\\q\" }", "App {\n    a: \"C:\\\\q\"\n}\n")]
    [InlineData("", "")]
    [InlineData("\n\n// only a comment\n\n", "// only a comment\n")]
    public void Small_inputs_get_the_canonical_layout(string source, string expected)
    {
        Assert.Equal(expected, Format(source));
    }

    [Fact]
    public void Comments_in_awkward_places_move_to_the_nearest_line_that_can_hold_them()
    {
        const string messy = """
            App // between the name and the brace
            {
                items: [
                    "a", // first
                    "b"  /* second */
                ]
                Container /* before the brace */ { // after the brace
                    width: 1 /* block */ // then a line comment
                } /* closing */
                Text { text: "x" } // after a one-liner
            }
            """;
        const string expected = """
            App { // between the name and the brace
                // first
                /* second */
                items: ["a", "b"]
                Container { /* before the brace */ // after the brace
                    width: 1 /* block */ // then a line comment
                } /* closing */
                Text {
                    text: "x"
                } // after a one-liner
            }

            """;
        Assert.Equal(expected, Format(messy));
    }

    [Fact]
    public void Script_bodies_are_kept_exactly_as_written()
    {
        const string source = """
            @script "python" {
            def greet(name):
                if name:
                        return "hi " + name   # odd indentation is Python's business
                return "hi"
            }
            @function "lua" double(x) {   return x * 2   }
            App {
            onClick: greet
            }
            """;
        const string expected = """
            @script "python" {
            def greet(name):
                if name:
                        return "hi " + name   # odd indentation is Python's business
                return "hi"
            }

            @function "lua" double(x) {   return x * 2   }

            App {
                onClick: greet
            }

            """;
        Assert.Equal(expected, Format(source));
    }

    [Fact]
    public void A_component_keeps_its_parts_in_the_order_written()
    {
        const string source = """
            Define Card {
                Container { Text { text: $title } }
                Properties { title: String = "Untitled"; size: Enum( small,large ) = small }
            }
            """;
        const string expected = """
            Define Card {
                Container {
                    Text {
                        text: $title
                    }
                }
                Properties {
                    title: String = "Untitled"
                    size: Enum(small, large) = small
                }
            }

            """;
        Assert.Equal(expected, Format(source));
    }

    [Fact]
    public void Formatted_text_is_not_changed()
    {
        var formatted = Format("style \"s\" { padding: 4 }\nApp { Text { text: \"hi\" } }");
        var again = KryFormatter.Format(formatted);
        Assert.False(again.Changed(formatted));
        Assert.Equal(formatted, again.Text);
    }

    [Fact]
    public void A_source_with_syntax_errors_is_not_formatted_and_the_errors_say_where()
    {
        var result = KryFormatter.Format("App {\n    width 100\n}\n", "broken.kry");
        Assert.Null(result.Text);
        Assert.False(result.Changed("anything"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.MissingColon, error.Descriptor);
        Assert.Equal("broken.kry", error.Location!.Value.File.Path);
        Assert.Equal(2, error.Location.Value.Start.Line);
    }

    [Fact]
    public void An_unterminated_comment_is_a_syntax_error_not_a_lost_comment()
    {
        var result = KryFormatter.Format("App {}\n/* never closed\n");
        Assert.Null(result.Text);
        Assert.Contains(result.Diagnostics, d => d.Code == 1002);
    }
}

using Kryon.Compiler.Syntax;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Syntax;

/// <summary>One mistake must not hide the others: the parser resynchronises and reports each one.</summary>
public class ErrorRecoveryTests
{
    [Fact]
    public void Three_broken_properties_in_different_elements_give_three_diagnostics()
    {
        const string text = """
            App {
                window_title "Broken"
                Container {
                    width: 10 height: 20
                    Text {
                        text: "ok"
                        font_size 12
                    }
                }
            }
            """;
        var (doc, bag) = Parse(text);
        Assert.Equal([1104, 1105, 1104], Codes(bag));
        Assert.Equal(["2:18", "4:19", "7:23"], bag.Items.Select(d => d.Location!.Value.Start.ToString()));

        // The tree is still complete: every element and the good properties are there.
        var app = Assert.IsType<ElementSyntax>(Assert.Single(doc.Declarations));
        var container = Assert.IsType<ChildElementSyntax>(Assert.Single(app.Items)).Element;
        Assert.Equal(["width", "height"], container.Items.OfType<PropertySyntax>().Select(p => p.Name.Text));
        var textElement = container.Items.OfType<ChildElementSyntax>().Single().Element;
        Assert.Equal("text", Assert.Single(textElement.Items.OfType<PropertySyntax>()).Name.Text);
    }

    [Fact]
    public void Lexical_syntax_and_semantic_errors_are_all_reported()
    {
        const string text = """
            App {
                width: 1.
                Container {
                    bogus: 3
                }
                Text { text: "unterminated
                }
                Button { opacity: 7 }
            }
            """;
        var result = Check(text);
        Assert.Equal([1003, 1107, 1002, 1207], Codes(result));
        Assert.Equal(4, result.ErrorCount);
    }

    [Fact]
    public void Errors_in_separate_top_level_declarations_are_all_reported()
    {
        const string text = """
            @unknown "x"
            @variables {
                a 1
                b: 2
            }
            style "s" {
                padding 4
                margin: 2
            }
            App {
                gap: $b
            }
            """;
        var (doc, bag) = Parse(text);
        Assert.Equal([1101, 1104, 1104], Codes(bag));
        Assert.Equal(["1:1", "3:7", "7:13"], bag.Items.Select(d => d.Location!.Value.Start.ToString()));
        Assert.Equal(3, doc.Declarations.Count);
        var variables = Assert.IsType<VariablesBlockSyntax>(doc.Declarations[0]);
        Assert.Equal("b", Assert.Single(variables.Variables).Name.Text);
        var style = Assert.IsType<StyleSyntax>(doc.Declarations[1]);
        Assert.Equal("margin", Assert.IsType<PropertySyntax>(Assert.Single(style.Items)).Name.Text);
    }

    [Fact]
    public void A_stray_closing_brace_is_reported_and_parsing_continues()
    {
        var (doc, bag) = Parse("App { }\n}\nstyle \"s\" { padding 1 }");
        Assert.Equal([1101, 1104], Codes(bag));
        Assert.Equal(2, doc.Declarations.Count);
    }

    [Fact]
    public void Missing_value_is_reported_once()
    {
        var (_, bag) = Parse("App {\n    width:\n    height: 10\n}");
        var d = Assert.Single(bag.Items);
        Assert.Equal(1101, d.Code);
        // Reported at the ':' that has no value after it.
        Assert.Equal("2:10", d.Location!.Value.Start.ToString());
    }

    [Fact]
    public void A_bad_token_is_not_reported_twice()
    {
        var (_, bag) = Parse("App {\n    width: 10qq\n}");
        Assert.Equal([1003], Codes(bag));
    }

    [Fact]
    public void Garbage_input_yields_a_bounded_list_of_diagnostics()
    {
        var text = string.Concat(Enumerable.Repeat("} ~ ", 2000));
        var result = Check(text);
        Assert.Equal(501, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == 1506);
        Assert.True(result.ErrorCount > 500);
    }

    [Fact]
    public void Deep_nesting_is_reported_without_overflowing_the_stack()
    {
        var text = "App {" + string.Concat(Enumerable.Repeat(" Container {", 5000)) + string.Concat(Enumerable.Repeat(" }", 5001));
        var result = Check(text);
        Assert.Contains(result.Diagnostics, d => d.Code == 1504);
        Assert.False(result.Success);
    }

    [Fact]
    public void Very_long_operator_chain_is_reported_instead_of_overflowing_the_stack()
    {
        // A left-nested chain of 200,000 operators used to crash the evaluator with a stack overflow.
        var text = "App {\n    gap: " + string.Concat(Enumerable.Repeat("1 * - ", 200_000)) + "1\n}";
        var result = Check(text);
        var d = Single(result, 1101);
        Assert.Equal("Value has more than 1024 operators", d.Message);
        Assert.Equal(1, result.ErrorCount);
        Assert.Null(Root(result).Find("gap"));
    }

    [Fact]
    public void Long_but_reasonable_operator_chain_is_evaluated()
    {
        var text = "App {\n    gap: " + string.Concat(Enumerable.Repeat("1 + ", 1000)) + "1\n}";
        var result = Check(text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new Kryon.Values.IntValue(1001), Root(result).Find("gap")!.Value);
    }
}

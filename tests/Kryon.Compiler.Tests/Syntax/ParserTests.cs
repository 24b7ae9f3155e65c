using Kryon.Compiler.Syntax;
using Kryon.Values;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Syntax;

public class ParserTests
{
    private static T Only<T>(DocumentSyntax doc) where T : DeclarationSyntax => Assert.IsType<T>(Assert.Single(doc.Declarations));

    private static PropertySyntax Prop(ElementSyntax e, string name) => e.AllItems.OfType<PropertySyntax>().Single(p => p.Name.Text == name);

    private static ValueSyntax ValueOf(string value)
    {
        var text = "App {\n    v: " + value + "\n}";
        var app = Only<ElementSyntax>(ParseClean(text));
        var p = Assert.IsType<PropertySyntax>(Assert.Single(app.Items));
        Assert.Equal(value, Slice(text, p.Value.Span));
        return p.Value;
    }

    // ---- top level -------------------------------------------------------------------------------

    [Fact]
    public void Include_has_the_path_and_spans_the_directive()
    {
        const string text = "@include \"shared/theme.kry\"\n";
        var include = Only<IncludeSyntax>(ParseClean(text));
        Assert.Equal("shared/theme.kry", include.Path.Text);
        Assert.Equal("@include \"shared/theme.kry\"", Slice(text, include.Span));
        Assert.Equal("\"shared/theme.kry\"", Slice(text, include.Path.Span));
    }

    [Fact]
    public void Variables_plain_and_typed()
    {
        const string text = "@variables {\n    primary: \"#FF0000\"\n    count: Int = 0\n    ratio: 1.5; flag: true\n}";
        var block = Only<VariablesBlockSyntax>(ParseClean(text));
        Assert.Equal(text, Slice(text, block.Span));
        Assert.Equal(["primary", "count", "ratio", "flag"], block.Variables.Select(v => v.Name.Text));

        var primary = block.Variables[0];
        Assert.Null(primary.TypeName);
        Assert.Equal("#FF0000", Assert.IsType<StringLiteralSyntax>(primary.Value).Text);
        Assert.Equal("primary: \"#FF0000\"", Slice(text, primary.Span));

        var count = block.Variables[1];
        Assert.Equal("Int", count.TypeName?.Text);
        Assert.Equal("Int", Slice(text, count.TypeName!.Value.Span));
        Assert.Equal(0, Assert.IsType<NumberLiteralSyntax>(count.Value).Value);
        Assert.Equal("count: Int = 0", Slice(text, count.Span));

        Assert.True(Assert.IsType<BoolLiteralSyntax>(block.Variables[3].Value).Value);
    }

    [Fact]
    public void Style_with_properties_and_pseudo_block()
    {
        const string text = "style \"button\" {\n    background_color: \"#333\"\n    &:hover {\n        background_color: \"#444\"\n    }\n}";
        var style = Only<StyleSyntax>(ParseClean(text));
        Assert.Equal("button", style.Name.Text);
        Assert.Equal(text, Slice(text, style.Span));
        Assert.Equal(2, style.Items.Count);
        var p = Assert.IsType<PropertySyntax>(style.Items[0]);
        Assert.Equal("background_color: \"#333\"", Slice(text, p.Span));
        var pseudo = Assert.IsType<PseudoBlockSyntax>(style.Items[1]);
        Assert.Equal(["hover"], pseudo.States.Select(s => s.Text));
        Assert.Equal("&:hover", Slice(text, pseudo.SelectorSpan));
        Assert.StartsWith("&:hover {", Slice(text, pseudo.Span));
        Assert.EndsWith("}", Slice(text, pseudo.Span));
        Assert.Equal("background_color", Assert.Single(pseudo.Properties).Name.Text);
    }

    [Fact]
    public void Style_extends_a_string()
    {
        var style = Only<StyleSyntax>(ParseClean("style \"b\" { extends: \"a\" }"));
        var ext = Assert.IsType<PropertySyntax>(Assert.Single(style.Items));
        Assert.Equal("extends", ext.Name.Text);
        Assert.Equal("a", Assert.IsType<StringLiteralSyntax>(ext.Value).Text);
    }

    [Fact]
    public void Style_extends_an_array_with_trailing_comma()
    {
        const string text = "style \"c\" {\n    extends: [\"a\", \"b\",]\n}";
        var style = Only<StyleSyntax>(ParseClean(text));
        var ext = Assert.IsType<PropertySyntax>(Assert.Single(style.Items));
        var array = Assert.IsType<ArraySyntax>(ext.Value);
        Assert.Equal(["a", "b"], array.Items.Select(i => Assert.IsType<StringLiteralSyntax>(i).Text));
        Assert.Equal("[\"a\", \"b\",]", Slice(text, array.Span));
    }

    [Fact]
    public void Chained_pseudo_block_in_an_element()
    {
        const string text = "App {\n    &:hover:disabled { opacity: 0.5 }\n}";
        var app = Only<ElementSyntax>(ParseClean(text));
        var pseudo = Assert.IsType<PseudoBlockSyntax>(Assert.Single(app.Items));
        Assert.Equal(["hover", "disabled"], pseudo.States.Select(s => s.Text));
        Assert.Equal("disabled", Slice(text, pseudo.States[1].Span));
        Assert.Equal("&:hover:disabled { opacity: 0.5 }", Slice(text, pseudo.Span));
    }

    [Fact]
    public void Define_with_properties_enum_and_defaults()
    {
        const string text = """
            Define Card {
                Properties {
                    title: String = "Untitled"
                    size: Enum(small, medium, large) = medium
                    count: Int
                }
                Container {
                    Text { text: $title }
                }
            }
            """;
        var define = Only<DefineSyntax>(ParseClean(text));
        Assert.Equal("Card", define.Name.Text);
        Assert.Equal(text, Slice(text, define.Span));
        var props = Assert.IsType<PropertiesBlockSyntax>(define.Properties);
        Assert.Equal(["title", "size", "count"], props.Definitions.Select(d => d.Name.Text));

        var title = props.Definitions[0];
        Assert.Equal("String", title.Type.Name.Text);
        Assert.Null(title.Type.EnumMembers);
        Assert.Equal("Untitled", Assert.IsType<StringLiteralSyntax>(title.Default).Text);
        Assert.Equal("title: String = \"Untitled\"", Slice(text, title.Span));

        var size = props.Definitions[1];
        Assert.Equal("Enum", size.Type.Name.Text);
        Assert.Equal(["small", "medium", "large"], size.Type.EnumMembers!.Select(m => m.Text));
        Assert.Equal("Enum(small, medium, large)", Slice(text, size.Type.Span));
        Assert.Equal("medium", Assert.IsType<WordSyntax>(size.Default).Word);

        Assert.Null(props.Definitions[2].Default);
        Assert.Equal("count: Int", Slice(text, props.Definitions[2].Span));

        var root = Assert.Single(define.Roots);
        Assert.Equal("Container", root.Name.Text);
        var child = Assert.IsType<ChildElementSyntax>(Assert.Single(root.Items)).Element;
        Assert.Equal("title", Assert.IsType<VariableReferenceSyntax>(Prop(child, "text").Value).Name);
    }

    [Fact]
    public void Define_without_properties_block()
    {
        var define = Only<DefineSyntax>(ParseClean("Define Spacer {\n    Container { height: 10 }\n}"));
        Assert.Null(define.Properties);
        Assert.Single(define.Roots);
    }

    [Fact]
    public void Script_inline()
    {
        const string text = "@script \"lua\" {\n    function f() end\n}";
        var script = Only<ScriptSyntax>(ParseClean(text));
        Assert.Equal("lua", script.Language.Text);
        Assert.Empty(script.Attributes);
        Assert.Equal("\n    function f() end\n", script.Code!.RawText);
        Assert.Equal(text, Slice(text, script.Span));
    }

    [Theory]
    [InlineData("@script \"lua\" from \"scripts/app.lua\"", false)]
    [InlineData("@script \"lua\" from=\"scripts/app.lua\"", true)]
    public void Script_from_with_and_without_equals(string text, bool hasEquals)
    {
        var script = Only<ScriptSyntax>(ParseClean(text));
        Assert.Null(script.Code);
        var from = Assert.Single(script.Attributes);
        Assert.Equal("from", from.Name.Text);
        Assert.Equal("scripts/app.lua", from.Value.Text);
        Assert.Equal(hasEquals, from.HasEquals);
        Assert.Equal(text, Slice(text, script.Span));
        Assert.Equal(text["@script \"lua\" ".Length..], Slice(text, from.Span));
    }

    [Fact]
    public void Script_name_and_mode_attributes_with_inline_code()
    {
        const string text = "@script \"javascript\" name=\"handlers\" mode=\"external\" { function a() {} }";
        var script = Only<ScriptSyntax>(ParseClean(text));
        Assert.Equal(["name", "mode"], script.Attributes.Select(a => a.Name.Text));
        Assert.Equal(["handlers", "external"], script.Attributes.Select(a => a.Value.Text));
        Assert.All(script.Attributes, a => Assert.True(a.HasEquals));
        Assert.Equal(" function a() {} ", script.Code!.RawText);
    }

    [Fact]
    public void Script_name_without_equals()
    {
        var script = Only<ScriptSyntax>(ParseClean("@script \"lua\" name \"h\" { }"));
        var attr = Assert.Single(script.Attributes);
        Assert.False(attr.HasEquals);
        Assert.Equal("h", attr.Value.Text);
    }

    [Fact]
    public void Function_declaration()
    {
        const string text = "@function \"lua\" greet(name, greeting) {\n    print(greeting .. name)\n}";
        var function = Only<FunctionSyntax>(ParseClean(text));
        Assert.Equal("lua", function.Language.Text);
        Assert.Equal("greet", function.Name.Text);
        Assert.Equal(["name", "greeting"], function.Parameters.Select(p => p.Text));
        Assert.Equal("\n    print(greeting .. name)\n", function.Body!.RawText);
        Assert.Equal(text, Slice(text, function.Span));
    }

    [Fact]
    public void Script_body_may_open_on_the_next_line()
    {
        const string text = "@script \"lua\" name=\"h\"\n{\n    function f() end\n}\nApp {}";
        var doc = ParseClean(text);
        var script = Assert.IsType<ScriptSyntax>(doc.Declarations[0]);
        Assert.Equal("\n    function f() end\n", script.Code!.RawText);
        Assert.IsType<ElementSyntax>(doc.Declarations[1]);
    }

    [Fact]
    public void Function_body_may_open_on_the_next_line()
    {
        var doc = ParseClean("@function \"lua\" f(a)\n{\n    return a\n}\nApp {}");
        Assert.Equal("\n    return a\n", Assert.IsType<FunctionSyntax>(doc.Declarations[0]).Body!.RawText);
        Assert.Equal(2, doc.Declarations.Count);
    }

    [Fact]
    public void External_script_followed_by_an_element_on_the_next_line()
    {
        var doc = ParseClean("@script \"lua\" from \"a.lua\"\nApp {\n    gap: 1\n}");
        Assert.Null(Assert.IsType<ScriptSyntax>(doc.Declarations[0]).Code);
        Assert.Single(Assert.IsType<ElementSyntax>(doc.Declarations[1]).Items);
    }

    [Fact]
    public void Function_without_parameters()
    {
        var function = Only<FunctionSyntax>(ParseClean("@function \"js\" tick() { n++ }"));
        Assert.Empty(function.Parameters);
    }

    // ---- elements ----------------------------------------------------------------------------------

    [Fact]
    public void Element_with_properties_children_and_spans()
    {
        const string text = "App {\n    window_title: \"Hi\"\n    Container {\n        Text { text: \"a\" }\n    }\n}";
        var app = Only<ElementSyntax>(ParseClean(text));
        Assert.Equal("App", app.Name.Text);
        Assert.Equal(text, Slice(text, app.Span));
        Assert.Null(app.ChildBlock);
        Assert.Equal(2, app.Items.Count);

        var title = Assert.IsType<PropertySyntax>(app.Items[0]);
        Assert.Equal("window_title: \"Hi\"", Slice(text, title.Span));
        Assert.Equal("window_title", Slice(text, title.Name.Span));
        Assert.Equal("\"Hi\"", Slice(text, title.Value.Span));

        var container = Assert.IsType<ChildElementSyntax>(app.Items[1]).Element;
        Assert.Equal("Container {\n        Text { text: \"a\" }\n    }", Slice(text, container.Span));
        var textElement = Assert.IsType<ChildElementSyntax>(Assert.Single(container.Items)).Element;
        Assert.Equal("Text { text: \"a\" }", Slice(text, textElement.Span));
        Assert.Equal("text: \"a\"", Slice(text, Prop(textElement, "text").Span));
    }

    [Fact]
    public void Keywords_can_be_property_names()
    {
        var app = Only<ElementSyntax>(ParseClean("App {\n    Button { text: \"t\"; style: \"s\" }\n}"));
        var button = Assert.IsType<ChildElementSyntax>(Assert.Single(app.Items)).Element;
        Assert.Equal(["text", "style"], button.Items.OfType<PropertySyntax>().Select(p => p.Name.Text));
    }

    [Fact]
    public void Inline_style_block_in_an_element()
    {
        const string text = "App {\n    Button {\n        style \"btn\" { padding: 4 }\n    }\n}";
        var app = Only<ElementSyntax>(ParseClean(text));
        var button = Assert.IsType<ChildElementSyntax>(Assert.Single(app.Items)).Element;
        var inline = Assert.IsType<InlineStyleSyntax>(Assert.Single(button.Items));
        Assert.Equal("btn", inline.Style.Name.Text);
        Assert.Equal("style \"btn\" { padding: 4 }", Slice(text, inline.Span));
    }

    [Fact]
    public void Mixed_form_has_a_child_block()
    {
        const string text = "App {\n    Container { a: 1 } { Text {} }\n}";
        var app = Only<ElementSyntax>(ParseClean(text));
        var container = Assert.IsType<ChildElementSyntax>(Assert.Single(app.Items)).Element;
        Assert.Equal("a", Assert.IsType<PropertySyntax>(Assert.Single(container.Items)).Name.Text);
        Assert.NotNull(container.ChildBlock);
        var child = Assert.IsType<ChildElementSyntax>(Assert.Single(container.ChildBlock!)).Element;
        Assert.Equal("Text", child.Name.Text);
        Assert.Equal("Container { a: 1 } { Text {} }", Slice(text, container.Span));
        Assert.Equal(2, container.AllItems.Count());
    }

    [Fact]
    public void Mixed_form_child_block_may_start_on_the_next_line()
    {
        var app = Only<ElementSyntax>(ParseClean("App { layout: row }\n{\n    Text {}\n}"));
        Assert.Single(app.Items);
        Assert.Single(app.ChildBlock!);
    }

    [Fact]
    public void Semicolon_separated_properties_with_trailing_semicolon()
    {
        const string text = "App { width: 10; height: 20; gap: 5; }";
        var app = Only<ElementSyntax>(ParseClean(text));
        var props = app.Items.Cast<PropertySyntax>().ToArray();
        Assert.Equal(["width", "height", "gap"], props.Select(p => p.Name.Text));
        Assert.Equal("height: 20", Slice(text, props[1].Span));
    }

    // ---- values ------------------------------------------------------------------------------------

    [Fact]
    public void Bare_word_sequence()
    {
        var seq = Assert.IsType<SequenceSyntax>(ValueOf("row center grow"));
        Assert.Equal(["row", "center", "grow"], seq.Items.Select(i => Assert.IsType<WordSyntax>(i).Word));
    }

    [Fact]
    public void Single_bare_word()
    {
        Assert.Equal("space-between", Assert.IsType<WordSyntax>(ValueOf("space-between")).Word);
    }

    [Fact]
    public void Number_sequence_with_units()
    {
        var seq = Assert.IsType<SequenceSyntax>(ValueOf("10px 50%"));
        var a = Assert.IsType<NumberLiteralSyntax>(seq.Items[0]);
        var b = Assert.IsType<NumberLiteralSyntax>(seq.Items[1]);
        Assert.Equal((10.0, "px", true), (a.Value, a.Unit, a.IsInteger));
        Assert.Equal((50.0, "%"), (b.Value, b.Unit));
    }

    [Fact]
    public void Literals()
    {
        Assert.Equal(1.25, Assert.IsType<NumberLiteralSyntax>(ValueOf("1.25")).Value);
        Assert.False(Assert.IsType<NumberLiteralSyntax>(ValueOf("1.25")).IsInteger);
        Assert.Equal(-3, Assert.IsType<NumberLiteralSyntax>(ValueOf("-3")).Value);
        Assert.False(Assert.IsType<BoolLiteralSyntax>(ValueOf("false")).Value);
        var colour = Assert.IsType<ColorLiteralSyntax>(ValueOf("#336"));
        Assert.Equal(new Color(0x33, 0x33, 0x66, 0xFF), colour.Value);
        Assert.Equal("#336", colour.Text);
        Assert.Equal("x", Assert.IsType<VariableReferenceSyntax>(ValueOf("$x")).Name);
    }

    [Fact]
    public void Array_value()
    {
        var array = Assert.IsType<ArraySyntax>(ValueOf("[1, \"two\", $three]"));
        Assert.Equal(3, array.Items.Count);
        Assert.IsType<NumberLiteralSyntax>(array.Items[0]);
        Assert.IsType<StringLiteralSyntax>(array.Items[1]);
        Assert.IsType<VariableReferenceSyntax>(array.Items[2]);
    }

    [Fact]
    public void Empty_array()
    {
        Assert.Empty(Assert.IsType<ArraySyntax>(ValueOf("[]")).Items);
    }

    [Fact]
    public void Arithmetic_respects_precedence()
    {
        var sum = Assert.IsType<BinaryExpressionSyntax>(ValueOf("$a + $b * 2"));
        Assert.Equal(BinaryOperator.Add, sum.Operator);
        var product = Assert.IsType<BinaryExpressionSyntax>(sum.Right);
        Assert.Equal(BinaryOperator.Multiply, product.Operator);
        Assert.Equal(2, Assert.IsType<NumberLiteralSyntax>(product.Right).Value);
    }

    [Fact]
    public void Multiplication_of_a_variable()
    {
        var e = Assert.IsType<BinaryExpressionSyntax>(ValueOf("$a * 2"));
        Assert.Equal(BinaryOperator.Multiply, e.Operator);
        Assert.Equal("a", Assert.IsType<VariableReferenceSyntax>(e.Left).Name);
    }

    [Fact]
    public void Subtraction_is_left_associative()
    {
        var outer = Assert.IsType<BinaryExpressionSyntax>(ValueOf("10 - 3 - 2"));
        Assert.Equal(BinaryOperator.Subtract, outer.Operator);
        Assert.IsType<BinaryExpressionSyntax>(outer.Left);
        Assert.Equal(2, Assert.IsType<NumberLiteralSyntax>(outer.Right).Value);
    }

    [Fact]
    public void Conditional_expression()
    {
        var c = Assert.IsType<ConditionalExpressionSyntax>(ValueOf("$x ? \"a\" : \"b\""));
        Assert.Equal("x", Assert.IsType<VariableReferenceSyntax>(c.Condition).Name);
        Assert.Equal("a", Assert.IsType<StringLiteralSyntax>(c.WhenTrue).Text);
        Assert.Equal("b", Assert.IsType<StringLiteralSyntax>(c.WhenFalse).Text);
    }

    [Fact]
    public void Not_expression()
    {
        var u = Assert.IsType<UnaryExpressionSyntax>(ValueOf("!$b"));
        Assert.Equal(UnaryOperator.Not, u.Operator);
        Assert.Equal("b", Assert.IsType<VariableReferenceSyntax>(u.Operand).Name);
    }

    [Theory]
    [InlineData("$a == 1", BinaryOperator.Equal)]
    [InlineData("$a != 1", BinaryOperator.NotEqual)]
    [InlineData("$a < 1", BinaryOperator.Less)]
    [InlineData("$a > 1", BinaryOperator.Greater)]
    [InlineData("$a <= 1", BinaryOperator.LessOrEqual)]
    [InlineData("$a >= 1", BinaryOperator.GreaterOrEqual)]
    [InlineData("$a && $b", BinaryOperator.And)]
    [InlineData("$a || $b", BinaryOperator.Or)]
    [InlineData("$a / 2", BinaryOperator.Divide)]
    [InlineData("$a - 2", BinaryOperator.Subtract)]
    public void Comparison_and_logic_operators(string value, BinaryOperator op)
    {
        Assert.Equal(op, Assert.IsType<BinaryExpressionSyntax>(ValueOf(value)).Operator);
    }

    [Fact]
    public void Comparison_binds_tighter_than_logic()
    {
        var or = Assert.IsType<BinaryExpressionSyntax>(ValueOf("$a > 1 || $b == 2 && $c"));
        Assert.Equal(BinaryOperator.Or, or.Operator);
        Assert.Equal(BinaryOperator.Greater, Assert.IsType<BinaryExpressionSyntax>(or.Left).Operator);
        var and = Assert.IsType<BinaryExpressionSyntax>(or.Right);
        Assert.Equal(BinaryOperator.And, and.Operator);
        Assert.Equal(BinaryOperator.Equal, Assert.IsType<BinaryExpressionSyntax>(and.Left).Operator);
    }

    [Fact]
    public void Parentheses()
    {
        var product = Assert.IsType<BinaryExpressionSyntax>(ValueOf("($a + 1) * 2"));
        Assert.Equal(BinaryOperator.Multiply, product.Operator);
        var paren = Assert.IsType<ParenthesizedSyntax>(product.Left);
        Assert.Equal(BinaryOperator.Add, Assert.IsType<BinaryExpressionSyntax>(paren.Inner).Operator);
    }

    [Fact]
    public void Call_form()
    {
        var call = Assert.IsType<CallSyntax>(ValueOf("handleClick()"));
        Assert.Equal("handleClick", call.Name);
    }

    [Fact]
    public void Interpolated_string_value()
    {
        var s = Assert.IsType<StringLiteralSyntax>(ValueOf("\"Count: $n\""));
        Assert.True(s.IsInterpolated);
        Assert.Equal("Count: $n", s.Text);
    }

    // ---- declarations in any order, comments -------------------------------------------------------

    [Fact]
    public void Declarations_in_any_order_with_comments()
    {
        const string text = """
            # header comment
            App { }   // trailing
            @variables { a: 1 }
            /* block */ style "s" { }
            @script "lua" { }
            Define C { Container { } }
            @include "x.kry"
            """;
        var doc = ParseClean(text);
        Assert.Equal([typeof(ElementSyntax), typeof(VariablesBlockSyntax), typeof(StyleSyntax), typeof(ScriptSyntax), typeof(DefineSyntax), typeof(IncludeSyntax)],
            doc.Declarations.Select(d => d.GetType()));
        Assert.Equal(3, doc.Comments.Count);
    }

    [Fact]
    public void Printer_output_parses_to_the_same_shape()
    {
        const string text = """
            @variables { gap: 8 }
            style "a" { padding: 4; &:hover { opacity: 0.5 } }
            style "b" { extends: ["a"] }
            App {
                layout: row center
                Container { gap: $gap * 2 } { Text { text: "x $gap" } }
                Button { onClick: go(); text: $gap > 1 ? "big" : "small" }
            }
            """;
        var first = ParseClean(text);
        var printed = SyntaxPrinter.Print(first);
        var second = ParseClean(printed);
        Assert.Equal(printed, SyntaxPrinter.Print(second));
        Assert.Equal(first.Declarations.Select(d => d.GetType()), second.Declarations.Select(d => d.GetType()));
    }
}

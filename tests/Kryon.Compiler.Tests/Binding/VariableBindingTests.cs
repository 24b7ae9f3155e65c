using Kryon.Compiler.Binding;
using Kryon.Diagnostics;
using Kryon.Values;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Binding;

public class VariableBindingTests
{
    private static Literal ValueOf(BoundApp app, string name) => Assert.Single(app.Variables, v => v.Name == name).Value;

    private static BoundElement FirstChild(BoundApp app) => app.Root!.Children[0];

    [Fact]
    public void Variables_resolve_through_other_variables_in_any_order()
    {
        var app = CheckClean("""
            @variables {
                double_gap: $gap * 2
                gap: $base
                base: 8
            }
            App { gap: $double_gap }
            """);
        Assert.Equal(new NumberLiteral(16, true), ValueOf(app, "double_gap"));
        Assert.Equal(new NumberLiteral(8, true), ValueOf(app, "gap"));
        Assert.Equal(16, Assert.IsType<IntValue>(app.Root!.Find("gap")!.Value).Value);
    }

    [Fact]
    public void Variables_declared_after_the_root_are_visible()
    {
        var app = CheckClean("App { window_title: $title }\n@variables { title: \"Later\" }");
        Assert.Equal("Later", Assert.IsType<StringValue>(app.Root!.Find("window_title")!.Value).Value);
    }

    [Fact]
    public void Variables_from_included_files_are_global()
    {
        var app = CheckClean("@include \"vars.kry\"\nApp { gap: $space }", ("vars.kry", "@variables { space: 12 }"));
        Assert.Equal(12, Assert.IsType<IntValue>(app.Root!.Find("gap")!.Value).Value);
    }

    [Fact]
    public void Later_definition_wins_with_a_warning()
    {
        var result = Check("@variables { size: 10 }\nApp { font_size: $size }\n@variables { size: 20 }");
        var d = Single(result, 1110);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("3:14", Where(d));
        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(20, Assert.IsType<IntValue>(Root(result).Find("font_size")!.Value).Value);
        Assert.Equal(new NumberLiteral(20, true), Assert.Single(result.App!.Variables).Value);
    }

    [Fact]
    public void Later_definition_in_an_included_file_wins_over_an_earlier_one()
    {
        var result = Check("@variables { c: 1 }\n@include \"more.kry\"\nApp { gap: $c }", ("more.kry", "@variables { c: 2 }"));
        Assert.Equal([1110], Codes(result));
        Assert.Equal(2, Assert.IsType<IntValue>(Root(result).Find("gap")!.Value).Value);
    }

    [Fact]
    public void String_interpolation_uses_the_textual_value()
    {
        var app = CheckClean("""
            @variables {
                name: "Ada"
                count: 3
                ratio: 0.5
                on: true
                greeting: "Hi ${name}, $count items ($ratio, $on) \$literal"
            }
            App { window_title: $greeting }
            """);
        Assert.Equal("Hi Ada, 3 items (0.5, true) $literal", Assert.IsType<StringValue>(app.Root!.Find("window_title")!.Value).Value);
    }

    [Fact]
    public void Interpolated_text_keeps_a_reactive_binding()
    {
        var app = CheckClean("@variables { count: 0 }\nApp {\n    Text { text: \"Count: $count\" }\n}");
        var text = FirstChild(app).Find("text")!;
        Assert.Equal("Count: 0", Assert.IsType<StringValue>(text.Value).Value);
        Assert.Equal("\"Count: $count\"", text.Binding);
    }

    [Fact]
    public void Literal_values_have_no_binding()
    {
        var app = CheckClean("App {\n    Text { text: \"plain\" }\n}");
        Assert.Null(FirstChild(app).Find("text")!.Binding);
    }

    [Fact]
    public void Properties_using_variables_keep_the_expression_as_binding()
    {
        var app = CheckClean("@variables { w: 100; dark: true }\nApp {\n    Container {\n        width: $w * 2\n        background_color: $dark ? \"#000\" : \"#fff\"\n        visibility: !$dark\n    }\n}");
        var c = FirstChild(app);
        Assert.Equal(Length.Px(200), Assert.IsType<LengthValue>(c.Find("width")!.Value).Value);
        Assert.Equal("$w * 2", c.Find("width")!.Binding);
        Assert.Equal(new Color(0, 0, 0, 255), Assert.IsType<ColorValue>(c.Find("background_color")!.Value).Value);
        Assert.Equal("$dark ? \"#000\" : \"#fff\"", c.Find("background_color")!.Binding);
        Assert.False(Assert.IsType<BoolValue>(c.Find("visibility")!.Value).Value);
        Assert.Equal("!$dark", c.Find("visibility")!.Binding);
    }

    [Fact]
    public void Style_properties_using_variables_are_constants()
    {
        var app = CheckClean("@variables { accent: \"#ff0000\" }\nstyle \"s\" { background_color: $accent }\nApp { style: \"s\" }");
        var p = Assert.Single(app.Styles[0].Properties);
        Assert.Equal(new Color(255, 0, 0, 255), Assert.IsType<ColorValue>(p.Value).Value);
        Assert.Null(p.Binding);
    }

    [Fact]
    public void Typed_variables_are_checked()
    {
        var app = CheckClean("@variables {\n    n: Int = 3\n    f: Float = 1.5\n    s: String = \"x\"\n    b: Bool = false\n    c: Color = \"#abc\"\n}\nApp {}");
        Assert.Equal(["Int", "Float", "String", "Bool", "Color"], app.Variables.Select(v => v.TypeName));
        Assert.Equal(new BoolLiteral(false), ValueOf(app, "b"));
    }

    [Theory]
    [InlineData("n: Int = 1.5")]
    [InlineData("n: Int = \"x\"")]
    [InlineData("n: Bool = 1")]
    [InlineData("n: Color = \"nope\"")]
    [InlineData("n: Float = true")]
    public void Typed_variable_with_a_wrong_value_is_1203(string declaration)
    {
        var result = Check("@variables {\n    " + declaration + "\n}\nApp {}");
        var d = Single(result, 1203);
        Assert.StartsWith("2:", Where(d));
        Assert.DoesNotContain(result.App!.Variables, v => v.Name == "n");
    }

    [Fact]
    public void Expressions_are_evaluated_at_compile_time()
    {
        var app = CheckClean("""
            @variables {
                a: 10
                b: 4
                sum: $a + $b
                diff: $a - $b
                quotient: $a / $b
                both: $a > 5 && $b < 5
                either: $a == 1 || $b != 4
                label: "n=" + $a
                pick: $a >= 10 ? "big" : "small"
                neg: -$b
            }
            App {}
            """);
        Assert.Equal(new NumberLiteral(14, true), ValueOf(app, "sum"));
        Assert.Equal(new NumberLiteral(6, true), ValueOf(app, "diff"));
        Assert.Equal(new NumberLiteral(2.5, false), ValueOf(app, "quotient"));
        Assert.Equal(new BoolLiteral(true), ValueOf(app, "both"));
        Assert.Equal(new BoolLiteral(false), ValueOf(app, "either"));
        Assert.Equal(new StringLiteral("n=10"), ValueOf(app, "label"));
        Assert.Equal(new StringLiteral("big"), ValueOf(app, "pick"));
        Assert.Equal(-4, Assert.IsType<NumberLiteral>(ValueOf(app, "neg")).Value);
    }

    [Fact]
    public void Variable_holding_a_handler_name_works_for_events()
    {
        var app = CheckClean("@variables { save_handler: \"handleSave\" }\n@script \"lua\" { function handleSave() end }\nApp {\n    Button { onClick: $save_handler }\n}");
        var ev = Assert.Single(FirstChild(app).Events);
        Assert.Equal("handleSave", ev.FunctionName);
        Assert.Equal("$save_handler", ev.Binding);
    }

    [Fact]
    public void Variable_value_is_type_checked_at_the_use_site()
    {
        var d = Single(Check("@variables { label: \"wide\" }\nApp {\n    width: $label\n}"), 1207);
        Assert.Equal("3:12", Where(d));
    }

    [Fact]
    public void Undefined_variable_in_a_variable_is_reported_once()
    {
        var result = Check("@variables {\n    a: $missing\n    b: $a\n}\nApp { gap: $b }");
        var d = Single(result, 1201);
        Assert.Equal("2:8", Where(d));
        Assert.Equal("Undefined variable: $missing", d.Message);
    }

    [Theory]
    [InlineData("visibility: $off && $missing", "2:27")]
    [InlineData("visibility: $on || $missing", "2:26")]
    [InlineData("opacity: $on ? 1 : $missing", "2:26")]
    [InlineData("opacity: $off ? $missing : 1", "2:23")]
    [InlineData("visibility: $on || ($off && \"x $missing\")", "2:38")]
    public void Undefined_variable_in_a_short_circuited_branch_is_still_1201(string property, string position)
    {
        // Bindings are re-evaluated when variables change, so the skipped branch can run later.
        var result = Check("@variables { on: true; off: false }\nApp { " + property + " }");
        var d = Single(result, 1201);
        Assert.Equal(position, Where(d));
        Assert.Equal("Undefined variable: $missing", d.Message);
    }

    [Fact]
    public void Guarded_computation_in_a_skipped_branch_raises_no_error()
    {
        var app = CheckClean("@variables { n: 0; total: 10 }\nApp { gap: $n != 0 ? $total / $n : 0 }");
        Assert.Equal(0, Assert.IsType<IntValue>(app.Root!.Find("gap")!.Value).Value);
        Assert.Equal("$n != 0 ? $total / $n : 0", app.Root.Find("gap")!.Binding);
    }
}

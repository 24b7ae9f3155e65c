using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;

namespace Kryon.Compiler.Tests.Properties;

/// <summary>Regression tests for the bugs the round-trip and robustness properties found (each fixed in src/Kryon.Compiler/Syntax).</summary>
public sealed class FoundByPropertiesTests
{
    private static (DocumentSyntax Document, DiagnosticBag Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        return (Parser.Parse("found.kry", text, bag), bag);
    }

    [Fact]
    public void A_script_header_without_a_body_does_not_swallow_the_next_script()
    {
        // The lexer's script-header state survived the line break, so the second @script directive
        // ended it instead of starting a new header, and its body was lexed as KRY.
        var (doc, bag) = Parse("@script \"lua\" from \"a.lua\"\n@script \"lua\" { x = 1 }\nApp { }\n");
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        var scripts = doc.Declarations.OfType<ScriptSyntax>().ToArray();
        Assert.Equal(2, scripts.Length);
        Assert.Null(scripts[0].Code);
        Assert.Equal(" x = 1 ", scripts[1].Code?.RawText);
    }

    [Theory]
    [InlineData("style \"s\" {\n    width: 1\n}\n")]
    [InlineData("Define Card {\n    Container { }\n}\n")]
    [InlineData("App {\n    width: 1\n}\n")]
    public void A_script_header_without_a_body_ends_at_its_line(string next)
    {
        // `style "s" {` looks like a script attribute (`name "value"`) followed by a body.
        var (doc, bag) = Parse("@script \"lua\" mode=\"embed\" from \"a.lua\"\n" + next);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        Assert.Equal(2, doc.Declarations.Count);
    }

    [Fact]
    public void A_script_body_may_still_open_on_the_next_line()
    {
        // Unchanged behaviour: the brace on the following line is captured as the script's code
        // (the parser then reports it), rather than being lexed as KRY.
        var (_, bag) = Parse("@script \"lua\"\n{ if x then print('}') end }\nApp { }\n");
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCodes.InvalidCharacter.Code);
    }

    [Fact]
    public void A_true_branch_ending_in_words_is_printed_in_parentheses()
    {
        // `$a ? row center : column` does not parse back: `center :` reads as the next property.
        var (doc, _) = Parse("App {\n    layout: $wide ? (row center) : column\n}\n");
        var printed = SyntaxPrinter.Print(doc);
        Assert.Contains("$wide ? (row center) : column", printed);
        var (again, bag) = Parse(printed);
        Assert.False(bag.HasErrors);
        Assert.Null(SyntaxEquivalence.Difference(doc, again));
    }

    [Theory]
    [InlineData("0.00001", "0.00001")]
    [InlineData("-0.000000000000000000123", "-0.000000000000000000123")]
    [InlineData("12345678901234567890.5", "12345678901234567000.0")]
    [InlineData("0.00001px", "0.00001px")]
    [InlineData("100000000000000000000.0%", "100000000000000000000.0%")]
    public void Numbers_print_without_an_exponent(string written, string printed)
    {
        // KRY has no exponent syntax; the shortest round-trip form `1E-05` did not parse back.
        var (doc, bag) = Parse("App {\n    v: " + written + "\n}\n");
        Assert.False(bag.HasErrors);
        var text = SyntaxPrinter.Print(doc);
        Assert.Contains("v: " + printed + "\n", text);
        var (again, bag2) = Parse(text);
        Assert.False(bag2.HasErrors, string.Join("\n", bag2.Items));
        Assert.Null(SyntaxEquivalence.Difference(doc, again));
    }

    [Theory]
    [InlineData("")]
    [InlineData("px")]
    public void A_float_too_large_to_be_finite_is_an_invalid_number(string unit)
    {
        // Was read as +Infinity without a diagnostic (the lexer range-checked integers only).
        var (_, bag) = Parse("App {\n    v: 1" + new string('0', 400) + ".5" + unit + "\n}\n");
        var d = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.InvalidNumberFormat.Code, d.Code);
    }

    [Theory]
    [InlineData("App {\n    Container {\n        height: \" \"\n    }\n}\n")]
    [InlineData("style \"c\" {\n    width: \"   \"\n}\n")]
    public void A_blank_string_for_a_length_is_a_diagnostic_not_a_crash(string text)
    {
        // Found by Mutated_valid_documents_never_break_the_front_end: IndexOutOfRangeException from KryCompiler.CheckText.
        var result = KryCompiler.CheckText("found.kry", text, new InMemorySourceProvider());
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidPropertyValue.Code);
    }

    [Fact]
    public void Deeply_nested_conditionals_are_reported_instead_of_overflowing_the_stack()
    {
        string text = "App {\n    v: " + string.Concat(Enumerable.Repeat("$a ? 1 : ", 100_000)) + "0\n}\n";
        var (_, bag) = Parse(text);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.UnexpectedToken.Code && d.Message.Contains("nested"));
    }
}

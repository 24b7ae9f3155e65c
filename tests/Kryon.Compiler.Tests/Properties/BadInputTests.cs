using System.Diagnostics;
using System.Text;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler.Tests.Properties;

/// <summary>
/// Hostile inputs: huge, deep or unterminated. Each must end in diagnostics (never an exception or
/// a hang) within a generous time bound, with a bounded diagnostic list. The tests call the parser
/// directly on the test thread (no big-stack helper thread), so unbounded recursion would crash
/// the test run rather than pass.
/// </summary>
public sealed class BadInputTests
{
    private const string Path = "bad.kry";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    /// <summary>Parse + bind: the binder runs at roughly 10 MB/s alone, far slower on a loaded 2-core machine running tests in parallel.</summary>
    private static readonly TimeSpan CheckLimit = TimeSpan.FromSeconds(30);

    private static DiagnosticBag Parse(string text, out DocumentSyntax document)
    {
        var bag = new DiagnosticBag();
        var sw = Stopwatch.StartNew();
        document = Parser.Parse(Path, text, bag);
        sw.Stop();
        Assert.True(sw.Elapsed < Limit, $"parsing took {sw.Elapsed.TotalSeconds:F1} s");
        RobustnessProperties.CheckDiagnostics(bag.Items, document.File, "parse");
        return bag;
    }

    private static DiagnosticBag Parse(string text) => Parse(text, out _);

    private static CompilationResult Check(string text)
    {
        var sw = Stopwatch.StartNew();
        var result = KryCompiler.CheckText(Path, text, new InMemorySourceProvider());
        sw.Stop();
        Assert.True(sw.Elapsed < CheckLimit, $"checking took {sw.Elapsed.TotalSeconds:F1} s");
        RobustnessProperties.CheckDiagnostics(result.Diagnostics, result.Syntax!.File, "check");
        return result;
    }

    private static void HasCode(IEnumerable<Diagnostic> diagnostics, DiagnosticDescriptor code)
        => Assert.True(diagnostics.Any(d => d.Code == code.Code), $"expected a {code.Code} {code.Name}; got {string.Join(", ", diagnostics.Select(d => d.Code).Distinct())}");

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    // ---- size -----------------------------------------------------------------------------------

    [Fact]
    public void Ten_megabytes_of_binary_garbage()
    {
        var bytes = new byte[10 * 1024 * 1024];
        new Random(1234).NextBytes(bytes);
        var bag = Parse(Encoding.Latin1.GetString(bytes));
        Assert.True(bag.HasErrors);
        Assert.Equal(DiagnosticBag.DefaultLimit + 1, bag.Items.Count);
        Assert.Equal(DiagnosticCodes.TooManyDiagnostics.Code, bag.Items[^1].Code);

        // The same bytes as UTF-8 (lots of U+FFFD) through the whole front end.
        var result = Check(Encoding.UTF8.GetString(bytes));
        Assert.False(result.Success);
        Assert.True(result.Diagnostics.Count <= DiagnosticBag.DefaultLimit + 1);
    }

    [Fact]
    public void Ten_megabytes_of_valid_ish_source()
    {
        var sb = new StringBuilder("@variables {\n    gap: 4\n}\nApp {\n    window_title: \"big\"\n");
        int i = 0;
        while (sb.Length < 10 * 1024 * 1024)
        {
            sb.Append("    Container {\n        id: \"c").Append(i).Append("\"\n        padding: $gap\n        layout: row center\n");
            sb.Append("        Text { text: \"Item ").Append(i).Append("\"; text_color: #333 }\n");
            // Every 1000th block has a mistake, so the file is only valid-ish.
            if (i % 1000 == 999) sb.Append("        width 10\n");
            sb.Append("        Button { text: \"Go\"; onClick: go }\n    }\n");
            i++;
        }
        sb.Append("}\n@script \"lua\" {\nfunction go() end\n}\n");
        string text = sb.ToString();

        var bag = Parse(text, out var doc);
        Assert.All(bag.Items, d => Assert.Equal(DiagnosticCodes.MissingColon.Code, d.Code));
        Assert.Equal(i / 1000, bag.ErrorCount);
        Assert.Equal(i, Assert.IsType<ElementSyntax>(doc.Declarations[1]).Items.OfType<ChildElementSyntax>().Count());

        var result = Check(text);
        Assert.False(result.Success);
        Assert.True(result.Diagnostics.Count <= DiagnosticBag.DefaultLimit + 1);
    }

    [Fact]
    public void A_single_line_of_one_megabyte()
    {
        const int Mega = 1024 * 1024;
        // One long string value: parses, and the binder reports it as too long for KRB (1503).
        var longString = "App { Text { text: \"" + new string('x', Mega) + "\" } }";
        Assert.False(Parse(longString).HasErrors);
        HasCode(Check(longString).Diagnostics, DiagnosticCodes.PropertySizeOverflow);

        // Many properties on one line, separated by ';'.
        var manyProps = "App { " + Repeat("width: 10; ", Mega / 11) + "}";
        Assert.False(Parse(manyProps).HasErrors);
        Check(manyProps);

        // Many properties on one line without separators: one 1105 each, capped.
        var missingSeparators = "App { " + Repeat("width: 10 ", Mega / 10) + "}";
        var bag = Parse(missingSeparators);
        HasCode(bag.Items, DiagnosticCodes.MissingSemicolon);
        Assert.Equal(DiagnosticBag.DefaultLimit + 1, bag.Items.Count);

        // A one-megabyte identifier, number and comment.
        HasCode(Parse("App { " + new string('a', Mega) + ": 1 }").Items, DiagnosticCodes.IdentifierTooLong);
        HasCode(Parse("App { width: " + new string('9', Mega) + " }").Items, DiagnosticCodes.InvalidNumberFormat);
        Assert.False(Parse("App { }  # " + new string('#', Mega)).HasErrors);
        // A megabyte of word sequence: one value with a million items.
        Assert.False(Parse("App { layout: " + Repeat("row ", Mega / 4) + "}").HasErrors);
    }

    [Fact]
    public void A_hundred_thousand_closing_braces()
    {
        var bag = Parse(new string('}', 100_000));
        Assert.Equal(DiagnosticBag.DefaultLimit + 1, bag.Items.Count);
        Assert.Equal(DiagnosticCodes.UnexpectedToken.Code, bag.Items[0].Code);
        Assert.Equal(DiagnosticCodes.TooManyDiagnostics.Code, bag.Items[^1].Code);
        Assert.Equal(100_000 + 1, bag.ErrorCount);

        var result = Check("App { }\n" + new string('}', 100_000));
        Assert.Equal(DiagnosticBag.DefaultLimit + 1, result.Diagnostics.Count);
    }

    // ---- depth ----------------------------------------------------------------------------------

    [Fact]
    public void Ten_thousand_nested_elements_with_closing_braces()
    {
        string text = "App {\n" + Repeat("Container {\n", 10_000) + new string('}', 10_000) + "\n}\n";
        var bag = Parse(text);
        HasCode(bag.Items, DiagnosticCodes.ElementTreeTooDeep);
        Assert.Single(bag.Items); // reported once, and the braces balance
        var result = Check(text);
        HasCode(result.Diagnostics, DiagnosticCodes.ElementTreeTooDeep);
    }

    [Fact]
    public void Ten_thousand_nested_elements_without_closing_braces()
    {
        string text = "App {\n" + Repeat("Container {\n", 10_000);
        var bag = Parse(text);
        HasCode(bag.Items, DiagnosticCodes.ElementTreeTooDeep);
        HasCode(bag.Items, DiagnosticCodes.MissingRightBrace);
        Check(text);
    }

    [Fact]
    public void Ten_thousand_nested_blocks_of_other_kinds()
    {
        // The mixed form, styles in elements, and state blocks in elements nest like elements.
        // The mixed form's child block nests like an element body.
        HasCode(Parse("App {\n" + Repeat("Container { } {\n", 10_000)).Items, DiagnosticCodes.ElementTreeTooDeep);
        // Styles and state blocks cannot hold elements; the rest of the file is skipped as one block.
        Check("App {\n" + Repeat("Container { style \"s\" {\n", 10_000));
        Check("App {\n" + Repeat("Container { &:hover {\n", 10_000));
        var text = Repeat("Define C {\n", 10_000);
        Parse(text);
        Check(text);
        text = Repeat("@variables {\n", 10_000);
        Parse(text);
        Check(text);
        text = new string('{', 10_000) + new string('}', 10_000);
        Parse(text);
        Check(text);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("!", "")]
    [InlineData("- ", "")]
    [InlineData("(!", ")")]
    [InlineData("[- ", "]")]
    public void Ten_thousand_nested_parentheses_or_arrays_in_a_value(string open, string close)
    {
        foreach (bool closed in new[] { true, false })
        {
            string text = "App {\n    v: " + Repeat(open, 10_000) + "1" + (closed ? Repeat(close, 10_000) : "") + "\n    width: 10\n}\n";
            var bag = Parse(text);
            Assert.True(bag.HasErrors);
            Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.UnexpectedToken.Code && d.Message.Contains("nested"));
            Check(text);
        }
    }

    [Theory]
    [InlineData("a ? ", " : c")]        // conditionals nested in the true branch
    [InlineData("a ? b : ", "")]        // an else-if chain: conditionals nested in the false branch
    [InlineData("(a ? b : ", ")")]
    [InlineData("1 + (", ")")]
    [InlineData("1 * - (", ")")]
    public void Two_hundred_thousand_nested_expressions_in_a_value(string prefix, string suffix)
    {
        // A 1-2 MB line. Conditionals recurse through both branches; before the nesting limit
        // covered them, 100,000 levels overflowed the stack (a crash, not a diagnostic).
        string text = "App {\n    v: " + Repeat(prefix, 200_000) + "x" + Repeat(suffix, 200_000) + "\n}\n";
        var bag = Parse(text);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.UnexpectedToken.Code && d.Message.Contains("nested"));
        Check(text);
    }

    [Fact]
    public void Long_else_if_chains_within_the_nesting_limit_parse_without_errors()
    {
        string text = "App {\n    v: " + Repeat("$a ? 1 : ", 60) + "0\n}\n";
        Assert.False(Parse(text).HasErrors);
    }

    // ---- unterminated at end of file --------------------------------------------------------------

    [Theory]
    [InlineData("App { text: \"abc", 1002)]
    [InlineData("App { text: \"abc\\", 1002)]
    [InlineData("App { text: \"${x", 1002)]
    [InlineData("App { }\n/* comment", 1002)]
    [InlineData("App { /* comment }", 1002)]
    [InlineData("App { }\n@script \"lua\" { print(1)", 1103)]
    [InlineData("App { }\n@script \"lua\" { x = \"}\" ", 1103)]
    [InlineData("App { }\n@script \"python\" { \"\"\" } ", 1103)]
    [InlineData("App { }\n@function \"lua\" f(a) { return a", 1103)]
    [InlineData("App { Container {", 1103)]
    [InlineData("App {\n    Container {\n        Text {", 1103)]
    [InlineData("App { Container { } {", 1103)]
    [InlineData("App { &:hover {", 1103)]
    [InlineData("style \"s\" {", 1103)]
    [InlineData("@variables {", 1103)]
    [InlineData("Define C {\n    Properties {", 1103)]
    [InlineData("App { v: [1, 2", 1101)]
    [InlineData("App { v: (1 + 2", 1101)]
    [InlineData("App { v: $a ?", 1101)]
    [InlineData("App { v:", 1101)]
    [InlineData("App { v", 1104)]
    [InlineData("App { &:", 1101)]
    [InlineData("App { v: #12345", 1004)]
    [InlineData("App { v: 1.", 1003)]
    [InlineData("App { v: $", 1001)]
    [InlineData("@", 1001)]
    [InlineData("Define C { Properties { p: Enum(a, b", 1101)]
    public void Unterminated_constructs_at_end_of_file(string text, int code)
    {
        var bag = Parse(text);
        Assert.True(bag.Items.Any(d => d.Code == code), $"expected {code}; got {string.Join(", ", bag.Items.Select(d => d.ToString()))}");
        Check(text);
    }
}

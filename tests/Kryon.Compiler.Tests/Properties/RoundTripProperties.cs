using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace Kryon.Compiler.Tests.Properties;

/// <summary>
/// print → parse gives back the same tree, with no errors; printing is idempotent. The trees come
/// from <see cref="SyntaxGenerators"/> (valid KRY, KRY.md §1–2).
/// </summary>
public sealed class RoundTripProperties
{
    /// <summary>400 by default; set KRYON_PROPERTY_CASES for a longer soak run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("KRYON_PROPERTY_CASES"), out var n) ? n : 400;

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Cases);

    private static (DocumentSyntax Document, DiagnosticBag Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        return (Parser.Parse("roundtrip.kry", text, bag), bag);
    }

    private static string Errors(DiagnosticBag bag, string text)
    {
        var file = new Kryon.Text.SourceFile("roundtrip.kry", text);
        return string.Join("\n", bag.Items.Select(d => $"{d}  «{(d.Location is { } l ? file.GetLineText(l.Start.Line) : "")}»"));
    }

    [Fact]
    public void Printed_tree_parses_back_without_errors_to_an_equivalent_tree()
    {
        var prop = Prop.ForAll(SyntaxGenerators.Documents, generated =>
        {
            var (parsed, bag) = Parse(generated.Text);
            if (bag.HasErrors) throw new Xunit.Sdk.XunitException("errors when reparsing:\n" + Errors(bag, generated.Text));
            var difference = SyntaxEquivalence.Difference(generated.Syntax, parsed);
            if (difference is not null) throw new Xunit.Sdk.XunitException("reparsed tree differs " + difference);
            return true;
        });
        Check.One(Config, prop);
    }

    [Fact]
    public void Printing_is_idempotent()
    {
        var prop = Prop.ForAll(SyntaxGenerators.Documents, generated =>
        {
            var (parsed, _) = Parse(generated.Text);
            var again = SyntaxPrinter.Print(parsed);
            if (again != generated.Text)
                throw new Xunit.Sdk.XunitException($"print(parse(print(t))) != print(t):\n--- first\n{generated.Text}\n--- second\n{again}");
            return true;
        });
        Check.One(Config, prop);
    }

    [Fact]
    public void Printed_values_parse_back_as_one_equivalent_value()
    {
        // Deeper expressions than the documents use, one property each.
        var values = Arb.From(SyntaxGenerators.Value(4, true));
        var prop = Prop.ForAll(values, value =>
        {
            string text = "App {\n    v: " + SyntaxPrinter.PrintValue(value) + "\n}\n";
            var (parsed, bag) = Parse(text);
            if (bag.HasErrors) throw new Xunit.Sdk.XunitException($"errors when reparsing {text}:\n" + Errors(bag, text));
            var app = Assert.IsType<ElementSyntax>(Assert.Single(parsed.Declarations));
            var property = Assert.IsType<PropertySyntax>(Assert.Single(app.Items));
            var difference = SyntaxEquivalence.Difference(value, property.Value);
            if (difference is not null) throw new Xunit.Sdk.XunitException($"{text}reparsed value differs {difference}");
            return true;
        });
        Check.One(Config, prop);
    }

    [Fact]
    public void The_generator_covers_every_kind_of_node()
    {
        // Guards the generator itself: a sample of documents must contain each node kind at least once.
        var seen = new HashSet<string>();
        foreach (var doc in SyntaxGenerators.Document.Sample(60, 40)) SyntaxWalker.Collect(doc, seen);
        string[] expected =
        [
            nameof(IncludeSyntax), nameof(VariablesBlockSyntax), "TypedVariable", nameof(StyleSyntax), "extends", nameof(DefineSyntax),
            nameof(PropertiesBlockSyntax), "EnumHint", nameof(ScriptSyntax), nameof(ScriptCodeSyntax), nameof(ScriptAttributeSyntax), nameof(FunctionSyntax),
            nameof(ElementSyntax), "ChildBlock", nameof(ChildElementSyntax), nameof(PseudoBlockSyntax), nameof(InlineStyleSyntax),
            nameof(StringLiteralSyntax), "Interpolation", "Escape", nameof(NumberLiteralSyntax), "Float", "Dimension", "Percent",
            nameof(ColorLiteralSyntax), nameof(BoolLiteralSyntax), nameof(VariableReferenceSyntax), nameof(WordSyntax), "HyphenWord",
            nameof(SequenceSyntax), nameof(ArraySyntax), nameof(CallSyntax), nameof(UnaryExpressionSyntax), nameof(BinaryExpressionSyntax),
            nameof(ConditionalExpressionSyntax), nameof(ParenthesizedSyntax),
        ];
        var missing = expected.Where(e => !seen.Contains(e)).ToArray();
        Assert.True(missing.Length == 0, "never generated: " + string.Join(", ", missing));
    }
}

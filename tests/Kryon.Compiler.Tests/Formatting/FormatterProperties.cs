using Kryon.Compiler.Formatting;
using Kryon.Compiler.Syntax;
using Kryon.Compiler.Tests.Properties;
using Kryon.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace Kryon.Compiler.Tests.Formatting;

/// <summary>
/// The formatter's laws on random valid documents with random comments and whitespace
/// (<see cref="MessySource"/>): format(format(x)) == format(x), parse(format(x)) is the same tree
/// as parse(x), every comment survives in order, and canonical text is left as it is.
/// </summary>
[Collection(FormatterPropertiesCollection.Name)]
public sealed class FormatterProperties
{
    /// <summary>200 by default; set KRYON_PROPERTY_CASES for a longer soak run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("KRYON_PROPERTY_CASES"), out var n) ? n : 200;

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Cases);

    private static DocumentSyntax ParseClean(string text, string what)
    {
        var bag = new DiagnosticBag();
        var document = Parser.Parse("messy.kry", text, bag);
        if (bag.HasErrors) throw new Xunit.Sdk.XunitException($"{what} has errors:\n{string.Join("\n", bag.Items)}\n--- text\n{text}");
        return document;
    }

    private static string Formatted(string text)
    {
        var result = KryFormatter.Format(text, "messy.kry");
        return result.Text ?? throw new Xunit.Sdk.XunitException("not formatted:\n" + string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void The_messy_documents_parse_to_the_generated_tree()
    {
        // Guards the generator: dressing the text up must not change what it means.
        Check.One(Config, Prop.ForAll(MessySource.Documents, messy =>
        {
            var difference = SyntaxEquivalence.Difference(messy.Syntax, ParseClean(messy.Text, "the messy text"));
            if (difference is not null) throw new Xunit.Sdk.XunitException("the messy text parses to another tree " + difference);
        }));
    }

    [Fact]
    public void Formatting_is_idempotent()
    {
        Check.One(Config, Prop.ForAll(MessySource.Documents, messy =>
        {
            var once = Formatted(messy.Text);
            var twice = Formatted(once);
            if (twice != once) throw new Xunit.Sdk.XunitException($"format(format(x)) != format(x):\n--- once\n{once}\n--- twice\n{twice}");
        }));
    }

    [Fact]
    public void Formatting_keeps_the_syntax_tree_and_every_comment()
    {
        Check.One(Config, Prop.ForAll(MessySource.Documents, messy =>
        {
            var formatted = Formatted(messy.Text);
            var before = ParseClean(messy.Text, "the messy text");
            var after = ParseClean(formatted, "the formatted text");
            var difference = SyntaxEquivalence.Difference(before, after);
            if (difference is not null) throw new Xunit.Sdk.XunitException($"formatting changed the tree {difference}\n--- formatted\n{formatted}");
            Assert.Equal(CommentTexts.Of(before), CommentTexts.Of(after));
        }));
    }

    [Fact]
    public void Canonical_text_is_left_as_it_is()
    {
        Check.One(Config, Prop.ForAll(SyntaxGenerators.Documents, generated =>
        {
            var formatted = Formatted(generated.Text);
            if (formatted != generated.Text) throw new Xunit.Sdk.XunitException($"canonical text was changed:\n--- canonical\n{generated.Text}\n--- formatted\n{formatted}");
        }));
    }
}

/// <summary>
/// The formatter properties keep both cores busy for a while; run on their own after the parallel
/// tests, they do not slow down the time-bounded ones (BadInputTests) running beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FormatterPropertiesCollection
{
    public const string Name = "Formatter properties";
}

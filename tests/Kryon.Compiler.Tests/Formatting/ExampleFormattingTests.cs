using Kryon.Compiler.Formatting;
using Kryon.Compiler.Syntax;
using Kryon.Compiler.Tests.Properties;
using Kryon.Diagnostics;

namespace Kryon.Compiler.Tests.Formatting;

/// <summary>Every .kry file under examples/ formats idempotently, to the same syntax tree, with every comment kept.</summary>
public sealed class ExampleFormattingTests
{
    private static string ExamplesFolder => Path.Combine(Kryon.Testing.RepositoryPaths.Root, "examples");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ExamplesFolder, "*.kry", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(ExamplesFolder, file));
        return data;
    }

    [Fact]
    public void There_are_examples_to_format()
    {
        Assert.True(Examples().Count >= 10);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_formats_idempotently_to_the_same_tree_and_comments(string example)
    {
        var path = Path.Combine(ExamplesFolder, example);
        var source = File.ReadAllText(path);
        var once = KryFormatter.Format(source, path);
        Assert.True(once.Text is not null, string.Join("\n", once.Diagnostics));
        Assert.Equal(once.Text, KryFormatter.Format(once.Text!, path).Text);

        var before = Parse(source);
        var after = Parse(once.Text!);
        Assert.Null(SyntaxEquivalence.Difference(before, after));
        Assert.Equal(CommentTexts.Of(before), CommentTexts.Of(after));
    }

    private static DocumentSyntax Parse(string text)
    {
        var bag = new DiagnosticBag();
        var document = Parser.Parse("example.kry", text, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return document;
    }
}

using FsCheck;
using FsCheck.Fluent;
using Kryon.Cli.Generate;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kryon.Cli.Tests.Generate;

/// <summary>
/// Whatever a KRY name or id contains, the generated C# spells it safely: a string literal that
/// Roslyn reads back as the same text, and an identifier that is valid and not a keyword.
/// </summary>
public sealed class CSharpNamesProperties
{
    private static readonly Gen<string> AnyText = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        Gen.ArrayOf(Gen.Elements("a", "Z", "_", "-", "1", " ", "\"", "\\", "\n", "\t", "\0", "é", "漢", "🎉", "{", "$", "class", "on")).Select(string.Concat));

    [Fact]
    public void Quote_is_a_csharp_literal_of_the_same_text()
    {
        var property = Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            var literal = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(CSharpNames.Quote(text)));
            Assert.Empty(literal.GetDiagnostics());
            Assert.Equal(text, literal.Token.ValueText);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }

    [Fact]
    public void Pascal_gives_a_valid_identifier_that_is_no_keyword()
    {
        var property = Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            string name = CSharpNames.Pascal(text, "Fallback");
            Assert.True(SyntaxFacts.IsValidIdentifier(name), $"'{name}' from '{text}'");
            Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
            Assert.True(CSharpNames.IsIdentifier(name), name);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }

    [Theory]
    [InlineData("count", "Count")]
    [InlineData("step_size", "StepSize")]
    [InlineData("onClick", "OnClick")]
    [InlineData("my-id", "MyId")]
    [InlineData("1st", "_1st")]
    [InlineData("__", "Fallback")]
    [InlineData("é", "Fallback")]
    public void Pascal_examples(string name, string expected) => Assert.Equal(expected, CSharpNames.Pascal(name, "Fallback"));

    [Theory]
    [InlineData("Counter", true)]
    [InlineData("_x1", true)]
    [InlineData("class", false)]
    [InlineData("1x", false)]
    [InlineData("a-b", false)]
    [InlineData("", false)]
    public void IsIdentifier_examples(string name, bool expected) => Assert.Equal(expected, CSharpNames.IsIdentifier(name));
}

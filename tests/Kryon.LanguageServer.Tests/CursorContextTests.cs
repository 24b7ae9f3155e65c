using Kryon.LanguageServer.Analysis;

namespace Kryon.LanguageServer.Tests;

/// <summary>What the cursor is in, on text as it looks mid-edit (`|` marks the cursor).</summary>
public sealed class CursorContextTests
{
    private static CursorContext At(string text)
    {
        int at = text.IndexOf('|');
        return CursorContext.Find(text.Remove(at, 1), at);
    }

    [Fact]
    public void Right_after_the_colon_is_the_value_of_that_property()
    {
        var context = At("App {\n    Text { text_alignment:| }\n}\n");
        Assert.Equal(CursorPosition.PropertyValue, context.Position);
        Assert.Equal("text_alignment", context.PropertyName);
        Assert.Equal("Text", context.Element);
    }

    [Fact]
    public void The_second_block_of_the_mixed_form_belongs_to_the_same_element()
    {
        var context = At("App {\n    Container { layout: row } {\n        |\n    }\n}\n");
        Assert.Equal(CursorPosition.ElementBody, context.Position);
        Assert.Equal("Container", context.Element);
    }

    [Fact]
    public void A_pseudo_block_lists_the_properties_of_its_element_or_style()
    {
        var inElement = At("App {\n    Button { &:hover { | } }\n}\n");
        Assert.Equal(CursorPosition.ElementBody, inElement.Position);
        Assert.True(inElement.InPseudoBlock);
        Assert.Equal("Button", inElement.Element);

        var inStyle = At("style \"b\" {\n    &:hover {\n        |\n    }\n}\n");
        Assert.Equal(CursorPosition.StyleBody, inStyle.Position);
    }

    [Fact]
    public void Declaration_blocks_are_told_apart()
    {
        Assert.Equal(CursorPosition.VariablesBlock, At("@variables {\n    |\n}\n").Position);
        Assert.Equal(CursorPosition.VariableValue, At("@variables {\n    x: |\n}\n").Position);
        Assert.Equal(CursorPosition.DefineBody, At("Define Card {\n    |\n}\n").Position);
        Assert.Equal(CursorPosition.PropertiesBlock, At("Define Card {\n    Properties {\n        |\n    }\n}\n").Position);
        Assert.Equal(CursorPosition.TypeHint, At("Define Card {\n    Properties {\n        title: |\n    }\n}\n").Position);
        Assert.Equal("Card", At("Define Card {\n    Container { text: $| }\n}\n").DefineName);
    }

    [Fact]
    public void After_a_closed_block_the_cursor_is_back_at_the_outer_level()
    {
        Assert.Equal(CursorPosition.TopLevel, At("style \"a\" { padding: 1 }\n|").Position);
        var context = At("App {\n    Text { text: \"x\" }\n    |\n}\n");
        Assert.Equal(CursorPosition.ElementBody, context.Position);
        Assert.Equal("App", context.Element);
    }

    [Fact]
    public void Strings_and_variables()
    {
        var style = At("App { Container { style: \"ca|\" } }");
        Assert.Equal(CursorPosition.StringValue, style.Position);
        Assert.Equal("style", style.PropertyName);
        Assert.Equal(CursorPosition.VariableReference, At("App { Text { text: \"Hi $na|\" } }").Position);
        Assert.Equal(CursorPosition.VariableReference, At("App { Text { text: $| } }").Position);
        Assert.Equal(CursorPosition.VariableReference, At("App { Text { text: $na| } }").Position);
    }
}

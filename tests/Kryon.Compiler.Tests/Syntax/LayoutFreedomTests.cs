using Kryon.Compiler.Syntax;

namespace Kryon.Compiler.Tests.Syntax;

/// <summary>Brace placement and declaration order are the writer's choice; the result must be the same tree.</summary>
public class LayoutFreedomTests
{
    [Fact]
    public void Element_braces_may_open_on_the_next_line()
    {
        var doc = FrontEnd.ParseClean("App\n{\n    Container\n    {\n        Text { text: \"hi\" }\n    }\n}\n");
        var app = Assert.IsType<ElementSyntax>(Assert.Single(doc.Declarations));
        var container = Assert.IsType<ChildElementSyntax>(Assert.Single(app.Items)).Element;
        Assert.Equal("Container", container.Name.Text);
        Assert.IsType<ChildElementSyntax>(Assert.Single(container.Items));
    }

    [Fact]
    public void A_lowercase_name_before_a_brace_on_the_next_line_is_still_a_missing_colon()
    {
        var (_, bag) = FrontEnd.Parse("App {\n    padding\n    {\n    }\n}\n");
        Assert.Contains(bag.Items, d => d.Code == 1104);
    }
}

using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Binding;

/// <summary>
/// max_width/max_height are custom properties under their KRY names (docs/KRB-extensions.md §3), so
/// MaxWidth 0x13 / MaxHeight 0x14 carry only width/height (KRB.md §6.4) and an element, style or
/// state set may set both a size and its maximum: the old 1209 conflict is gone.
/// </summary>
public class MaxSizeEncodingTests
{
    private const byte MaxWidthId = 0x13, MaxHeightId = 0x14;

    private static KrbDocument CompileClean(string source)
    {
        var app = CheckClean(source);
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(app, bag);
        Assert.True(bytes is not null && bag.Items.Count == 0, "writer: " + Describe(bag.Items));
        return KrbReader.Read(bytes!);
    }

    private static string? Standard(KrbDocument d, IEnumerable<KrbProperty> properties, byte id)
        => properties.Where(p => p.Id == id).Select(p => KrbValueText.Standard(d, p)).Cast<string?>().SingleOrDefault();

    private static string? Custom(KrbDocument d, KrbElement e, string key) => e.FindCustom(key) is { } v ? KrbValueText.Generic(d, v) : null;

    [Fact]
    public void A_percentage_width_and_a_max_width_on_one_element_compile_and_round_trip()
    {
        var d = CompileClean("App {\n    Container {\n        width: 50%\n        max_width: 100\n        height: 25%\n        max_height: 40%\n    }\n}");
        var c = d.Root.Children[0];
        Assert.Equal("50%", Standard(d, c.Properties, MaxWidthId));
        Assert.Equal("25%", Standard(d, c.Properties, MaxHeightId));
        Assert.Equal("100px", Custom(d, c, "max_width"));
        Assert.Equal("40%", Custom(d, c, "max_height"));
    }

    [Fact]
    public void A_max_width_alone_is_a_custom_property_and_never_takes_the_width_slot()
    {
        var d = CompileClean("App {\n    Text { text: \"hi\"; max_width: 300; max_height: 20 }\n}");
        var t = d.Root.Children[0];
        Assert.Equal(0, t.Width);
        Assert.Null(Standard(d, t.Properties, MaxWidthId));
        Assert.Null(Standard(d, t.Properties, MaxHeightId));
        Assert.Equal("300px", Custom(d, t, "max_width"));
        Assert.Equal("20px", Custom(d, t, "max_height"));
    }

    [Fact]
    public void A_style_with_width_and_max_width_keeps_the_width_and_flattens_the_maximum_onto_its_elements()
    {
        var d = CompileClean("style \"s\" { width: 10; max_width: 20; height: 30; max_height: 40 }\nApp {\n    Container { style: \"s\" }\n    Container { style: \"s\"; max_width: 5 }\n}");
        var style = Assert.Single(d.Styles);
        Assert.Equal("10", Standard(d, style.Properties, MaxWidthId));
        Assert.Equal("30", Standard(d, style.Properties, MaxHeightId));
        Assert.Equal(2, style.Properties.Count);
        var (first, second) = (d.Root.Children[0], d.Root.Children[1]);
        Assert.Equal("20px", Custom(d, first, "max_width"));
        Assert.Equal("40px", Custom(d, first, "max_height"));
        Assert.Equal("5px", Custom(d, second, "max_width")); // the element's own value, not the style's
        Assert.Single(second.CustomProperties, p => p.Key == "max_width");
    }

    [Fact]
    public void A_state_set_with_width_and_max_width_keeps_the_width_and_stores_the_maximum_as_a_state_key()
    {
        var d = CompileClean("App {\n    Container {\n        &:hover { width: 10; max_width: 20% }\n    }\n}");
        var c = d.Root.Children[0];
        var set = Assert.Single(c.StateSets);
        Assert.Equal("10", Standard(d, set.Properties, MaxWidthId));
        Assert.Single(set.Properties);
        Assert.Equal("20%", Custom(d, c, "state:hover:max_width"));
    }
}

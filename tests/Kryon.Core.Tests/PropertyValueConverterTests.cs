using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Core.Tests;

public class PropertyValueConverterTests
{
    private static PropertyValue Ok(string property, Literal literal)
    {
        var r = PropertyValueConverter.Convert(PropertyRegistry.Get(property), literal);
        Assert.True(r.Succeeded, $"{property} rejected {literal.Describe()}: {r.Message}");
        Assert.Null(r.Error);
        return r.Value!;
    }

    private static ConversionResult Fail(string property, Literal literal, int code)
    {
        var r = PropertyValueConverter.Convert(PropertyRegistry.Get(property), literal);
        Assert.False(r.Succeeded, $"{property} accepted {literal.Describe()}");
        Assert.Null(r.Value);
        Assert.Equal(code, r.Error!.Code);
        Assert.False(string.IsNullOrEmpty(r.Message));
        return r;
    }

    private static StringLiteral S(string s) => new(s);
    private static WordLiteral W(string w) => new(w);
    private static NumberLiteral N(double v, string unit = "") => new(v, v == Math.Floor(v), unit);

    // ---- String ------------------------------------------------------------------------------------

    [Fact]
    public void String_accepts_strings_words_numbers_and_bools()
    {
        Assert.Equal(new StringValue("hi"), Ok("text", S("hi")));
        Assert.Equal(new StringValue("hi"), Ok("text", W("hi")));
        Assert.Equal(new StringValue("3"), Ok("text", N(3)));
        Assert.Equal(new StringValue("1.5"), Ok("text", N(1.5)));
        Assert.Equal(new StringValue("true"), Ok("text", new BoolLiteral(true)));
        Assert.Equal(new StringValue("two words"), Ok("text", new SequenceLiteral([W("two"), W("words")])));
    }

    [Fact]
    public void String_rejects_colours_and_lists()
    {
        Fail("text", new ColorLiteral(Color.Transparent), 1203);
        Fail("text", new ListLiteral([S("a")]), 1203);
    }

    // ---- Int / Float ---------------------------------------------------------------------------------

    [Fact]
    public void Int_accepts_integers_px_and_quoted_numbers()
    {
        Assert.Equal(new IntValue(12), Ok("font_size", N(12)));
        Assert.Equal(new IntValue(12), Ok("font_size", N(12, "px")));
        Assert.Equal(new IntValue(12), Ok("font_size", S("12")));
        Assert.Equal(new IntValue(12), Ok("font_size", S("12px")));
        Assert.Equal(new IntValue(-5), Ok("z_index", N(-5)));
        Assert.Equal(new IntValue(4), Ok("gap", new NumberLiteral(4.0, false)));
    }

    [Fact]
    public void Int_errors()
    {
        Fail("font_size", N(1.5), 1203);
        Fail("font_size", S("big"), 1203);
        Fail("font_size", new BoolLiteral(true), 1203);
        Fail("font_size", N(50, "%"), 1203);
        Fail("font_size", N(2, "em"), 1207);
        Fail("font_size", N(0), 1207);
        Fail("border_width", N(256), 1207);
        Fail("z_index", N(40000), 1207);
        var r = Fail("border_radius", N(-1), 1207);
        Assert.Contains("0 to 255", r.Message);
    }

    [Fact]
    public void Float_accepts_numbers_and_checks_range()
    {
        Assert.Equal(new FloatValue(0.5), Ok("opacity", N(0.5)));
        Assert.Equal(new FloatValue(1), Ok("opacity", N(1)));
        Assert.Equal(new FloatValue(0.25), Ok("opacity", S("0.25")));
        Fail("opacity", N(1.5), 1207);
        Fail("opacity", N(-0.1), 1207);
        Fail("opacity", S("half"), 1203);
        Fail("opacity", N(1, "deg"), 1207);
    }

    // ---- Bool ----------------------------------------------------------------------------------------

    [Fact]
    public void Bool_forms()
    {
        Assert.Equal(new BoolValue(true), Ok("visibility", new BoolLiteral(true)));
        Assert.Equal(new BoolValue(false), Ok("visibility", S("false")));
        Assert.Equal(new BoolValue(true), Ok("visibility", W("true")));
        Fail("visibility", N(1), 1203);
        Fail("visibility", S("yes"), 1203);
    }

    // ---- Color ---------------------------------------------------------------------------------------

    [Fact]
    public void Color_forms()
    {
        var red = new ColorValue(new Color(255, 0, 0, 255));
        Assert.Equal(red, Ok("background_color", new ColorLiteral(new Color(255, 0, 0, 255))));
        Assert.Equal(red, Ok("background_color", S("#f00")));
        Assert.Equal(red, Ok("background_color", S("#FF0000")));
        Assert.Equal(red, Ok("background_color", S(" #FF0000FF ")));
        Assert.Equal(red, Ok("background_color", W("red")));
        Assert.Equal(new ColorValue(Color.Transparent), Ok("background_color", S("transparent")));
    }

    [Fact]
    public void Color_errors()
    {
        Fail("background_color", S("#12345"), 1004);
        Fail("background_color", S("#GGG"), 1004);
        var r = Fail("background_color", S("blu"), 1203);
        Assert.Contains("did you mean `blue`?", r.Suggestions);
        Fail("background_color", N(3), 1203);
    }

    // ---- Length ---------------------------------------------------------------------------------------

    [Fact]
    public void Length_forms()
    {
        Assert.Equal(new LengthValue(Length.Px(100)), Ok("width", N(100)));
        Assert.Equal(new LengthValue(Length.Px(100)), Ok("width", N(100, "px")));
        Assert.Equal(new LengthValue(Length.Percent(50)), Ok("width", N(50, "%")));
        Assert.Equal(new LengthValue(Length.Percent(50)), Ok("width", S("50%")));
        Assert.Equal(new LengthValue(Length.Auto), Ok("width", W("auto")));
        Assert.Equal(new LengthValue(new Length(LengthUnit.FitContent, 0)), Ok("width", W("fit_content")));
        Assert.Equal(new LengthValue(Length.Auto), Ok("max_width", W("none")));
        Assert.Equal(new LengthValue(Length.Px(-5)), Ok("margin_left", N(-5)));
    }

    [Fact]
    public void Length_errors()
    {
        Fail("width", N(2, "em"), 1207);
        Fail("width", N(-1), 1207);
        Fail("width", W("huge"), 1207);
        Fail("width", new BoolLiteral(true), 1203);
        Fail("border_left_width", N(10, "%"), 1207);
        Fail("width", N(200_000, "%"), 1207);
        var r = Fail("width", W("atuo"), 1207);
        Assert.Contains("did you mean `auto`?", r.Suggestions);
    }

    // ---- EdgeInsets ------------------------------------------------------------------------------------

    [Fact]
    public void EdgeInsets_forms()
    {
        Assert.Equal(new EdgeInsetsValue(EdgeInsets.All(5)), Ok("padding", N(5)));
        Assert.Equal(new EdgeInsetsValue(new EdgeInsets(1, 2, 1, 2)), Ok("padding", S("1 2")));
        Assert.Equal(new EdgeInsetsValue(new EdgeInsets(1, 2, 3, 2)), Ok("padding", S("1 2 3")));
        Assert.Equal(new EdgeInsetsValue(new EdgeInsets(1, 2, 3, 4)), Ok("padding", S("1 2 3 4")));
        Assert.Equal(new EdgeInsetsValue(new EdgeInsets(10, 20, 10, 20)), Ok("margin", new SequenceLiteral([N(10, "px"), N(20, "px")])));
        Assert.Equal(new EdgeInsetsValue(new EdgeInsets(1, 2, 3, 4)), Ok("margin", new ListLiteral([N(1), N(2), N(3), N(4)])));
    }

    [Fact]
    public void EdgeInsets_errors()
    {
        Fail("padding", S("1 2 3 4 5"), 1203);
        Fail("padding", S(""), 1203);
        Fail("padding", S("1 x"), 1203);
        Fail("padding", N(10, "%"), 1203);
        Fail("padding", N(256), 1207);
        Fail("padding", N(1, "em"), 1207);
        Fail("padding", new BoolLiteral(false), 1203);
    }

    // ---- Enum / FontWeight ---------------------------------------------------------------------------

    [Fact]
    public void Enum_forms()
    {
        Assert.Equal(new EnumValue("hidden", 1), Ok("overflow", W("hidden")));
        Assert.Equal(new EnumValue("hidden", 1), Ok("overflow", S("hidden")));
        Assert.Equal(new EnumValue("not_allowed", 11), Ok("cursor", W("not-allowed")));
        Assert.Equal(new EnumValue("start", 0), Ok("text_alignment", W("left")));
        Assert.Equal("safe center", Assert.IsType<EnumValue>(Ok("justify_content", new SequenceLiteral([W("safe"), W("center")]))).Member);
    }

    [Fact]
    public void Enum_errors()
    {
        var r = Fail("overflow", W("hiden"), 1207);
        Assert.Contains("did you mean `hidden`?", r.Suggestions);
        Assert.Contains("visible, hidden, scroll", r.Message);
        Fail("overflow", N(1), 1203);
    }

    [Fact]
    public void FontWeight_forms_and_errors()
    {
        Assert.Equal(new FontWeightValue("bold", 1, 700), Ok("font_weight", W("bold")));
        Assert.Equal(new FontWeightValue("light", 2, 300), Ok("font_weight", S("light")));
        Assert.Equal(new FontWeightValue(null, 0, 600), Ok("font_weight", N(600)));
        Fail("font_weight", N(650), 1207);
        Fail("font_weight", N(1000), 1207);
        var r = Fail("font_weight", W("bolt"), 1207);
        Assert.Contains("did you mean `bold`?", r.Suggestions);
    }

    // ---- StyleId / Resource / Callback ------------------------------------------------------------------

    [Fact]
    public void StyleId_and_Resource()
    {
        Assert.Equal(new StyleRefValue("card"), Ok("style", S("card")));
        Assert.Equal(new StyleRefValue("card"), Ok("style", W("card")));
        Fail("style", S(""), 1203);
        Fail("style", N(1), 1203);
        Assert.Equal(new ResourceValue("img/a.png"), Ok("image_source", S("img/a.png")));
        Fail("image_source", S(""), 1203);
        Fail("icon", N(1), 1203);
    }

    [Fact]
    public void Callback_forms()
    {
        Assert.Equal(new CallbackValue("go"), Ok("onClick", S("go")));
        Assert.Equal(new CallbackValue("go"), Ok("onClick", W("go")));
        Assert.Equal(new CallbackValue("go"), Ok("onClick", S(" go() ")));
        Assert.Equal(new CallbackValue("go"), Ok("onClick", new CallLiteral("go")));
        Assert.Equal(new CallbackValue("Handlers.save"), Ok("onClick", S("Handlers.save")));
        Assert.Equal(new CallbackValue("on-click!"), Ok("onClick", S("on-click!")));
        var empty = PropertyValueConverter.Convert(PropertyRegistry.Get("onClick"), S(""));
        Assert.True(empty.Succeeded);
        Assert.Equal(new CallbackValue(""), empty.Value);
        Assert.Single(empty.Warnings);
    }

    [Fact]
    public void Callback_errors()
    {
        Fail("onClick", S("do it"), 1207);
        Fail("onClick", S("1abc"), 1207);
        Fail("onClick", N(3), 1203);
    }

    // ---- LayoutWords / StyleList -------------------------------------------------------------------------

    [Fact]
    public void Layout_words()
    {
        Assert.Equal(new LayoutValue(new LayoutFlags(0x04)), Ok("layout", new SequenceLiteral([W("row"), W("center")])));
        Assert.Equal(new LayoutValue(new LayoutFlags(0x25)), Ok("layout", S("grow center")));
        Assert.Equal(new LayoutValue(new LayoutFlags(0x05)), Ok("layout", W("center")));
        var r = PropertyValueConverter.Convert(PropertyRegistry.Get("layout"), S("row middle"));
        Assert.True(r.Succeeded);
        Assert.Equal(new LayoutValue(new LayoutFlags(0x00)), r.Value);
        Assert.Contains("middle", Assert.Single(r.Warnings));
        Fail("layout", N(3), 1203);
    }

    [Fact]
    public void Style_list()
    {
        var extends = new PropertyInfo { Name = "extends", Kind = ValueKind.StyleList, Group = PropertyGroup.Element };
        Assert.Equal(["a"], Assert.IsType<StyleListValue>(PropertyValueConverter.Convert(extends, S("a")).Value).Names);
        Assert.Equal(["a", "b"], Assert.IsType<StyleListValue>(PropertyValueConverter.Convert(extends, new ListLiteral([S("a"), W("b")])).Value).Names);
        Assert.Equal(1203, PropertyValueConverter.Convert(extends, new ListLiteral([])).Error!.Code);
        Assert.Equal(1203, PropertyValueConverter.Convert(extends, N(1)).Error!.Code);
    }

    [Fact]
    public void Every_registry_property_accepts_its_own_default()
    {
        foreach (var p in PropertyRegistry.All.Where(p => p.Default is not null))
        {
            Literal literal = p.Default switch
            {
                "true" or "false" => new BoolLiteral(p.Default == "true"),
                var d when double.TryParse(d, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) => new NumberLiteral(v, !d.Contains('.')),
                var d => new StringLiteral(d!),
            };
            var r = PropertyValueConverter.Convert(p, literal);
            Assert.True(r.Succeeded, $"default '{p.Default}' of {p.Name} is rejected: {r.Message}");
        }
    }

    [Fact]
    public void Values_print_as_kry()
    {
        Assert.Equal("\"a\\\"b\\$\"", new StringValue("a\"b$").ToKry());
        Assert.Equal("1.0", new FloatValue(1).ToKry());
        Assert.Equal("\"50%\"", new LengthValue(Length.Percent(50)).ToKry());
        Assert.Equal("\"1 2 3 4\"", new EdgeInsetsValue(new EdgeInsets(1, 2, 3, 4)).ToKry());
        Assert.Equal("row center", new LayoutValue(new LayoutFlags(0x04)).ToKry());
        Assert.Equal("\"#FF0000FF\"", new ColorValue(new Color(255, 0, 0, 255)).ToKry());
    }
}

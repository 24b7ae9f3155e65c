using Kryon.Diagnostics;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Diagnostics;

/// <summary>"Did you mean" suggestions, cycle paths in messages, and the include/script file diagnostics.</summary>
public class SuggestionAndCycleTests
{
    [Theory]
    [InlineData("App {\n    backgrond_color: \"#fff\"\n}", 1107, "did you mean `background_color`?")]
    [InlineData("App {\n    Container { paddin: 2 }\n}", 1107, "did you mean `padding`?")]
    [InlineData("App {\n    Contaner {}\n}", 1106, "did you mean `Container`?")]
    [InlineData("App {\n    Buton {}\n}", 1106, "did you mean `Button`?")]
    [InlineData("Define ProfileCard { Container {} }\nApp {\n    ProfileCrad {}\n}", 1106, "did you mean `ProfileCard`?")]
    [InlineData("style \"primary\" {}\nApp {\n    style: \"primay\"\n}", 1204, "did you mean \"primary\"?")]
    [InlineData("style \"base\" {}\nstyle \"b\" { extends: \"bsae\" }\nApp {}", 1204, "did you mean \"base\"?")]
    [InlineData("@variables {\n    primary: 1\n}\nApp {\n    gap: $primay\n}", 1201, "did you mean `$primary`?")]
    [InlineData("@variables {\n    user_name: \"x\"\n}\nApp {\n    window_title: \"Hi ${user_nme}\"\n}", 1201, "did you mean `$user_name`?")]
    [InlineData("App {\n    overflow: hiden\n}", 1207, "did you mean `hidden`?")]
    [InlineData("App {\n    cursor: pointr\n}", 1207, "did you mean `pointer`?")]
    [InlineData("Define Card {\n    Properties { size: Enum(small, large) = small }\n    Container {}\n}\nApp {\n    Card { size: smal }\n}", 1305, "did you mean `small`?")]
    [InlineData("App {\n    &:hovr { opacity: 1 }\n}", 1101, "did you mean `&:hover`?")]
    [InlineData("App {\n    &:hover:disabld { opacity: 1 }\n}", 1101, "did you mean `&:disabled`?")]
    [InlineData("App {\n    background_color: \"whte\"\n}", 1203, "did you mean `white`?")]
    [InlineData("@scrpt \"lua\" { }\nApp {}", 1101, "did you mean `@script`?")]
    [InlineData("@script \"lau\" { }\nApp {}", 1401, "did you mean \"lua\"?")]
    [InlineData("@script \"lua\" nmae=\"x\" { }\nApp {}", 1101, "did you mean `name`?")]
    [InlineData("Define Card {\n    Properties { n: Flot }\n    Container {}\n}\nApp {}", 1301, "did you mean `Float`?")]
    [InlineData("@script \"lua\" { function handleClick() end }\nApp {\n    onClick: \"handleClik\"\n}", 1405, "did you mean `handleClick`?")]
    [InlineData("App {\n    layout: row centr\n}", 1207, "did you mean `center`?")]
    [InlineData("Define Card {\n    Properties { title: String = \"\" }\n    Container {}\n}\nApp {\n    Card { titel: \"x\" }\n}", 1107, "did you mean `title`?")]
    public void Did_you_mean(string source, int code, string suggestion)
    {
        var d = Single(Check(source), code);
        // Warnings built from converter warnings carry the suggestion in the message.
        Assert.True(d.Suggestions.Append(d.Message).Any(s => s.Contains(suggestion, StringComparison.Ordinal)),
            $"expected a suggestion containing {suggestion}, got: {string.Join(" | ", d.Suggestions)}");
    }

    [Fact]
    public void No_suggestion_when_nothing_is_close()
    {
        var d = Single(Check("App {\n    zzzzzzzz: 1\n}"), 1107);
        Assert.DoesNotContain(d.Suggestions, s => s.Contains("did you mean"));
    }

    [Fact]
    public void Variable_cycle_message_lists_the_path()
    {
        var result = Check("@variables {\n    a: $b\n    b: $c\n    c: $a\n}\nApp {}");
        var d = Single(result, 1202);
        Assert.Equal("Circular variable reference: a -> b -> c -> a", d.Message);
        Assert.Equal("2:5", Where(d));
        // The members of the cycle are not reported again as undefined.
        Assert.DoesNotContain(1201, Codes(result));
    }

    [Fact]
    public void Self_referencing_variable_is_a_cycle()
    {
        var d = Single(Check("@variables {\n    a: $a + 1\n}\nApp {}"), 1202);
        Assert.Equal("Circular variable reference: a -> a", d.Message);
    }

    [Fact]
    public void Style_cycle_message_lists_the_path()
    {
        var result = Check("style \"a\" { extends: \"b\" }\nstyle \"b\" { extends: \"c\" }\nstyle \"c\" { extends: \"a\" }\nApp {}");
        var d = Single(result, 1206);
        Assert.Equal("Circular style inheritance: \"a\" -> \"b\" -> \"c\" -> \"a\"", d.Message);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void Component_cycle_message_lists_the_path()
    {
        var result = Check("Define A {\n    Container { B {} }\n}\nDefine B {\n    Container { A {} }\n}\nApp {}");
        var d = Single(result, 1202);
        Assert.Equal("Component 'A' contains itself: A -> B -> A", d.Message);
        Assert.Equal("5:17", Where(d));
    }

    [Fact]
    public void Include_cycle_message_lists_the_path()
    {
        var result = Check("@include \"a.kry\"\nApp {}",
            ("a.kry", "@include \"b.kry\""),
            ("b.kry", "@include \"c.kry\""),
            ("c.kry", "@include \"a.kry\""));
        Assert.Equal("Circular include: a.kry -> b.kry -> c.kry -> a.kry", Single(result, 1202).Message);
    }

    [Fact]
    public void Same_file_included_twice_is_read_once_with_a_warning()
    {
        var result = Check("@include \"theme.kry\"\n@include \"theme.kry\"\nApp { style: \"card\" }",
            ("theme.kry", "style \"card\" { padding: 4 }\n@variables { accent: \"#f00\" }"));
        var d = Single(result, 1110);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("2:1", Where(d));
        Assert.Contains("already included", d.Message);
        Assert.Equal(0, result.ErrorCount);
        // Read once: one style and one variable, no duplicate-definition warnings for them.
        Assert.Single(result.App!.Styles);
        Assert.Single(result.App.Variables);
        Assert.Equal(2, result.App.Files.Count);
    }

    [Fact]
    public void Diamond_include_is_read_once()
    {
        var result = Check("@include \"a.kry\"\n@include \"b.kry\"\nApp {}",
            ("a.kry", "@include \"common.kry\""),
            ("b.kry", "@include \"common.kry\""),
            ("common.kry", "style \"s\" {}"));
        Assert.Equal([1110], Codes(result));
        Assert.Equal(PathOf("b.kry"), Path.GetFullPath(result.Diagnostics[0].Location!.Value.File.Path));
        Assert.Single(result.App!.Styles);
    }

    [Fact]
    public void Missing_include_names_the_path()
    {
        var d = Single(Check("@include \"parts/missing.kry\"\nApp {}"), 1505);
        Assert.Contains("parts/missing.kry", d.Message);
        Assert.Contains("file not found", d.Message);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void Include_paths_are_relative_to_the_including_file()
    {
        var result = Check("@include \"shared/theme.kry\"\nApp { style: \"deep\" }",
            ("shared/theme.kry", "@include \"more/colors.kry\""),
            ("shared/more/colors.kry", "style \"deep\" { padding: 1 }"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("deep", result.App!.Root!.Style!.Name);
    }

    [Fact]
    public void Diagnostics_in_included_files_point_into_those_files()
    {
        var result = Check("@include \"bad.kry\"\nApp {}", ("bad.kry", "style \"s\" {\n    opacity: 5\n}"));
        var d = Single(result, 1207);
        Assert.Equal(PathOf("bad.kry"), Path.GetFullPath(d.Location!.Value.File.Path));
        Assert.Equal("2:14", Where(d));
    }

    [Fact]
    public void External_script_not_found_is_1403()
    {
        var result = Check("@script \"lua\" from=\"scripts/app.lua\"\nApp {}");
        var d = Single(result, 1403);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("1:20", Where(d));
        Assert.Contains("scripts/app.lua", d.Message);
        var script = Assert.Single(result.App!.Scripts);
        Assert.Null(script.Code);
        Assert.Equal("scripts/app.lua", script.ExternalPath);
    }

    [Fact]
    public void External_script_found_is_read_and_its_functions_count_as_handlers()
    {
        var result = Check("@script \"lua\" from \"scripts/app.lua\"\nApp { onClick: \"go\" }",
            ("scripts/app.lua", "function go()\nend\n"));
        Assert.Empty(result.Diagnostics);
        var script = Assert.Single(result.App!.Scripts);
        Assert.Equal("function go()\nend\n", script.Code);
        Assert.Equal(["go"], script.EntryPoints);
    }

    [Fact]
    public void Notes_point_at_the_earlier_definition()
    {
        var d = Single(Check("@variables {\n    a: 1\n}\n@variables {\n    a: 2\n}\nApp {}"), 1110);
        var note = Assert.Single(d.Notes);
        Assert.Equal("2:5", note.Location!.Value.Start.ToString());
    }
}

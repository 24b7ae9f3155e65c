using Kryon.Diagnostics;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Diagnostics;

/// <summary>
/// Every diagnostic code the front end can raise (KRY.md §14, DiagnosticCodes.All), each with a
/// minimal input: the code, its severity and the exact line:column it points at.
/// </summary>
public class DiagnosticCodeTests
{
    /// <summary>Codes in <see cref="DiagnosticCodes.All"/> that nothing in the compiler front end raises (see the report).</summary>
    public static readonly int[] NotRaisedByTheFrontEnd =
    [
        1205, // UNDEFINED_COMPONENT: unknown capitalised names are reported as 1106 instead
        1209, // INCOMPATIBLE_PROPERTIES: width and max_width no longer share a KRB slot (see MaxSizeEncodingTests)
        1402, // SCRIPT_SYNTAX_ERROR: scripts are not syntax-checked at compile time
        1501, // STRING_TABLE_OVERFLOW: KRB writer
        1502, // RESOURCE_TABLE_OVERFLOW: KRB writer
        1507, // FORMAT_WOULD_CHANGE_MEANING: kryon fmt's safety check (tests/Kryon.Compiler.Tests/Formatting)
        1513, // GENERATE_INVALID_NAME: kryon generate csharp (tests/Kryon.Cli.Tests/Generate)
        1514, // GENERATE_SHARED_ELEMENT_ID: kryon generate csharp
        1515, // GENERATE_NAME_COLLISION: kryon generate csharp
        1516, // GENERATE_NEEDS_SOURCE: kryon generate csharp
    ];

    [Theory]
    // 10xx lexical
    [InlineData(1001, "Error", "2:5", "App {\n    ~\n}")]
    [InlineData(1001, "Error", "2:5", "App {\n    @ x\n}")]
    [InlineData(1002, "Error", "2:18", "App {\n    Text { text: \"abc\n    }\n}")]
    [InlineData(1002, "Error", "2:5", "App {\n    /* never closed\n}")]
    [InlineData(1003, "Error", "2:12", "App {\n    width: 1.\n}")]
    [InlineData(1003, "Error", "2:12", "App {\n    width: .5\n}")]
    [InlineData(1003, "Error", "2:12", "App {\n    width: --3\n}")]
    [InlineData(1004, "Error", "2:23", "App {\n    background_color: #12345\n}")]
    [InlineData(1004, "Error", "2:23", "App {\n    background_color: \"#12345\"\n}")]
    [InlineData(1006, "Warning", "2:21", "App {\n    window_title: \"a\\qb\"\n}")]
    // 11xx syntax
    [InlineData(1101, "Error", "1:1", "@foo\nApp {}")]
    [InlineData(1101, "Error", "2:7", "App {\n    &:hovr { opacity: 1 }\n}")]
    [InlineData(1101, "Error", "2:5", "App {\n    :hover { opacity: 1 }\n}")]
    [InlineData(1101, "Error", "3:9", "App {\n    Text {\n        Text {}\n    }\n}")]
    [InlineData(1101, "Error", "2:5", "App {\n    @include \"x.kry\"\n}")]
    [InlineData(1101, "Error", "1:1", "width: 10\nApp {}")]
    [InlineData(1101, "Error", "2:10", "App {\n    Text hello { }\n}")]
    [InlineData(1102, "Error", "1:10", "Container\nApp {}")]
    [InlineData(1102, "Error", "1:12", "@variables x\nApp {}")]
    [InlineData(1103, "Error", "1:5", "App {\n    Container {\n}")]
    [InlineData(1103, "Error", "2:11", "App {}\nstyle \"s\" {\n    padding: 1\n")]
    [InlineData(1104, "Error", "2:11", "App {\n    width 10\n}")]
    [InlineData(1105, "Error", "2:15", "App {\n    width: 10 height: 20\n}")]
    [InlineData(1106, "Error", "2:5", "App {\n    Widget {}\n}")]
    [InlineData(1107, "Error", "2:5", "App {\n    bogus: 1\n}")]
    [InlineData(1107, "Error", "2:17", "App {\n    Container { window_title: \"x\" }\n}")]
    [InlineData(1108, "Warning", "1:1", "Container {\n}")]
    [InlineData(1108, "Warning", "1:1", "style \"only\" { padding: 1 }")]
    [InlineData(1109, "Error", "2:1", "App {}\nContainer {}")]
    [InlineData(1109, "Error", "2:5", "App {\n    App {}\n}")]
    [InlineData(1110, "Warning", "3:5", "@variables {\n    a: 1\n    a: 2\n}\nApp {}")]
    [InlineData(1110, "Warning", "2:13", "App {\n    gap: 1; gap: 2\n}")]
    [InlineData(1110, "Warning", "2:7", "style \"s\" {}\nstyle \"s\" {}\nApp {}")]
    [InlineData(1110, "Warning", "3:5", "App {\n    Text { id: \"a\" }\n    Text { id: \"a\" }\n}")]
    [InlineData(1111, "Warning", "2:5", "App {\n    backgroundColor: \"#fff\"\n}")]
    [InlineData(1111, "Warning", "2:20", "App {\n    Container {} { gap: 1 }\n}")]
    [InlineData(1111, "Warning", "1:8", "Define card { Container {} }\nApp {}")]
    // 12xx semantic
    [InlineData(1201, "Error", "2:12", "App {\n    width: $nope\n}")]
    [InlineData(1201, "Error", "2:22", "App {\n    Text { text: \"Hi $who\" }\n}")]
    [InlineData(1202, "Error", "2:5", "@variables {\n    a: $b\n    b: $a\n}\nApp {}")]
    [InlineData(1203, "Error", "2:12", "App {\n    width: true\n}")]
    [InlineData(1203, "Error", "2:23", "App {\n    background_color: 12\n}")]
    [InlineData(1203, "Error", "2:14", "@variables {\n    n: Int = \"x\"\n}\nApp {}")]
    [InlineData(1203, "Error", "2:12", "App {\n    width: \"a\" * 2\n}")]
    [InlineData(1204, "Error", "2:12", "App {\n    style: \"nope\"\n}")]
    [InlineData(1204, "Error", "2:14", "style \"a\" {\n    extends: \"missing\"\n}\nApp {}")]
    [InlineData(1206, "Error", "1:7", "style \"a\" {\n    extends: \"b\"\n}\nstyle \"b\" {\n    extends: \"a\"\n}\nApp {}")]
    [InlineData(1207, "Error", "2:14", "App {\n    opacity: 2\n}")]
    [InlineData(1207, "Error", "2:12", "App {\n    width: 2em\n}")]
    [InlineData(1207, "Error", "2:15", "App {\n    overflow: hiden\n}")]
    [InlineData(1207, "Error", "2:5", "style \"s\" {\n    onClick: \"f\"\n}\nApp {}")]
    [InlineData(1207, "Error", "2:5", "style \"s\" {\n    id: \"x\"\n}\nApp {}")]
    [InlineData(1207, "Warning", "2:13", "App {\n    layout: row sideways\n}")]
    [InlineData(1207, "Error", "2:16", "App {\n    width: 1 / 0\n}")]
    [InlineData(1208, "Warning", "8:5", "Define Card {\n    Properties {\n        title: String\n    }\n    Container {}\n}\nApp {\n    Card {}\n}")]
    // 13xx components
    [InlineData(1301, "Error", "3:16", "Define Card {\n    Properties {\n        title: Strng\n    }\n    Container {}\n}\nApp {}")]
    [InlineData(1301, "Error", "2:8", "@variables {\n    n: Integer = 1\n}\nApp {}")]
    [InlineData(1302, "Error", "4:9", "Define Card {\n    Properties {\n        a: Int\n        a: Int\n    }\n    Container {}\n}\nApp {}")]
    [InlineData(1302, "Error", "1:8", "Define Text { Container {} }\nApp {}")]
    [InlineData(1302, "Error", "2:8", "Define C { Container {} }\nDefine C { Container {} }\nApp {}")]
    [InlineData(1303, "Error", "4:5", "Define Card {\n    Properties {\n    }\n    Properties {\n    }\n    Container {}\n}\nApp {}")]
    [InlineData(1303, "Error", "2:5", "Define Card {\n    width: 1\n    Container {}\n}\nApp {}")]
    [InlineData(1304, "Error", "1:8", "Define Card {\n}\nApp {}")]
    [InlineData(1304, "Error", "1:8", "Define Card {\n    Container {}\n    Container {}\n}\nApp {}")]
    [InlineData(1305, "Error", "3:20", "Define Card {\n    Properties {\n        s: Enum(a, a)\n    }\n    Container {}\n}\nApp {}")]
    [InlineData(1305, "Error", "3:12", "Define Card {\n    Properties {\n        s: Enum()\n    }\n    Container {}\n}\nApp {}")]
    [InlineData(1305, "Error", "3:25", "Define Card {\n    Properties {\n        s: Enum(a, b) = c\n    }\n    Container {}\n}\nApp {}")]
    // 14xx scripts
    [InlineData(1401, "Error", "1:9", "@script \"cobol\" {\n}\nApp {}")]
    [InlineData(1403, "Error", "1:20", "@script \"lua\" from \"missing.lua\"\nApp {}")]
    [InlineData(1404, "Error", "1:20", "@script \"lua\" mode=\"fast\" {\n}\nApp {}")]
    [InlineData(1405, "Warning", "2:14", "App {\n    onClick: \"nothing\"\n}")]
    // 15xx limits and files
    [InlineData(1505, "Error", "1:10", "@include \"missing.kry\"\nApp {}")]
    [InlineData(1505, "Error", "1:10", "@include \"\"\nApp {}")]
    public void Code_severity_and_position(int code, string severity, string position, string source)
    {
        var result = Check(source);
        var d = Single(result, code);
        Assert.Equal(Enum.Parse<DiagnosticSeverity>(severity), d.Severity);
        Assert.Equal(position, Where(d));
        Assert.Equal(MainPath, d.Location!.Value.File.Path);
        Assert.False(string.IsNullOrWhiteSpace(d.Message));
        Assert.Equal(d.Severity == DiagnosticSeverity.Error, !result.Success || result.ErrorCount > 0);
    }

    [Fact]
    public void Identifier_too_long_1005()
    {
        var result = Check("App {\n    Container {\n        " + new string('a', 65) + ": 1\n    }\n}");
        var d = Single(result, 1005);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("3:9", Where(d));
    }

    [Fact]
    public void String_longer_than_255_bytes_is_1503()
    {
        var result = Check("App {\n    window_title: \"" + new string('x', 256) + "\"\n}");
        var d = Single(result, 1503);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("2:19", Where(d));

        // 255 bytes is the limit, counted in UTF-8: 128 two-byte characters are 256 bytes.
        Assert.Empty(Check("App {\n    window_title: \"" + new string('x', 255) + "\"\n}").Diagnostics);
        Assert.Contains(1503, Codes(Check("App {\n    window_title: \"" + new string('é', 128) + "\"\n}")));
    }

    [Fact]
    public void Inline_script_larger_than_64k_is_1503()
    {
        var code = string.Concat(Enumerable.Repeat("x = 1\n", 11000));
        var result = Check("@script \"lua\" {\n" + code + "}\nApp {}");
        var d = Single(result, 1503);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("1:1", Where(d));
    }

    [Fact]
    public void Element_tree_deeper_than_255_is_1504()
    {
        // App is level 1; the 255 Containers are levels 2…256 and the last one is too deep.
        var text = "App {\n" + string.Concat(Enumerable.Repeat("Container {\n", 255)) + new string('}', 256);
        var result = Check(text);
        var d = Single(result, 1504);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("256:1", Where(d));

        // One level less is fine.
        var ok = "App {\n" + string.Concat(Enumerable.Repeat("Container {\n", 254)) + new string('}', 255);
        Assert.Empty(Check(ok).Diagnostics);
    }

    [Fact]
    public void Too_many_diagnostics_is_1506_at_the_first_one_left_out()
    {
        var result = Check(string.Concat(Enumerable.Repeat("~ ", 501)));
        Assert.Equal(501, result.Diagnostics.Count);
        var d = Single(result, 1506);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("1:1001", Where(d));
        Assert.Equal(500, result.Diagnostics.Count(x => x.Code == 1001));
    }

    [Fact]
    public void Include_cycle_is_1202_at_the_include_that_closes_it()
    {
        var result = Check("@include \"a.kry\"\nApp {}",
            ("a.kry", "@include \"b.kry\""),
            ("b.kry", "style \"s\" {}\n@include \"a.kry\""));
        var d = Single(result, 1202);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("2:1", Where(d));
        Assert.Equal(PathOf("b.kry"), Path.GetFullPath(d.Location!.Value.File.Path));
        Assert.Equal("Circular include: a.kry -> b.kry -> a.kry", d.Message);
    }

    [Fact]
    public void Include_of_the_main_file_is_a_cycle()
    {
        var d = Single(Check("@include \"main.kry\"\nApp {}"), 1202);
        Assert.Equal("1:1", Where(d));
        Assert.Equal("Circular include: main.kry -> main.kry", d.Message);
    }

    [Fact]
    public void Component_recursion_is_1202_at_the_usage()
    {
        var d = Single(Check("Define Loop {\n    Container {\n        Loop {}\n    }\n}\nApp {}"), 1202);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("3:9", Where(d));
        Assert.Equal("Component 'Loop' contains itself: Loop -> Loop", d.Message);
    }

    [Fact]
    public void Include_depth_over_16_is_1505()
    {
        var files = Enumerable.Range(1, 17).Select(i => ($"d{i}.kry", i < 17 ? $"@include \"d{i + 1}.kry\"" : "style \"deep\" {}")).ToArray();
        var result = Check("@include \"d1.kry\"\nApp {}", files);
        var d = Single(result, 1505);
        Assert.Equal("1:1", Where(d));
        Assert.Equal(PathOf("d15.kry"), Path.GetFullPath(d.Location!.Value.File.Path));
    }

    [Fact]
    public void Every_descriptor_code_is_covered_by_a_test_or_listed_as_unraised()
    {
        var covered = new HashSet<int>();
        foreach (var row in typeof(DiagnosticCodeTests).GetMethod(nameof(Code_severity_and_position))!
                     .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>())
            covered.Add((int)row.GetData(null!).First()[0]);
        covered.UnionWith([1005, 1503, 1504, 1506]);
        // 1xxx are the compiler's codes; 2xxx belong to the runtime.
        var missing = DiagnosticCodes.All.Select(d => d.Code).Where(c => c < 2000 && !covered.Contains(c) && !NotRaisedByTheFrontEnd.Contains(c)).ToArray();
        Assert.True(missing.Length == 0, "codes without a test: " + string.Join(", ", missing));
    }

    [Fact]
    public void Default_severities_match_the_table()
    {
        var warnings = DiagnosticCodes.All.Where(d => d.Code < 2000 && d.DefaultSeverity == DiagnosticSeverity.Warning).Select(d => d.Code);
        Assert.Equal([1006, 1108, 1110, 1111, 1208, 1405, 1514, 1515], warnings);
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(d => d.Code).Distinct().Count());
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(d => d.Name).Distinct().Count());
    }
}

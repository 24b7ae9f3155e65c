using System.Text.Json;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Core.Tests;

public class DiagnosticFormatterTests
{
    private static readonly SourceFile File = new("app.kry", "App {\n    Container {\n        width 10\n    }\n}\n");

    /// <summary>1104 at 3:15 (the `1` of `10`), two characters wide.</summary>
    private static Diagnostic MissingColon()
    {
        int offset = File.Text.IndexOf("10", StringComparison.Ordinal);
        return Diagnostic.Create(DiagnosticCodes.MissingColon, new SourceSpan(File, new TextSpan(offset, 2)), "Expected ':' after property name", "write width: value");
    }

    [Fact]
    public void Human_output_has_header_location_source_line_caret_and_help()
    {
        var text = DiagnosticFormatter.FormatHuman([MissingColon()]);
        var lines = text.Split('\n');
        Assert.Equal("error[1104]: Expected ':' after property name", lines[0]);
        Assert.Equal(" --> app.kry:3:15", lines[1]);
        Assert.Equal("  |", lines[2]);
        Assert.Equal("3 |         width 10", lines[3]);
        var caretLine = lines[4];
        Assert.Equal("  | ", caretLine[..4]);
        // The caret sits under the first character of the span, in the same column of the source line.
        Assert.Equal(lines[3].IndexOf("10", StringComparison.Ordinal), caretLine.IndexOf('^'));
        Assert.Equal("^^", caretLine.Trim().TrimStart('|').Trim());
        Assert.Equal("  = help: write width: value", lines[5]);
        Assert.DoesNotContain("\e[", text);
    }

    [Fact]
    public void Human_output_at_line_11_column_3_of_a_longer_file()
    {
        var file = new SourceFile("dir/app.kry", string.Concat(Enumerable.Range(1, 10).Select(i => $"# line {i}\n")) + "  bogus: 1\n");
        int offset = file.Text.IndexOf("bogus", StringComparison.Ordinal);
        var d = Diagnostic.Create(DiagnosticCodes.InvalidPropertyName, new SourceSpan(file, new TextSpan(offset, 5)), "Unknown property 'bogus'");
        var lines = DiagnosticFormatter.FormatHuman([d]).Split('\n');
        Assert.Equal("error[1107]: Unknown property 'bogus'", lines[0]);
        Assert.Equal("  --> dir/app.kry:11:3", lines[1]);
        Assert.Equal("11 |   bogus: 1", lines[3]);
        Assert.Equal("   |   ^^^^^", lines[4]);
    }

    [Fact]
    public void Warnings_notes_and_missing_locations()
    {
        var w = Diagnostic.Create(DiagnosticCodes.DuplicateDefinition, new SourceSpan(File, new TextSpan(0, 3)), "dup")
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithNote("first here", new SourceSpan(File, new TextSpan(6, 4)));
        var noLocation = Diagnostic.Create(DiagnosticCodes.FileError, null, "Cannot read 'x.kry'", "check the path");
        var text = DiagnosticFormatter.FormatHuman([w, noLocation]);
        Assert.Contains("warning[1110]: dup\n", text);
        Assert.Contains(" = note: first here (app.kry:2:1)\n", text);
        Assert.Contains("error[1505]: Cannot read 'x.kry'\n = help: check the path\n", text);
    }

    [Fact]
    public void Colour_output_uses_ansi_codes()
    {
        var text = DiagnosticFormatter.FormatHuman([MissingColon()], color: true);
        Assert.Contains("\e[1;31merror[1104]", text);
        Assert.Contains("\e[0m", text);
    }

    [Fact]
    public void Tabs_are_shown_as_spaces_and_the_caret_still_lines_up()
    {
        var file = new SourceFile("t.kry", "\tbogus: 1");
        var d = Diagnostic.Create(DiagnosticCodes.InvalidPropertyName, new SourceSpan(file, new TextSpan(1, 5)), "x");
        var lines = DiagnosticFormatter.FormatHuman([d]).Split('\n');
        Assert.Equal("1 |  bogus: 1", lines[3]);
        Assert.Equal(lines[3].IndexOf('b'), lines[4].IndexOf('^'));
    }

    [Fact]
    public void Json_output_parses_back_with_every_field()
    {
        var warning = Diagnostic.Create(DiagnosticCodes.NonCanonicalSyntax, new SourceSpan(File, new TextSpan(0, 3)), "camel")
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithNote("see", new SourceSpan(File, new TextSpan(6, 4)));
        var json = DiagnosticFormatter.FormatJson([MissingColon(), warning], 1, 1);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var items = root.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);

        var e = items[0];
        Assert.Equal(1104, e.GetProperty("code").GetInt32());
        Assert.Equal("MISSING_COLON", e.GetProperty("name").GetString());
        Assert.Equal("SYNTAX", e.GetProperty("category").GetString());
        Assert.Equal("error", e.GetProperty("severity").GetString());
        Assert.Equal("Expected ':' after property name", e.GetProperty("message").GetString());
        Assert.Equal("app.kry", e.GetProperty("file").GetString());
        Assert.Equal(3, e.GetProperty("line").GetInt32());
        Assert.Equal(15, e.GetProperty("column").GetInt32());
        Assert.Equal(3, e.GetProperty("endLine").GetInt32());
        Assert.Equal(17, e.GetProperty("endColumn").GetInt32());
        Assert.Equal(File.Text.IndexOf("10", StringComparison.Ordinal), e.GetProperty("offset").GetInt32());
        Assert.Equal(2, e.GetProperty("length").GetInt32());
        Assert.Equal(["write width: value"], e.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(e.GetProperty("notes").EnumerateArray());

        var w = items[1];
        Assert.Equal("warning", w.GetProperty("severity").GetString());
        var note = Assert.Single(w.GetProperty("notes").EnumerateArray());
        Assert.Equal("see", note.GetProperty("message").GetString());
        Assert.Equal(2, note.GetProperty("line").GetInt32());
        Assert.Equal(1, note.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Json_without_location_has_no_position_fields()
    {
        var json = DiagnosticFormatter.FormatJson([Diagnostic.Create(DiagnosticCodes.FileError, null, "x \"quoted\" \\ path")], 1, 0);
        using var doc = JsonDocument.Parse(json);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.False(d.TryGetProperty("line", out _));
        Assert.False(d.TryGetProperty("file", out _));
        Assert.Equal("x \"quoted\" \\ path", d.GetProperty("message").GetString());
    }

    [Fact]
    public void Empty_json_report()
    {
        using var doc = JsonDocument.Parse(DiagnosticFormatter.FormatJson([], 0, 0));
        Assert.Empty(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Bag_counts_limits_and_sorts()
    {
        var bag = new DiagnosticBag(limit: 3);
        var at = (int offset) => new SourceSpan(File, new TextSpan(offset, 1));
        bag.Report(DiagnosticCodes.InvalidCharacter, at(10), "b");
        bag.Add(Diagnostic.Create(DiagnosticCodes.UnknownEscape, at(2), "a"));
        bag.Report(DiagnosticCodes.InvalidCharacter, at(5), "c");
        bag.Report(DiagnosticCodes.InvalidCharacter, at(1), "over");
        bag.Report(DiagnosticCodes.InvalidCharacter, at(1), "over again");
        Assert.Equal(4, bag.Items.Count);
        Assert.Equal(1506, bag.Items[^1].Code);
        Assert.Equal(5, bag.ErrorCount);
        Assert.Equal(1, bag.WarningCount);
        Assert.True(bag.HasErrors);
        Assert.Equal(["over", "a", "c", "b"], bag.Sorted().Select(d => d.Message == "a" || d.Message == "b" || d.Message == "c" ? d.Message : "over"));
    }

    [Fact]
    public void Diagnostic_to_string_uses_the_reference_format()
    {
        Assert.Equal("[1104] SYNTAX: Expected ':' after property name (app.kry:3:15)", MissingColon().ToString());
    }
}

namespace Kryon.Compiler.Tests.Diagnostics;

public class DiagnosticOrderTests
{
    [Fact]
    public void Main_file_diagnostics_come_before_those_of_included_files_whatever_their_names()
    {
        // "a_lib.kry" sorts before "main.kry" by name, but it is read after the main file.
        var result = FrontEnd.Check("@include \"a_lib.kry\"\nApp { widht: 1 }\n", ("a_lib.kry", "style \"s\" { colr: red }\n"));
        var files = result.Diagnostics.Select(d => Path.GetFileName(d.Location!.Value.File.Path)).ToArray();
        Assert.Equal(["main.kry", "a_lib.kry"], files);
    }

    [Theory]
    [InlineData("style")]
    [InlineData("true")]
    [InlineData("Define")]
    public void Keywords_cannot_name_variables(string name)
    {
        var result = FrontEnd.Check($"@variables {{\n    {name}: 2\n}}\nApp {{ }}\n");
        var d = Assert.Single(result.Diagnostics, d => d.Code == 1101);
        Assert.Equal((2, 5), (d.Location!.Value.Start.Line, d.Location.Value.Start.Column));
    }
}

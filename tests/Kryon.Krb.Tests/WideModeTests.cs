using System.Text;
using System.Text.Json;
using Kryon.Cli.Commands;

namespace Kryon.Krb.Tests;

/// <summary>FLAG_WIDE (docs/KRB-extensions.md): chosen only when a v0.5 field would overflow.</summary>
public class WideModeTests
{
    private static (Compiler.Binding.BoundApp App, byte[] Bytes, KrbDocument Document) Build(string kry)
    {
        var (app, bytes) = TestFiles.Compile(kry);
        var document = KrbReader.Read(bytes);
        using var json = JsonDocument.Parse(KrbJsonWriter.ToJson(document, bytes.Length), new JsonDocumentOptions { MaxDepth = 2048 });
        BoundModelAgreement.Check(app, json.RootElement);
        return (app, bytes, document);
    }

    [Fact]
    public void More_than_256_strings_switch_to_wide_indices()
    {
        var kry = "App {\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"    Text {{ id: \"t{i}\"; text: \"text number {i}\" }}\n")) + "}";
        var (_, bytes, document) = Build(kry);
        Assert.True(document.IsWide);
        Assert.Equal(0x04, bytes[7] & 0x04);
        Assert.True(document.Strings.Count > 256);
        Assert.Equal(300, document.Root.Children.Count);
        Assert.Equal("text number 299", document.GetString(document.Root.Children[299].FindProperty(0x08)!.Value.Value));
    }

    [Fact]
    public void More_than_255_children_switch_to_wide_child_counts()
    {
        var kry = "App {\n" + string.Concat(Enumerable.Repeat("    Container { }\n", 256)) + "}";
        var (_, _, document) = Build(kry);
        Assert.True(document.IsWide);
        Assert.Equal(256, document.Root.Children.Count);
    }

    /// <summary>The byte-exact example of docs/KRB-extensions.md §1.</summary>
    [Fact]
    public void Wide_element_header_is_21_bytes_as_documented()
    {
        var (_, bytes) = TestFiles.Compile("App {\n" + string.Concat(Enumerable.Repeat("    Container { }\n", 256)) + "}");
        Assert.Equal(0x0480, bytes[6] | bytes[7] << 8); // FLAG_WIDE | FLAG_HAS_APP
        // type | ID u16 | x | y | w | h | layout | style u16 | props | children u16 = 256 | events | anims | custom | states, then child offset u32 1045
        var expected = string.Concat("00", "0000", "0000", "0000", "0000", "0000", "01", "0000", "00", "0001", "00", "00", "00", "00", "15040000");
        Assert.Equal(expected, Convert.ToHexString(bytes.AsSpan(54, 21 + 4)));
        Assert.Equal("2A040000", Convert.ToHexString(bytes.AsSpan(54 + 21 + 4, 4))); // second child: 1045 + a 21-byte empty block = 1066
    }

    [Fact]
    public void Nesting_deeper_than_32_switches_to_wide()
    {
        var (_, _, document) = Build("App { " + string.Concat(Enumerable.Repeat("Container { ", 100)) + new string('}', 100) + " }");
        Assert.True(document.IsWide);
        Assert.Equal(101, document.Elements.Count());
    }

    [Fact]
    public void A_subtree_over_64_KiB_switches_to_32_bit_child_offsets()
    {
        var texts = string.Concat(Enumerable.Repeat("Text { background_color: \"#112233FF\"; text_color: \"#445566FF\"; border_color: \"#778899FF\"; opacity: 0.5 }\n", 200));
        var big = "Container {\n" + string.Concat(Enumerable.Repeat("Container {\n" + texts + "}\n", 15)) + "}\n";
        var (_, bytes, document) = Build("App {\n" + big + "Text { text: \"after\" }\n}");
        Assert.True(bytes.Length > 65536);
        Assert.True(document.IsWide);
        Assert.True(document.Strings.Count < 256);
        Assert.Equal("after", document.GetString(document.Root.Children[1].FindProperty(0x08)!.Value.Value));
    }

    [Fact]
    public void Files_that_fit_stay_v0_5()
    {
        foreach (var path in TestFiles.Examples)
        {
            var (_, bytes) = TestFiles.CompileFile(path);
            Assert.Equal(0, bytes[7] & 0x04);
        }
    }

    [Fact]
    public void Inspect_shows_wide_mode()
    {
        var (_, bytes) = TestFiles.Compile("App {\n" + string.Concat(Enumerable.Repeat("    Container { }\n", 256)) + "}");
        var path = Path.Combine(Path.GetTempPath(), $"kryon-wide-{Guid.NewGuid():N}.krb");
        try
        {
            File.WriteAllBytes(path, bytes);
            var text = new StringWriter();
            Assert.Equal(0, InspectCommand.Run(path, json: false, text));
            Assert.Contains("wide (FLAG_WIDE", text.ToString());
            Assert.Contains("Wide", text.ToString());
            var json = new StringWriter();
            Assert.Equal(0, InspectCommand.Run(path, json: true, json));
            Assert.True(JsonDocument.Parse(json.ToString()).RootElement.GetProperty("wide").GetBoolean());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Inspect_reports_a_damaged_file_as_a_diagnostic()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kryon-bad-{Guid.NewGuid():N}.krb");
        try
        {
            File.WriteAllBytes(path, Encoding.ASCII.GetBytes("KRBY and then some"));
            var text = new StringWriter();
            Assert.Equal(1, InspectCommand.Run(path, json: false, text));
            Assert.Contains("error[2001]", text.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}

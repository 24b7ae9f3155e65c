namespace Kryon.Krb.Tests;

/// <summary>Byte-exact output for small files, checked by hand against KRB.md.</summary>
public class GoldenTests
{
    /// <summary>The source of KRB.md §17's button.krb.</summary>
    private const string ButtonKry = """
        style "base" {
            background_color: "#191919FF"
            text_color: "#FFFF00FF"
            border_color: "#00FFFFFF"
            border_width: 1
        }
        App {
            window_width: 600
            window_height: 400
            window_title: "Centered Button"
            resizable: true
            keep_aspect: false
            layout: center
            style: "base"
            Button {
                width: 150
                height: 50
                text: "Click Me!"
                text_alignment: center
                background_color: "#404080FF"
                border_color: "#0099FFFF"
                onClick: "handleButtonClick"
            }
        }
        """;

    /// <summary>KRB.md §17, byte for byte, except the version bytes (the Go kryc wrote 00 05; we write 05 00).</summary>
    private const string ButtonKrb = """
        4B 52 42 31  05 00  C1 00
        02 00 01 00 00 00 00 00 00 00 05 00 00 00
        36 00 00 00  8A 00 00 00  A6 00 00 00  A6 00 00 00  A6 00 00 00  A6 00 00 00  DA 00 00 00  DA 00 00 00
        00 00 0000 0000 0000 0000 05 01 05 01 00 00 00 00
        20 02 02 58 02  21 02 02 90 01  22 04 01 02  23 01 01 01  24 01 01 00
        2A 00
        10 00 0000 0000 9600 3200 01 00 04 00 01 00 00 00
        08 04 01 03  0B 09 01 01  01 03 04 40 40 80 FF  03 03 04 00 99 FF FF
        01 04
        01 01 04  01 03 04 19 19 19 FF  02 03 04 FF FF 00 FF  03 03 04 00 FF FF FF  04 01 01 01
        05 00  00  04 62617365  0F 43656E746572656420427574746F6E  09 436C69636B204D6521  11 68616E646C65427574746F6E436C69636B
        """;

    [Fact]
    public void Reproduces_the_worked_example_of_KRB_md_section_17()
    {
        var (_, bytes) = TestFiles.Compile(ButtonKry);
        Assert.Equal(218, bytes.Length);
        Assert.Equal(Convert.ToHexString(TestFiles.Hex(ButtonKrb)), Convert.ToHexString(bytes));
    }

    [Fact]
    public void Reads_the_worked_example_in_the_legacy_version_byte_order()
    {
        var bytes = TestFiles.Hex(ButtonKrb);
        bytes[4] = 0x00;
        bytes[5] = 0x05;
        var document = KrbReader.Read(bytes);
        Assert.True(document.Header.LegacyVersionOrder);
        var app = document.Root;
        Assert.Equal(5, app.Properties.Count);
        Assert.Equal("base", document.GetStyle(app.StyleId)!.Name);
        var button = Assert.Single(app.Children);
        Assert.Equal((ushort)150, button.Width);
        Assert.Equal("Click Me!", document.GetString(button.FindProperty(0x08)!.Value.Value));
        Assert.Equal(new KrbEvent(0x01, "handleButtonClick"), Assert.Single(button.Events.ToArray()));
    }

    /// <summary>
    /// Variables, a binding and a percentage width: `var:n` Int on the root, `bind:text` with the
    /// source expression, width 50% → MaxWidth 0x13 Percentage 0x0080 and FLAG_FIXED_POINT.
    /// </summary>
    [Fact]
    public void Writes_variables_bindings_and_percentage_width_as_KRB_md_7_3_and_6_4_say()
    {
        var (_, bytes) = TestFiles.Compile("""
            @variables { n: 3 }
            App {
                Text { id: "t"; text: "n=$n"; width: 50% }
            }
            """);
        const string expected = """
            4B 52 42 31  05 00  A0 00
            02 00 00 00 00 00 00 00 00 00 06 00 00 00
            36 00 00 00  70 00 00 00  70 00 00 00  70 00 00 00  70 00 00 00  70 00 00 00  90 00 00 00  90 00 00 00
            00 00 0000 0000 0000 0000 01 00 00 01 00 00 01 00
            01 0E 04 03 00 00 00
            1B 00
            02 02 0000 0000 0000 0000 01 00 02 00 00 00 01 00
            08 04 01 03  13 06 02 80 00
            04 04 01 05
            06 00  00  05 7661723A6E  01 74  03 6E3D33  09 62696E643A74657874  06 226E3D246E22
            """;
        Assert.Equal(Convert.ToHexString(TestFiles.Hex(expected)), Convert.ToHexString(bytes));
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        foreach (var path in TestFiles.Examples.Take(5))
            Assert.Equal(TestFiles.CompileFile(path).Bytes, TestFiles.CompileFile(path).Bytes);
    }
}

using System.Buffers.Binary;

namespace Kryon.Krb.Tests;

/// <summary>Each kind of damage ends in a <see cref="KrbFormatException"/> with its code and offset (KRB.md §15).</summary>
public class ReaderValidationTests
{
    /// <summary>KRB.md §17's button.krb as we write it.</summary>
    private static byte[] Button() => TestFiles.Compile("""
        style "base" { background_color: "#191919FF"; text_color: "#FFFF00FF"; border_color: "#00FFFFFF"; border_width: 1 }
        App {
            window_width: 600; window_height: 400; window_title: "Centered Button"; resizable: true; keep_aspect: false
            layout: center; style: "base"
            Button { width: 150; height: 50; text: "Click Me!"; text_alignment: center; background_color: "#404080FF"; border_color: "#0099FFFF"; onClick: "handleButtonClick" }
        }
        """).Bytes;

    private static KrbFormatException Fails(byte[] bytes) => Assert.Throws<KrbFormatException>(() => KrbReader.Read(bytes));

    [Fact]
    public void Bad_magic_is_2001()
    {
        var bytes = Button();
        bytes[3] = (byte)'Y';
        var e = Fails(bytes);
        Assert.Equal(2001, e.Code);
        Assert.Equal(0, e.Offset);
    }

    [Theory]
    [InlineData(0x06, 0x00)]
    [InlineData(0x00, 0x04)]
    [InlineData(0x05, 0x05)]
    public void Unsupported_version_is_2002(byte a, byte b)
    {
        var bytes = Button();
        bytes[4] = a;
        bytes[5] = b;
        Assert.Equal(2002, Fails(bytes).Code);
    }

    [Fact]
    public void Compressed_flag_is_2002()
    {
        var bytes = Button();
        bytes[6] |= 0x10;
        Assert.Equal(2002, Fails(bytes).Code);
    }

    [Fact]
    public void Unknown_flag_bits_are_ignored()
    {
        var bytes = Button();
        bytes[7] |= 0x80;
        Assert.True(KrbReader.Read(bytes).HasRoot);
    }

    [Fact]
    public void Size_mismatch_is_2003()
    {
        var bytes = Button();
        Assert.Equal(2003, Fails([.. bytes, 0]).Code);
        Assert.Equal(2003, Fails(bytes[..^1]).Code);
    }

    [Fact]
    public void Short_file_and_bad_offsets_are_2005()
    {
        Assert.Equal(2005, Fails("KRB1"u8.ToArray()).Code);
        var bytes = Button();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(26), 9999); // style offset outside the file
        Assert.Equal(2005, Fails(bytes).Code);
        bytes = Button();
        bytes[166] = 6; // string table count prefix disagrees with the header
        Assert.Equal(2005, Fails(bytes).Code);
        bytes = Button();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(18), 0xFFFF); // huge string count
        bytes[166] = 0xFF;
        bytes[167] = 0xFF;
        Assert.Equal(2005, Fails(bytes).Code);
    }

    [Fact]
    public void Bad_string_index_is_2104()
    {
        var bytes = Button();
        bytes[117] = 9; // Button text → string 9 of 5
        var e = Fails(bytes);
        Assert.Equal(2104, e.Code);
        Assert.Equal(117, e.Offset);
        Assert.Contains("string", e.Expected);
    }

    [Fact]
    public void Bad_resource_index_is_2105()
    {
        var (_, bytes) = TestFiles.Compile("App { Image { src: \"a.png\" } }");
        var document = KrbReader.Read(bytes);
        int at = document.Root.Children[0].Offset + 18 + 3; // the ImageSource value byte
        Assert.Equal(0, bytes[at]);
        bytes[at] = 1;
        Assert.Equal(2105, Fails(bytes).Code);
    }

    [Fact]
    public void Size_that_contradicts_the_value_type_is_2106()
    {
        var bytes = Button();
        bytes[123] = 0x01; // BackgroundColor (type Color) with size 4 → type Byte with size 4
        Assert.Equal(2106, Fails(bytes).Code);
    }

    [Fact]
    public void Child_references_outside_backwards_or_shared_are_2107()
    {
        var bytes = Button();
        bytes[94] = 0x00; // child at the parent itself: a cycle
        Assert.Equal(2107, Fails(bytes).Code);
        bytes = Button();
        bytes[94] = 0xF0; // past the element section
        Assert.Equal(2107, Fails(bytes).Code);
        bytes = Button();
        bytes[8] = 3; // header claims 3 elements, the tree has 2
        Assert.Equal(2107, Fails(bytes).Code);
    }

    [Fact]
    public void Two_children_pointing_at_one_block_are_2107()
    {
        var (_, bytes) = TestFiles.Compile("App { Container { } Container { } }");
        var root = KrbReader.Read(bytes).Root;
        int references = root.Offset + 18;
        bytes[references + 2] = bytes[references]; // second child = first child
        bytes[references + 3] = bytes[references + 1];
        Assert.Equal(2107, Fails(bytes).Code);
    }

    [Fact]
    public void Nesting_deeper_than_32_in_a_narrow_file_is_2107()
    {
        var (_, bytes) = TestFiles.Compile("App { " + string.Concat(Enumerable.Repeat("Container { ", 40)) + new string('}', 40) + " }");
        Assert.True(KrbReader.Read(bytes).IsWide);
        bytes[7] &= 0xFB; // clear FLAG_WIDE: the same bytes as a v0.5 file are now misread and must fail cleanly
        Assert.Throws<KrbFormatException>(() => KrbReader.Read(bytes));
    }

    [Fact]
    public void Exception_turns_into_a_diagnostic_with_code_and_offset()
    {
        var bytes = Button();
        bytes[117] = 9;
        var diagnostic = Fails(bytes).ToDiagnostic("button.krb");
        Assert.Equal(2104, diagnostic.Code);
        Assert.Contains("button.krb", diagnostic.Message);
        Assert.Contains("byte 117", diagnostic.Message);
        Assert.Equal("KRB", diagnostic.Descriptor.Category);
    }
}

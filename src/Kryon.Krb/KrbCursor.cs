using System.Buffers.Binary;
using Kryon.Diagnostics;

namespace Kryon.Krb;

/// <summary>
/// A bounds-checked position inside one section of a KRB file. Every read first checks that the
/// bytes lie before <see cref="End"/>; a read past it throws a <see cref="KrbFormatException"/>
/// with the caller's diagnostic, so no read can leave the section, let alone the file.
/// </summary>
internal ref struct KrbCursor
{
    private readonly ReadOnlySpan<byte> _file;

    public KrbCursor(ReadOnlySpan<byte> file, int position, int end)
    {
        _file = file;
        Position = position;
        End = end;
    }

    public int Position { get; set; }

    public int End { get; }

    public readonly int Remaining => End - Position;

    public readonly void Need(int bytes, DiagnosticDescriptor error, string what)
    {
        if (bytes < 0 || bytes > End - Position)
            throw new KrbFormatException(error, Position, $"{what} runs past the end of its section (byte {End})", $"{bytes} more bytes");
    }

    public byte ReadByte(DiagnosticDescriptor error, string what)
    {
        Need(1, error, what);
        return _file[Position++];
    }

    public ushort ReadUInt16(DiagnosticDescriptor error, string what)
    {
        Need(2, error, what);
        var v = BinaryPrimitives.ReadUInt16LittleEndian(_file.Slice(Position, 2));
        Position += 2;
        return v;
    }

    public uint ReadUInt32(DiagnosticDescriptor error, string what)
    {
        Need(4, error, what);
        var v = BinaryPrimitives.ReadUInt32LittleEndian(_file.Slice(Position, 4));
        Position += 4;
        return v;
    }

    /// <summary>A string/style/resource index or child count: 1 byte, or 2 in wide files.</summary>
    public int ReadIndex(bool wide, DiagnosticDescriptor error, string what) => wide ? ReadUInt16(error, what) : ReadByte(error, what);

    public ReadOnlySpan<byte> ReadBytes(int count, DiagnosticDescriptor error, string what)
    {
        Need(count, error, what);
        var bytes = _file.Slice(Position, count);
        Position += count;
        return bytes;
    }
}

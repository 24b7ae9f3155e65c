using System.Buffers.Binary;
using System.Text;

namespace Kryon.Compiler.Emit;

/// <summary>A growable little-endian byte buffer with the field writers the KRB layout needs.</summary>
internal sealed class KrbByteWriter(int capacity)
{
    private byte[] _buffer = new byte[Math.Max(capacity, 64)];

    public int Position { get; private set; }

    public void U8(byte v)
    {
        Ensure(1);
        _buffer[Position++] = v;
    }

    public void U16(int v)
    {
        Ensure(2);
        BinaryPrimitives.WriteUInt16LittleEndian(_buffer.AsSpan(Position), checked((ushort)v));
        Position += 2;
    }

    public void U32(long v)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(Position), checked((uint)v));
        Position += 4;
    }

    /// <summary>A string/style/resource index or child count: 1 byte, or 2 in wide files.</summary>
    public void Index(int v, bool wide)
    {
        if (wide) U16(v);
        else U8(checked((byte)v));
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Position));
        Position += bytes.Length;
    }

    public void Utf8(string text)
    {
        int count = Encoding.UTF8.GetByteCount(text);
        Ensure(count);
        Encoding.UTF8.GetBytes(text, _buffer.AsSpan(Position));
        Position += count;
    }

    /// <summary>Overwrites a u16 written earlier (header counts).</summary>
    public void PatchU16(int at, int v) => BinaryPrimitives.WriteUInt16LittleEndian(_buffer.AsSpan(at), checked((ushort)v));

    public void PatchU32(int at, long v) => BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(at), checked((uint)v));

    public byte[] ToArray() => _buffer.AsSpan(0, Position).ToArray();

    private void Ensure(int more)
    {
        if (Position + more <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Position + more));
    }
}

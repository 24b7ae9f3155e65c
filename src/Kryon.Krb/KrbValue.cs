using System.Buffers.Binary;
using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Krb;

/// <summary>
/// One property value as stored: its value type and raw bytes. Values up to 8 bytes (every fixed
/// type) live inside the struct; only longer opaque values (Custom, unknown types) own an array.
/// String, Resource and StyleId values hold an index (1 byte, or 2 in wide files).
/// </summary>
public readonly struct KrbValue : IEquatable<KrbValue>
{
    private readonly ulong _inline;
    private readonly byte[]? _blob;

    private KrbValue(KrbValueType type, int size, ulong inline, byte[]? blob)
    {
        Type = type;
        Size = (byte)size;
        _inline = inline;
        _blob = blob;
    }

    public KrbValueType Type { get; }

    public byte Size { get; }

    public static KrbValue FromBytes(KrbValueType type, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > KrbFormat.MaxValueBytes) throw new ArgumentException("a KRB value holds at most 255 bytes", nameof(bytes));
        if (bytes.Length > 8) return new KrbValue(type, bytes.Length, 0, bytes.ToArray());
        Span<byte> buffer = stackalloc byte[8];
        buffer.Clear();
        bytes.CopyTo(buffer);
        return new KrbValue(type, bytes.Length, BinaryPrimitives.ReadUInt64LittleEndian(buffer), null);
    }

    public static KrbValue None => new(KrbValueType.None, 0, 0, null);

    public static KrbValue Byte(byte b, KrbValueType type = KrbValueType.Byte) => new(type, 1, b, null);

    public static KrbValue Short(ushort v) => new(KrbValueType.Short, 2, v, null);

    public static KrbValue Percentage(ushort raw) => new(KrbValueType.Percentage, 2, raw, null);

    public static KrbValue FromColor(Color c) => new(KrbValueType.Color, 4, c.R | (uint)c.G << 8 | (uint)c.B << 16 | (uint)c.A << 24, null);

    public static KrbValue Int(int v) => new(KrbValueType.Int, 4, (uint)v, null);

    public static KrbValue Float(float v) => new(KrbValueType.Float, 4, BitConverter.SingleToUInt32Bits(v), null);

    /// <summary>A String, Resource or StyleId value: an index of the given width.</summary>
    public static KrbValue Index(KrbValueType type, int index, bool wide) => new(type, wide ? 2 : 1, (uint)index, null);

    public void CopyTo(Span<byte> destination)
    {
        if (_blob is not null)
        {
            _blob.CopyTo(destination);
            return;
        }
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(buffer, _inline);
        buffer[..Size].CopyTo(destination);
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    public byte AsByte() => (byte)_inline;

    public ushort AsUInt16() => (ushort)_inline;

    public short AsInt16() => (short)_inline;

    public int AsInt32() => (int)(uint)_inline;

    public float AsSingle() => BitConverter.UInt32BitsToSingle((uint)_inline);

    /// <summary>String/Resource/StyleId index, whatever its width.</summary>
    public int AsIndex() => Size == 2 ? (ushort)_inline : (byte)_inline;

    /// <summary>8.8 fixed point (KRB.md §6.2): raw / 256.</summary>
    public double AsFixedPoint() => (ushort)_inline / 256.0;

    public Color AsColor() => new((byte)_inline, (byte)(_inline >> 8), (byte)(_inline >> 16), (byte)(_inline >> 24));

    /// <summary>EdgeInsets as top, right, bottom, left (4 bytes, or 4 u16 when Size is 8).</summary>
    public (int Top, int Right, int Bottom, int Left) AsEdgeInsets() => Size == 8
        ? ((ushort)_inline, (ushort)(_inline >> 16), (ushort)(_inline >> 32), (ushort)(_inline >> 48))
        : ((byte)_inline, (byte)(_inline >> 8), (byte)(_inline >> 16), (byte)(_inline >> 24));

    /// <summary>Rect x, y, w, h (u16 each).</summary>
    public (int X, int Y, int W, int H) AsRect() => ((ushort)_inline, (ushort)(_inline >> 16), (ushort)(_inline >> 32), (ushort)(_inline >> 48));

    public (int X, int Y) AsVector() => ((ushort)_inline, (ushort)(_inline >> 16));

    public bool Equals(KrbValue other)
    {
        if (Type != other.Type || Size != other.Size) return false;
        if (_blob is null && other._blob is null) return _inline == other._inline;
        return ToArray().AsSpan().SequenceEqual(other.ToArray());
    }

    public override bool Equals(object? obj) => obj is KrbValue v && Equals(v);

    public override int GetHashCode() => HashCode.Combine(Type, Size, _inline, _blob?.Length ?? 0);

    public static bool operator ==(KrbValue a, KrbValue b) => a.Equals(b);

    public static bool operator !=(KrbValue a, KrbValue b) => !a.Equals(b);

    public override string ToString() => $"{Type}[{Convert.ToHexString(ToArray())}]";
}

using System.Text;

namespace Kryon.Backends.Terminal.Output;

/// <summary>A growable byte buffer reused from frame to frame: the bytes of one frame's output.</summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes = new byte[4096];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Add(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Add(byte b)
    {
        Ensure(1);
        _bytes[Length++] = b;
    }

    public void AddNumber(int value)
    {
        Ensure(11);
        value.TryFormat(_bytes.AsSpan(Length), out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        Length += written;
    }

    public void AddRune(int scalar)
    {
        Ensure(4);
        if (!Rune.TryCreate(scalar, out var rune)) rune = Rune.ReplacementChar;
        Length += rune.EncodeToUtf8(_bytes.AsSpan(Length));
    }

    private void Ensure(int more)
    {
        if (Length + more > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
    }
}

using System.Buffers.Binary;

namespace Kryon.Scripting.Process;

/// <summary>
/// The wire between the host and a child: each frame is a 4-byte little-endian length and that
/// many bytes of UTF-8 JSON. Reads and writes happen on the app's thread.
/// </summary>
internal static class FrameChannel
{
    /// <summary>A frame larger than this is a broken child, not a message.</summary>
    public const int MaxFrameBytes = 64 * 1024 * 1024;

    /// <summary>Writes one frame with one write (header and body together: one system call, one wake-up of the reader).</summary>
    public static void Write(Stream stream, ReadOnlySpan<byte> json)
    {
        byte[] frame = System.Buffers.ArrayPool<byte>.Shared.Rent(json.Length + 4);
        try
        {
            BinaryPrimitives.WriteInt32LittleEndian(frame, json.Length);
            json.CopyTo(frame.AsSpan(4));
            stream.Write(frame, 0, json.Length + 4);
            stream.Flush();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(frame);
        }
    }

    /// <summary>The next frame, or null at the end of the stream (the child exited).</summary>
    public static byte[]? Read(Stream stream)
    {
        var header = new byte[4];
        if (!ReadExactly(stream, header)) return null;
        int length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 0 || length > MaxFrameBytes) throw new InvalidDataException($"a frame of {length} bytes");
        var body = new byte[length];
        return ReadExactly(stream, body) ? body : null;
    }

    private static bool ReadExactly(Stream stream, byte[] buffer)
    {
        int offset = 0;
        while (offset < buffer.Length)
        {
            int n = stream.Read(buffer, offset, buffer.Length - offset);
            if (n == 0) return false;
            offset += n;
        }
        return true;
    }
}

using System.Buffers.Binary;

namespace Kryon.Scripting.Process;

/// <summary>
/// The wire between the host and a child: each frame is a 4-byte little-endian length and that
/// many bytes of UTF-8 JSON. Reads happen on one background thread (<see cref="HostProcess"/>),
/// writes on the app's thread.
/// </summary>
internal static class FrameChannel
{
    /// <summary>A frame larger than this is a broken child, not a message.</summary>
    public const int MaxFrameBytes = 64 * 1024 * 1024;

    public static void Write(Stream stream, ReadOnlySpan<byte> json)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, json.Length);
        stream.Write(header);
        stream.Write(json);
        stream.Flush();
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

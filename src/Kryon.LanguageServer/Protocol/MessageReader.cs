using System.Text;

namespace Kryon.LanguageServer.Protocol;

/// <summary>
/// Reads JSON-RPC messages framed the LSP way: `Content-Length: N` headers, a blank line, then N
/// bytes of UTF-8 JSON. Returns the raw body; parsing the JSON is the caller's business, so a
/// malformed body can be answered with a ParseError without losing the framing.
/// </summary>
public sealed class MessageReader(Stream input)
{
    /// <summary>Longest header line accepted; anything longer is not an LSP header.</summary>
    private const int MaxHeaderLine = 8 * 1024;

    /// <summary>Largest body accepted (a 5,000-line file is about 200 KB; this leaves a wide margin).</summary>
    public const int MaxBody = 64 * 1024 * 1024;

    // Headers are read a byte at a time; the buffer turns that into one read per chunk of input.
    private readonly Stream _input = new BufferedStream(input, 64 * 1024);
    private readonly byte[] _one = new byte[1];

    /// <summary>The next message body, or null at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">The headers are not LSP headers (no usable Content-Length).</exception>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken = default)
    {
        int? length = null;
        bool sawHeader = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken);
            if (line is null) return null;
            if (line.Length == 0)
            {
                // Blank lines before any header are tolerated (some clients send a stray CRLF).
                if (!sawHeader) continue;
                break;
            }
            sawHeader = true;
            int colon = line.IndexOf(':');
            if (colon <= 0) throw new InvalidDataException($"malformed header line '{line}'");
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, out int n) || n < 0 || n > MaxBody) throw new InvalidDataException($"invalid Content-Length '{value}'");
                length = n;
            }
            // Content-Type is the only other header; its one legal value (utf-8 JSON) is what we assume.
        }
        if (length is null) throw new InvalidDataException("message without a Content-Length header");
        var body = new byte[length.Value];
        int read = 0;
        while (read < body.Length)
        {
            int n = await _input.ReadAsync(body.AsMemory(read), cancellationToken);
            if (n == 0) return null;
            read += n;
        }
        return body;
    }

    /// <summary>One header line without its CRLF (a bare LF is accepted too), or null at the end of the stream.</summary>
    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var bytes = new List<byte>(32);
        while (true)
        {
            int n = await _input.ReadAsync(_one.AsMemory(), cancellationToken);
            if (n == 0) return bytes.Count == 0 ? null : throw new InvalidDataException("the stream ended inside a header");
            byte b = _one[0];
            if (b == (byte)'\n')
            {
                if (bytes.Count > 0 && bytes[^1] == (byte)'\r') bytes.RemoveAt(bytes.Count - 1);
                return Encoding.ASCII.GetString(bytes.ToArray());
            }
            bytes.Add(b);
            if (bytes.Count > MaxHeaderLine) throw new InvalidDataException("header line too long");
        }
    }
}

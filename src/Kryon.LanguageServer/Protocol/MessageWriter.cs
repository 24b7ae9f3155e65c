using System.Text;
using System.Text.Json;

namespace Kryon.LanguageServer.Protocol;

/// <summary>
/// Writes JSON-RPC messages with LSP framing. Handlers answer from several threads, so every
/// message is written whole under a lock: frames never interleave.
/// </summary>
public sealed class MessageWriter(Stream output)
{
    private readonly Stream _output = output;
    private readonly Lock _gate = new();

    /// <exception cref="NotSupportedException">The message's type (or a result inside it) is missing from <see cref="LspJsonContext"/>.</exception>
    public void Write(object message)
    {
        // Resolved by runtime type through the source-generated context: no reflection, AOT-safe.
        var body = JsonSerializer.SerializeToUtf8Bytes(message, LspJson.ServerOptions.GetTypeInfo(message.GetType()));
        WriteRaw(body);
    }

    public void WriteRaw(ReadOnlySpan<byte> body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_gate)
        {
            _output.Write(header);
            _output.Write(body);
            _output.Flush();
        }
    }
}

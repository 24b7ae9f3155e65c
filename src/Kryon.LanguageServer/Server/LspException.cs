namespace Kryon.LanguageServer.Server;

/// <summary>A request that cannot be answered for a reason the client should see (an error response with this code), not a server bug.</summary>
public sealed class LspException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}

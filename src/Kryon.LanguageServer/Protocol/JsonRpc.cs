using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kryon.LanguageServer.Protocol;

/// <summary>JSON-RPC 2.0 and LSP error codes.</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int RequestCancelled = -32800;
}

public sealed record ResponseError(int Code, string Message);

/// <summary>Answers to requests. JSON-RPC wants exactly one of `result` and `error`, so success and failure are separate shapes.</summary>
public static class ResponseMessage
{
    public static SuccessResponse Success(JsonElement? id, object? result) => new(id, result);

    /// <param name="id">The request's id, or null when the request could not be read.</param>
    public static ErrorResponse Failure(JsonElement? id, int code, string message) => new(id, new ResponseError(code, message));
}

/// <summary>A result; written even when null (a null result, "no hover here", is a valid answer). The id is echoed as it came (number or string).</summary>
public sealed record SuccessResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] object? Result)
{
    public string Jsonrpc => "2.0";
}

public sealed record ErrorResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? Id,
    ResponseError Error)
{
    public string Jsonrpc => "2.0";
}

/// <summary>A server-to-client notification (publishDiagnostics, logMessage).</summary>
public sealed record NotificationMessage(string Method, object? Params)
{
    public string Jsonrpc => "2.0";
}

/// <summary>What arrived, once its envelope is read: a request has an id, a notification does not; a response (to a request of ours) has no method.</summary>
public sealed record IncomingMessage(string? Method, JsonElement? Id, JsonElement? Params)
{
    public bool IsRequest => Method is not null && Id is not null;

    public bool IsNotification => Method is not null && Id is null;

    /// <summary>Reads the envelope; null when the JSON is valid but is not a JSON-RPC message object.</summary>
    public static IncomingMessage? From(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        string? method = root.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        JsonElement? id = root.TryGetProperty("id", out var i) && i.ValueKind is JsonValueKind.Number or JsonValueKind.String ? i.Clone() : null;
        JsonElement? parameters = root.TryGetProperty("params", out var p) ? p.Clone() : null;
        if (method is null && id is null) return null;
        return new IncomingMessage(method, id, parameters);
    }
}

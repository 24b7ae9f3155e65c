using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Kryon.LanguageServer.Protocol;

/// <summary>The JSON settings of the protocol: camelCase names, nulls left out, enums as numbers (as LSP wants).</summary>
public static class LspJson
{
    /// <summary>
    /// What the server reads and writes with: types resolve only through <see cref="LspJsonContext"/>
    /// (no reflection, so native AOT works), and a type missing from the context throws NotSupportedException.
    /// </summary>
    public static JsonSerializerOptions ServerOptions => LspJsonContext.Default.Options;

    /// <summary>
    /// The same settings without the context, for clients (the tests' LSP client) that serialize
    /// their own types by reflection. The server never serializes with these.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(ServerOptions) { TypeInfoResolver = null };

    /// <summary>Reads typed params; a missing or null params object gives null.</summary>
    public static T? Read<T>(JsonElement? element) where T : class
        => element is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } e
            ? e.Deserialize((JsonTypeInfo<T>)ServerOptions.GetTypeInfo(typeof(T)))
            : null;
}

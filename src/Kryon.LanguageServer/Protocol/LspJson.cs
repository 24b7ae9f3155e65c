using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kryon.LanguageServer.Protocol;

/// <summary>The one set of JSON options for the protocol: camelCase names, nulls left out, enums as numbers (as LSP wants).</summary>
public static class LspJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads typed params; a missing or null params object gives null.</summary>
    public static T? Read<T>(JsonElement? element) where T : class
        => element is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } e ? e.Deserialize<T>(Options) : null;
}

using System.Text.Json;

namespace Kryon.Runtime.Headless;

/// <summary>How a JSON value is named in a diagnostic ("got the string \"x\"", "got an array"), for the events file and snapshot readers alike.</summary>
internal static class JsonValueDescription
{
    /// <param name="text">The value of a string.</param>
    /// <param name="raw">A number as written in the file.</param>
    public static string Of(JsonValueKind kind, string? text, string? raw) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {Quote(text)}",
        JsonValueKind.Number => $"the number {raw}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    /// <summary>A string as a JSON literal, escaped as JsonSerializer would (without its reflection, which native AOT cannot keep).</summary>
    public static string Quote(string? text) => text is null ? "null" : $"\"{JsonEncodedText.Encode(text).Value}\"";
}

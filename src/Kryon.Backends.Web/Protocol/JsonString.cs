using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kryon.Backends.Web.Protocol;

/// <summary>
/// A string as a JSON literal for the messages the server writes by hand. Escapes only what JSON
/// requires (the client parses it with JSON.parse, never as HTML), and uses no reflection, so the
/// server also runs in a native AOT build of kryon.
/// </summary>
internal static class JsonString
{
    public static string Quote(string value) => $"\"{JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value}\"";
}

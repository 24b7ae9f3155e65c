using System.Text.Json;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Web.Protocol;

/// <summary>
/// Reads one client message (a JSON object with a "t" field) and checks every field: types, finite
/// coordinates within range, known key modifiers and buttons, bounded strings. Anything else is a
/// <see cref="ProtocolException"/>: the client is ours, so a bad message means a broken or hostile
/// client, and its session is closed.
/// </summary>
internal static class ClientMessageParser
{
    /// <summary>Coordinates and sizes beyond this are not from a real screen.</summary>
    public const float MaxCoordinate = 100_000;

    /// <summary>The longest key name (KeyboardEvent.key values are short: "ArrowLeft", "AudioVolumeMute").</summary>
    public const int MaxKeyLength = 32;

    /// <summary>The longest text one message may type or paste.</summary>
    public const int MaxTextLength = 16_384;

    public static ClientMessage Parse(ReadOnlySpan<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException e)
        {
            throw new ProtocolException($"not JSON: {e.Message}");
        }
        using (document)
        {
            var m = document.RootElement;
            if (m.ValueKind != JsonValueKind.Object) throw new ProtocolException("a message must be a JSON object");
            string type = String(m, "t", 16);
            return type switch
            {
                "hello" => new HelloMessage(OptionalString(m, "session", 64), Size(m, "w"), Size(m, "h")),
                "move" => Input(new PointerMoveEvent(Coordinate(m, "x"), Coordinate(m, "y"))),
                "down" => Input(new PointerDownEvent(Coordinate(m, "x"), Coordinate(m, "y"), Button(m), Modifiers(m))),
                "up" => Input(new PointerUpEvent(Coordinate(m, "x"), Coordinate(m, "y"), Button(m))),
                "leave" or "blur" => Input(new PointerLeaveEvent()),
                "wheel" => Input(new WheelEvent(Coordinate(m, "x"), Coordinate(m, "y"), Coordinate(m, "dx"), Coordinate(m, "dy"))),
                "keydown" => Input(new KeyDownEvent(Key(m), Modifiers(m), Bool(m, "r"))),
                "keyup" => Input(new KeyUpEvent(Key(m), Modifiers(m))),
                "text" => Input(new TextInputEvent(NonEmptyText(m))),
                "paste" => Input(new PasteEvent(NonEmptyText(m))),
                "compose" => Input(new CompositionEvent(String(m, "text", MaxTextLength), Int(m, "c", 0, MaxTextLength))),
                "resize" => Input(new ResizeEvent(Size(m, "w"), Size(m, "h"))),
                "drawn" => new DrawnMessage(Int(m, "v", 0, int.MaxValue)),
                "bye" => new ByeMessage(),
                _ => throw new ProtocolException($"unknown message type \"{type}\""),
            };
        }
    }

    private static InputMessage Input(InputEvent e) => new(e);

    private static JsonElement Field(JsonElement m, string name, JsonValueKind kind)
    {
        if (!m.TryGetProperty(name, out var value)) throw new ProtocolException($"missing field \"{name}\"");
        if (value.ValueKind != kind && !(kind == JsonValueKind.True && value.ValueKind == JsonValueKind.False))
            throw new ProtocolException($"field \"{name}\" must be {(kind == JsonValueKind.True ? "a boolean" : kind.ToString().ToLowerInvariant())}");
        return value;
    }

    private static string String(JsonElement m, string name, int maxLength)
    {
        string value = Field(m, name, JsonValueKind.String).GetString()!;
        return value.Length <= maxLength ? value : throw new ProtocolException($"field \"{name}\" is longer than {maxLength} characters");
    }

    private static string? OptionalString(JsonElement m, string name, int maxLength)
        => m.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null ? null : String(m, name, maxLength);

    private static string NonEmptyText(JsonElement m)
    {
        string text = String(m, "text", MaxTextLength);
        return text.Length > 0 ? text : throw new ProtocolException("field \"text\" is empty");
    }

    private static string Key(JsonElement m)
    {
        string key = String(m, "key", MaxKeyLength);
        return key.Length > 0 ? key : throw new ProtocolException("field \"key\" is empty");
    }

    private static bool Bool(JsonElement m, string name) => m.TryGetProperty(name, out _) && Field(m, name, JsonValueKind.True).GetBoolean();

    private static float Coordinate(JsonElement m, string name)
    {
        var value = Field(m, name, JsonValueKind.Number);
        if (!value.TryGetDouble(out double d) || !double.IsFinite(d) || Math.Abs(d) > MaxCoordinate)
            throw new ProtocolException($"field \"{name}\" must be a number within ±{MaxCoordinate}");
        return (float)d;
    }

    private static float Size(JsonElement m, string name)
    {
        float size = Coordinate(m, name);
        return size >= 1 ? size : throw new ProtocolException($"field \"{name}\" must be at least 1");
    }

    private static int Int(JsonElement m, string name, int min, int max)
    {
        var value = Field(m, name, JsonValueKind.Number);
        if (!value.TryGetInt32(out int i) || i < min || i > max) throw new ProtocolException($"field \"{name}\" must be a whole number from {min} to {max}");
        return i;
    }

    private static KeyModifiers Modifiers(JsonElement m) => m.TryGetProperty("m", out _) ? (KeyModifiers)Int(m, "m", 0, 15) : KeyModifiers.None;

    private static PointerButton Button(JsonElement m) => (m.TryGetProperty("b", out _) ? Int(m, "b", 0, 2) : 0) switch
    {
        1 => PointerButton.Middle,
        2 => PointerButton.Secondary,
        _ => PointerButton.Primary,
    };
}

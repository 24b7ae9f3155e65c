using System.Text.Json;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Process;

/// <summary>
/// <see cref="ScriptValue"/> on the wire: null, booleans, numbers (an integral JSON number is an
/// int, one with a fraction or exponent a float), strings and arrays as themselves; objects as
/// <c>{"$o": {...}}</c>, function values as <c>{"$f": handle, "lang": "javascript"}</c>, element
/// handles as <c>{"$e": handle}</c> — tagged, so that no object key can be mistaken for a tag.
/// </summary>
internal static class WireValues
{
    private const int MaxDepth = 200;

    public static void Write(Utf8JsonWriter w, ScriptValue value, int depth = 0)
    {
        if (depth > MaxDepth) throw new ScriptHostException("a value nested more than 200 deep cannot be passed to a script");
        switch (value.Kind)
        {
            case ScriptValueKind.Null: w.WriteNullValue(); break;
            case ScriptValueKind.Bool: w.WriteBooleanValue(value.AsBool()); break;
            case ScriptValueKind.Int: w.WriteNumberValue(value.AsInt()); break;
            case ScriptValueKind.Float:
                double d = value.AsFloat();
                if (double.IsFinite(d)) w.WriteRawValue(d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : d.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                else w.WriteNullValue();
                break;
            case ScriptValueKind.String: w.WriteStringValue(value.AsString()); break;
            case ScriptValueKind.Array:
                w.WriteStartArray();
                foreach (var item in value.AsArray()) Write(w, item, depth + 1);
                w.WriteEndArray();
                break;
            case ScriptValueKind.Object:
                w.WriteStartObject();
                w.WriteStartObject("$o");
                foreach (var (k, v) in value.AsObject())
                {
                    w.WritePropertyName(k);
                    Write(w, v, depth + 1);
                }
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            case ScriptValueKind.Function:
                var f = value.AsFunction();
                w.WriteStartObject();
                w.WriteNumber("$f", f.Handle);
                w.WriteString("lang", f.Language);
                if (f.Name is { } name) w.WriteString("name", name);
                w.WriteEndObject();
                break;
            case ScriptValueKind.Element:
                w.WriteStartObject();
                w.WriteNumber("$e", value.AsElement());
                w.WriteEndObject();
                break;
        }
    }

    public static ScriptValue Read(JsonElement e, int depth = 0)
    {
        if (depth > MaxDepth) throw new InvalidDataException("a value nested more than 200 deep");
        switch (e.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined: return ScriptValue.Null;
            case JsonValueKind.True: return ScriptValue.From(true);
            case JsonValueKind.False: return ScriptValue.From(false);
            case JsonValueKind.Number:
                string raw = e.GetRawText();
                bool integral = raw.IndexOfAny(['.', 'e', 'E']) < 0;
                return integral && e.TryGetInt64(out long l) ? ScriptValue.From(l) : ScriptValue.From(e.GetDouble());
            case JsonValueKind.String: return ScriptValue.From(e.GetString());
            case JsonValueKind.Array:
            {
                var items = new ScriptValue[e.GetArrayLength()];
                int i = 0;
                foreach (var item in e.EnumerateArray()) items[i++] = Read(item, depth + 1);
                return ScriptValue.Array(items);
            }
            case JsonValueKind.Object:
                if (e.TryGetProperty("$o", out var fields))
                {
                    var map = new Dictionary<string, ScriptValue>(StringComparer.Ordinal);
                    foreach (var p in fields.EnumerateObject()) map[p.Name] = Read(p.Value, depth + 1);
                    return ScriptValue.Object(map);
                }
                if (e.TryGetProperty("$f", out var handle))
                    return ScriptValue.Function(new ScriptFunctionRef(e.TryGetProperty("lang", out var lang) ? lang.GetString() ?? "" : "", handle.GetInt32(),
                        e.TryGetProperty("name", out var name) ? name.GetString() : null));
                if (e.TryGetProperty("$e", out var element)) return ScriptValue.Element(element.GetInt32());
                throw new InvalidDataException("an untagged object on the wire");
            default: throw new InvalidDataException($"a {e.ValueKind} on the wire");
        }
    }
}

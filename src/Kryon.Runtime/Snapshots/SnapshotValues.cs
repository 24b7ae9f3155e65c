using System.Globalization;
using System.Text.Json;
using Kryon.Registry;
using Kryon.Runtime.Loading;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.State;
using Kryon.Values;

using Kryon.Runtime.Headless;

namespace Kryon.Runtime.Snapshots;

/// <summary>
/// How values are spelled in snapshot JSON. Plain JSON where it says everything: strings,
/// booleans, numbers (a float keeps a fraction, `2.0`, so it reads back as a float), colours as
/// `"#RRGGBBAA"`. Where plain JSON would lose the kind, a one-key object with a `$` name:
/// <c>{"$kry": "10px"}</c> (a value of an untyped variable, in KRY spelling),
/// <c>{"$color": "#FF0000FF"}</c> (a colour in an untyped variable: KRY value text cannot start
/// with `#`, which begins a comment), <c>{"$float": "NaN"}</c>, <c>{"$element": 12}</c> (a handle), <c>{"$function": {...}}</c>, and
/// <c>{"$object": {...}}</c> for a script object that itself has one `$` key.
/// </summary>
internal static class SnapshotValues
{
    private const string Kry = "$kry", ColorForm = "$color", Float = "$float", ElementHandle = "$element", Function = "$function", ObjectWrapper = "$object";

    // ---- writing ----------------------------------------------------------------------------------

    public static void WriteVariable(Utf8JsonWriter w, SnapshotVariable variable)
    {
        switch (variable.Value)
        {
            case StringLiteral s: w.WriteStringValue(s.Value); return;
            case BoolLiteral b: w.WriteBooleanValue(b.Value); return;
            case NumberLiteral { Unit: "" } n when double.IsFinite(n.Value): WriteNumber(w, n.Value, n.IsInteger); return;
            case NumberLiteral { Unit: "" } n: WriteSpecialFloat(w, n.Value); return;
            // A typed variable reads this text back with its type; an untyped one needs the kind spelled out.
            case ColorLiteral c when !variable.IsAny: w.WriteStringValue(c.Value.ToString()); return;
            case ColorLiteral c:
                w.WriteStartObject();
                w.WriteString(ColorForm, c.Value.ToString());
                w.WriteEndObject();
                return;
            case NumberLiteral n when !variable.IsAny: w.WriteStringValue(n.Describe()); return;
        }
        w.WriteStartObject();
        w.WriteString(Kry, LiteralSpelling.Kry(variable.Value));
        w.WriteEndObject();
    }

    public static void WriteScriptValue(Utf8JsonWriter w, ScriptValue value)
    {
        switch (value.Kind)
        {
            case ScriptValueKind.Null: w.WriteNullValue(); break;
            case ScriptValueKind.Bool: w.WriteBooleanValue(value.AsBool()); break;
            case ScriptValueKind.Int: w.WriteNumberValue(value.AsInt()); break;
            case ScriptValueKind.Float:
                if (double.IsFinite(value.AsFloat())) WriteNumber(w, value.AsFloat(), isInteger: false);
                else WriteSpecialFloat(w, value.AsFloat());
                break;
            case ScriptValueKind.String: w.WriteStringValue(value.AsString()); break;
            case ScriptValueKind.Array:
                w.WriteStartArray();
                foreach (var item in value.AsArray()) WriteScriptValue(w, item);
                w.WriteEndArray();
                break;
            case ScriptValueKind.Object:
                var fields = value.AsObject();
                bool wrap = fields.Count == 1 && fields.Keys.First().StartsWith('$');
                if (wrap)
                {
                    w.WriteStartObject();
                    w.WritePropertyName(ObjectWrapper);
                }
                w.WriteStartObject();
                foreach (var (name, field) in fields)
                {
                    w.WritePropertyName(name);
                    WriteScriptValue(w, field);
                }
                w.WriteEndObject();
                if (wrap) w.WriteEndObject();
                break;
            case ScriptValueKind.Function:
                var f = value.AsFunction();
                w.WriteStartObject();
                w.WriteStartObject(Function);
                w.WriteString("language", f.Language);
                w.WriteNumber("handle", f.Handle);
                if (f.Name is not null) w.WriteString("name", f.Name);
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            case ScriptValueKind.Element:
                w.WriteStartObject();
                w.WriteNumber(ElementHandle, value.AsElement());
                w.WriteEndObject();
                break;
        }
    }

    public static void WriteProperty(Utf8JsonWriter w, PropertyValue value)
    {
        switch (value)
        {
            case StringValue s: w.WriteStringValue(s.Value); break;
            case StyleRefValue s: w.WriteStringValue(s.StyleName); break;
            case ResourceValue r: w.WriteStringValue(r.Path); break;
            case CallbackValue c: w.WriteStringValue(c.FunctionName); break;
            case IntValue i: w.WriteNumberValue(i.Value); break;
            case FloatValue f when double.IsFinite(f.Value): WriteNumber(w, f.Value, isInteger: false); break;
            case BoolValue b: w.WriteBooleanValue(b.Value); break;
            case ColorValue c: w.WriteStringValue(c.Value.ToString()); break;
            default:
                // Lengths, insets, enums, weights: their KRY spelling, unquoted (KryValueText reads it back).
                string kry = value.ToKry();
                w.WriteStringValue(KryValueText.Parse(kry) is StringLiteral quoted ? quoted.Value : kry);
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, double value, bool isInteger)
    {
        string text = isInteger && value == Math.Floor(value) && Math.Abs(value) < 9e18
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        if (!isInteger && text.IndexOfAny(['.', 'E', 'e']) < 0) text += ".0";
        w.WriteRawValue(text);
    }

    private static void WriteSpecialFloat(Utf8JsonWriter w, double value)
    {
        w.WriteStartObject();
        w.WriteString(Float, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        w.WriteEndObject();
    }

    // ---- reading ----------------------------------------------------------------------------------

    public static SnapshotVariable ReadVariable(JsonElement json, string path)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String: return new SnapshotVariable(new StringLiteral(json.GetString()!), IsAny: false);
            case JsonValueKind.True or JsonValueKind.False: return new SnapshotVariable(new BoolLiteral(json.GetBoolean()), IsAny: false);
            case JsonValueKind.Number: return new SnapshotVariable(ReadNumber(json, path), IsAny: false);
            case JsonValueKind.Object when SingleProperty(json) is { } only:
                if (only.Name == Float) return new SnapshotVariable(new NumberLiteral(ReadSpecialFloat(only.Value, path), false), IsAny: true);
                if (only.Name == ColorForm)
                    return only.Value.ValueKind == JsonValueKind.String && Color.TryParse(only.Value.GetString()!, out var color)
                        ? new SnapshotVariable(new ColorLiteral(color.Value), IsAny: true)
                        : throw new SnapshotFormatException($"{path}.{ColorForm}", $"expected a colour such as \"#FF0000FF\"; got {Describe(only.Value)}");
                if (only.Name == Kry && only.Value.ValueKind == JsonValueKind.String)
                {
                    string text = only.Value.GetString()!;
                    return LiteralSpelling.Read(VariableType.Any, text) is { } literal
                        ? new SnapshotVariable(literal, IsAny: true)
                        : throw new SnapshotFormatException(path, $"'{text}' is not a KRY value");
                }
                break;
        }
        throw new SnapshotFormatException(path, $"expected a string, number, true/false or {{\"{Kry}\": \"KRY value\"}}; got {Describe(json)}");
    }

    public static ScriptValue ReadScriptValue(JsonElement json, string path)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Null: return ScriptValue.Null;
            case JsonValueKind.True or JsonValueKind.False: return ScriptValue.From(json.GetBoolean());
            case JsonValueKind.String: return ScriptValue.From(json.GetString());
            case JsonValueKind.Number:
                var number = ReadNumber(json, path);
                return number.IsInteger && json.TryGetInt64(out long l) ? ScriptValue.From(l) : ScriptValue.From(number.Value);
            case JsonValueKind.Array:
                var items = new List<ScriptValue>();
                int i = 0;
                foreach (var item in json.EnumerateArray()) items.Add(ReadScriptValue(item, $"{path}[{i++}]"));
                return ScriptValue.Array(items);
        }
        if (SingleProperty(json) is { Name: var name } only && name.StartsWith('$'))
        {
            string inner = $"{path}.{name}";
            switch (name)
            {
                case Float: return ScriptValue.From(ReadSpecialFloat(only.Value, inner));
                case ElementHandle:
                    return only.Value.ValueKind == JsonValueKind.Number && only.Value.TryGetInt32(out int handle) && handle > 0
                        ? ScriptValue.Element(handle)
                        : throw new SnapshotFormatException(inner, $"expected an element handle (a positive whole number); got {Describe(only.Value)}");
                case Function:
                    var f = only.Value;
                    if (f.ValueKind == JsonValueKind.Object
                        && f.TryGetProperty("language", out var language) && language.ValueKind == JsonValueKind.String
                        && f.TryGetProperty("handle", out var fh) && fh.ValueKind == JsonValueKind.Number && fh.TryGetInt32(out int functionHandle))
                    {
                        string? functionName = f.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                        return ScriptValue.Function(new ScriptFunctionRef(language.GetString()!, functionHandle, functionName));
                    }
                    throw new SnapshotFormatException(inner, "expected {\"language\": \"…\", \"handle\": n, \"name\"?: \"…\"}");
                case ObjectWrapper:
                    return only.Value.ValueKind == JsonValueKind.Object
                        ? ReadObject(only.Value, inner)
                        : throw new SnapshotFormatException(inner, $"expected an object; got {Describe(only.Value)}");
                default:
                    throw new SnapshotFormatException(inner, $"unknown value form '{name}'; a script object with one '$' field is written inside {{\"{ObjectWrapper}\": …}}");
            }
        }
        return ReadObject(json, path);
    }

    private static ScriptValue ReadObject(JsonElement json, string path)
    {
        var fields = new Dictionary<string, ScriptValue>(StringComparer.Ordinal);
        foreach (var p in json.EnumerateObject())
            if (!fields.TryAdd(p.Name, ReadScriptValue(p.Value, $"{path}.{p.Name}")))
                throw new SnapshotFormatException(path, $"field '{p.Name}' appears twice");
        return ScriptValue.Object(fields);
    }

    /// <summary>A property value, checked against the property's kind as any script-set value is.</summary>
    public static PropertyValue ReadProperty(PropertyInfo property, JsonElement json, string path)
    {
        Literal literal = json.ValueKind switch
        {
            JsonValueKind.String => new StringLiteral(json.GetString()!),
            JsonValueKind.True or JsonValueKind.False => new BoolLiteral(json.GetBoolean()),
            JsonValueKind.Number => ReadNumber(json, path),
            _ => throw new SnapshotFormatException(path, $"expected a value for '{property.Name}' (a string, number or true/false); got {Describe(json)}"),
        };
        var converted = KryValueText.Convert(property, literal);
        return converted.Value ?? throw new SnapshotFormatException(path, $"{literal.Describe()} is not a value of '{property.Name}': {converted.Message}");
    }

    private static NumberLiteral ReadNumber(JsonElement json, string path)
    {
        string raw = json.GetRawText();
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new SnapshotFormatException(path, $"the number {raw} is out of range");
        return new NumberLiteral(value, raw.IndexOfAny(['.', 'E', 'e']) < 0);
    }

    private static double ReadSpecialFloat(JsonElement json, string path) => json.ValueKind == JsonValueKind.String
        ? json.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => throw new SnapshotFormatException(path, "expected \"NaN\", \"Infinity\" or \"-Infinity\""),
        }
        : throw new SnapshotFormatException(path, $"expected \"NaN\", \"Infinity\" or \"-Infinity\"; got {Describe(json)}");

    private static JsonProperty? SingleProperty(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) return null;
        JsonProperty? only = null;
        foreach (var p in json.EnumerateObject())
        {
            if (only is not null) return null;
            only = p;
        }
        return only;
    }

    public static string Describe(JsonElement json) => JsonValueDescription.Of(
        json.ValueKind,
        json.ValueKind == JsonValueKind.String ? json.GetString() : null,
        json.ValueKind == JsonValueKind.Number ? json.GetRawText() : null);
}

/// <summary>A snapshot's JSON has the wrong shape at <see cref="Path"/>; reported as 2502 by <see cref="SnapshotJson.Read"/>.</summary>
internal sealed class SnapshotFormatException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Editing;
using Kryon.Runtime.Scripting;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Runtime.Snapshots;

/// <summary>
/// A <see cref="RuntimeSnapshot"/> as JSON text:
/// <code>
/// {"version": 1, "clock": 480.0, "viewport": [400, 300],
///  "variables": {"count": 3, "ratio": 0.5, "tint": "#FF0000FF", "tags": {"$kry": "[1, 2]"}},
///  "stores": {"cart": {"items": 2}},
///  "components": {"Card#first": {"title": "Hi"}},
///  "elements": {"agree": {"properties": {"checked": true}, "script": {...}, "state": ["hover"], "scroll": [0, 40]}},
///  "focus": "name",
///  "pointer": {"x": 10, "y": 20, "hover": "agree", "pressed": null},
///  "inputs": {"name": {"text": "Ada", "caret": 3, "anchor": 1}},
///  "timers": [{"id": 1, "function": "tick", "remainingMs": 200.0, "intervalMs": 0.0, "arguments": []}],
///  "nextTimerId": 2,
///  "run": {...}}
/// </code>
/// <c>"run"</c> is optional and not part of the state: `kryon run --dump-state` puts its report of
/// the run there (layout boxes, log, summary), so that a dump can be restored as it is.
/// Values are spelled as <see cref="SnapshotValues"/> describes. Variables, stores and property
/// names are written in ordinal order, so equal snapshots give equal text. Reading checks the
/// shape and every value that can be checked without the app; <see cref="KryonRuntime.RestoreSnapshot"/>
/// checks the rest against the app.
/// </summary>
public static class SnapshotJson
{
    private static readonly string[] TopLevel =
        ["version", "clock", "viewport", "variables", "stores", "components", "elements", "focus", "pointer", "inputs", "timers", "nextTimerId", RunReport];

    /// <summary>A host's report written next to the snapshot (`kryon run --dump-state`); reading passes over it.</summary>
    public const string RunReport = "run";

    private static readonly (string Word, InteractionState Bit)[] StateWords =
        [("hover", InteractionState.Hover), ("active", InteractionState.Active), ("focus", InteractionState.Focus)];

    // ---- writing ----------------------------------------------------------------------------------

    public static string Write(RuntimeSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            WriteProperties(w, snapshot);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The snapshot's fields, written into an object the caller has opened (so a host can add its <c>"run"</c> report).</summary>
    public static void WriteProperties(Utf8JsonWriter w, RuntimeSnapshot snapshot)
    {
        w.WriteNumber("version", RuntimeSnapshot.FormatVersion);
        w.WritePropertyName("clock");
        WriteDouble(w, snapshot.ClockMs);
        if (snapshot.ViewportWidth > 0 || snapshot.ViewportHeight > 0)
        {
            w.WriteStartArray("viewport");
            WriteCoordinate(w, snapshot.ViewportWidth);
            WriteCoordinate(w, snapshot.ViewportHeight);
            w.WriteEndArray();
        }

        w.WritePropertyName("variables");
        WriteVariables(w, snapshot.Variables);

        w.WriteStartObject("stores");
        foreach (var (name, fields) in Ordered(snapshot.Stores))
        {
            w.WriteStartObject(name);
            foreach (var (field, value) in Ordered(fields))
            {
                w.WritePropertyName(field);
                SnapshotValues.WriteScriptValue(w, value);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();

        w.WriteStartObject("components");
        foreach (var (key, variables) in snapshot.Components)
        {
            w.WritePropertyName(key);
            WriteVariables(w, variables);
        }
        w.WriteEndObject();

        w.WriteStartObject("elements");
        foreach (var (key, element) in snapshot.Elements) WriteElement(w, key, element);
        w.WriteEndObject();

        WriteKey(w, "focus", snapshot.Focus);

        w.WriteStartObject("pointer");
        w.WritePropertyName("x");
        WriteCoordinate(w, snapshot.Pointer.X);
        w.WritePropertyName("y");
        WriteCoordinate(w, snapshot.Pointer.Y);
        WriteKey(w, "hover", snapshot.Pointer.Hover);
        WriteKey(w, "pressed", snapshot.Pointer.Pressed);
        w.WriteEndObject();

        w.WriteStartObject("inputs");
        foreach (var (key, input) in snapshot.Inputs)
        {
            w.WriteStartObject(key);
            w.WriteString("text", input.Text);
            w.WriteNumber("caret", input.Caret);
            w.WriteNumber("anchor", input.Anchor);
            w.WriteEndObject();
        }
        w.WriteEndObject();

        w.WriteStartArray("timers");
        foreach (var timer in snapshot.Timers)
        {
            w.WriteStartObject();
            w.WriteNumber("id", timer.Id);
            w.WriteString("function", timer.FunctionName);
            w.WritePropertyName("remainingMs");
            WriteDouble(w, timer.RemainingMs);
            w.WritePropertyName("intervalMs");
            WriteDouble(w, timer.IntervalMs);
            w.WriteStartArray("arguments");
            foreach (var argument in timer.Arguments) SnapshotValues.WriteScriptValue(w, argument);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("nextTimerId", snapshot.NextTimerId);
    }

    private static void WriteVariables(Utf8JsonWriter w, IReadOnlyDictionary<string, SnapshotVariable> variables)
    {
        w.WriteStartObject();
        foreach (var (name, variable) in Ordered(variables))
        {
            w.WritePropertyName(name);
            SnapshotValues.WriteVariable(w, variable);
        }
        w.WriteEndObject();
    }

    private static void WriteElement(Utf8JsonWriter w, string key, ElementSnapshot element)
    {
        w.WriteStartObject(key);
        if (element.Properties.Count > 0) WriteProperties(w, "properties", element.Properties);
        if (element.ScriptValues.Count > 0) WriteProperties(w, "script", element.ScriptValues);
        if (element.State != InteractionState.None)
        {
            w.WriteStartArray("state");
            foreach (var (word, bit) in StateWords)
                if ((element.State & bit) != 0) w.WriteStringValue(word);
            w.WriteEndArray();
        }
        if (element.ScrollX != 0 || element.ScrollY != 0)
        {
            w.WriteStartArray("scroll");
            WriteCoordinate(w, element.ScrollX);
            WriteCoordinate(w, element.ScrollY);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, PropertyValue> properties)
    {
        w.WriteStartObject(name);
        foreach (var (property, value) in Ordered(properties))
        {
            w.WritePropertyName(property);
            SnapshotValues.WriteProperty(w, value);
        }
        w.WriteEndObject();
    }

    private static void WriteKey(Utf8JsonWriter w, string name, string? key)
    {
        if (key is null) w.WriteNull(name);
        else w.WriteString(name, key);
    }

    /// <summary>NaN and infinities have no JSON number: null (the pointer's "outside the window"; elsewhere the reader rejects it).</summary>
    private static void WriteCoordinate(Utf8JsonWriter w, float value)
    {
        if (float.IsFinite(value)) w.WriteNumberValue(value);
        else w.WriteNullValue();
    }

    /// <summary>With a fraction always (`16.0`), so a reader sees a time, not a count.</summary>
    private static void WriteDouble(Utf8JsonWriter w, double value)
    {
        if (!double.IsFinite(value))
        {
            w.WriteNullValue(); // a snapshot built in code may hold one; writing never throws, reading reports it
            return;
        }
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.IndexOfAny(['.', 'E', 'e']) < 0) text += ".0";
        w.WriteRawValue(text);
    }

    private static IEnumerable<KeyValuePair<string, T>> Ordered<T>(IReadOnlyDictionary<string, T> map) => map.OrderBy(kv => kv.Key, StringComparer.Ordinal);

    // ---- reading ----------------------------------------------------------------------------------

    /// <summary>
    /// Reads snapshot JSON; null when it is not valid (each problem is reported to
    /// <paramref name="log"/> as 2502: JSON syntax with its line and column, a wrong shape with
    /// the JSON path of the value).
    /// </summary>
    public static RuntimeSnapshot? Read(string json, RuntimeLog log, string path = "<snapshot>")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(log);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException ex)
        {
            var file = new SourceFile(path, json);
            int offset = CharOffsetOf(json, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            log.Report(Diagnostic.Create(DiagnosticCodes.InvalidSnapshot, new SourceSpan(file, new TextSpan(offset, 0)),
                $"The snapshot is not valid JSON: {PlainJsonMessage(ex.Message)}", "a snapshot is written by `SnapshotJson.Write`; check the file was not cut short or edited by hand"));
            return null;
        }
        using (document)
        {
            try
            {
                return ReadSnapshot(document.RootElement);
            }
            catch (SnapshotFormatException ex)
            {
                log.Report(DiagnosticCodes.InvalidSnapshot, $"{path}: {ex.Path}: {ex.Message}");
                return null;
            }
        }
    }

    private static RuntimeSnapshot ReadSnapshot(JsonElement root)
    {
        RequireKind(root, JsonValueKind.Object, "$", "an object");
        foreach (var p in root.EnumerateObject())
            if (Array.IndexOf(TopLevel, p.Name) < 0)
                throw new SnapshotFormatException("$." + p.Name, $"unknown field; a snapshot has {string.Join(", ", TopLevel)}");
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int v))
            throw new SnapshotFormatException("$.version", "missing: a snapshot starts with \"version\": " + RuntimeSnapshot.FormatVersion);
        if (v != RuntimeSnapshot.FormatVersion)
            throw new SnapshotFormatException("$.version", $"version {v} is not supported (this runtime reads version {RuntimeSnapshot.FormatVersion})");

        var viewport = Optional(root, "viewport") is { } vp ? ReadPair(vp, "$.viewport", min: 1) : (0f, 0f);
        return new RuntimeSnapshot
        {
            ClockMs = Optional(root, "clock") is { } clock ? ReadFinite(clock, "$.clock", min: 0) : 0,
            ViewportWidth = viewport.Item1,
            ViewportHeight = viewport.Item2,
            Variables = ReadVariables(Optional(root, "variables"), "$.variables"),
            Stores = ReadMap(Optional(root, "stores"), "$.stores", (store, path) => ReadMap<ScriptValue>(store, path, SnapshotValues.ReadScriptValue)),
            Components = ReadMap(Optional(root, "components"), "$.components", (scope, path) => ReadVariables(scope, path)),
            Elements = ReadMap(Optional(root, "elements"), "$.elements", ReadElement),
            Focus = ReadKey(Optional(root, "focus"), "$.focus"),
            Pointer = Optional(root, "pointer") is { } pointer ? ReadPointer(pointer) : PointerSnapshot.None,
            Inputs = ReadMap(Optional(root, "inputs"), "$.inputs", ReadInput),
            Timers = ReadTimers(Optional(root, "timers")),
            NextTimerId = Optional(root, "nextTimerId") is { } next ? ReadInt(next, "$.nextTimerId", min: 1) : 1,
        };
    }

    private static IReadOnlyDictionary<string, SnapshotVariable> ReadVariables(JsonElement? json, string path)
        => ReadMap(json, path, SnapshotValues.ReadVariable);

    private static ElementSnapshot ReadElement(JsonElement json, string path)
    {
        RequireKind(json, JsonValueKind.Object, path, "an object");
        var properties = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        var script = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        var state = InteractionState.None;
        float scrollX = 0, scrollY = 0;
        foreach (var p in json.EnumerateObject())
        {
            string at = $"{path}.{p.Name}";
            switch (p.Name)
            {
                case "properties": ReadProperties(p.Value, at, properties); break;
                case "script": ReadProperties(p.Value, at, script); break;
                case "state":
                    RequireKind(p.Value, JsonValueKind.Array, at, "an array of \"hover\", \"active\", \"focus\"");
                    foreach (var word in p.Value.EnumerateArray())
                    {
                        var bit = Array.Find(StateWords, s => word.ValueKind == JsonValueKind.String && s.Word == word.GetString()).Bit;
                        if (bit == InteractionState.None) throw new SnapshotFormatException(at, $"expected \"hover\", \"active\" or \"focus\"; got {SnapshotValues.Describe(word)}");
                        state |= bit;
                    }
                    break;
                case "scroll":
                    (scrollX, scrollY) = ReadPair(p.Value, at, min: 0);
                    break;
                default:
                    throw new SnapshotFormatException(at, "unknown field; an element has properties, script, state, scroll");
            }
        }
        return new ElementSnapshot(properties, script, state, scrollX, scrollY);
    }

    private static void ReadProperties(JsonElement json, string path, Dictionary<string, PropertyValue> into)
    {
        RequireKind(json, JsonValueKind.Object, path, "an object of property values");
        foreach (var p in json.EnumerateObject())
        {
            string at = $"{path}.{p.Name}";
            if (!PropertyRegistry.TryGet(p.Name, out var property) || property.IsEvent)
                throw new SnapshotFormatException(at, SpellingSuggestions.Closest(p.Name, PropertyRegistry.All.Select(x => x.Name)) is { } close
                    ? $"unknown property '{p.Name}'; did you mean '{close}'?"
                    : $"unknown property '{p.Name}'");
            if (!into.TryAdd(property.Name, SnapshotValues.ReadProperty(property, p.Value, at)))
                throw new SnapshotFormatException(at, $"property '{property.Name}' appears twice");
        }
    }

    private static TextEditorState ReadInput(JsonElement json, string path)
    {
        RequireKind(json, JsonValueKind.Object, path, "{\"text\": …, \"caret\": n, \"anchor\": n}");
        string? text = null;
        int caret = -1, anchor = -1;
        foreach (var p in json.EnumerateObject())
        {
            string at = $"{path}.{p.Name}";
            switch (p.Name)
            {
                case "text":
                    RequireKind(p.Value, JsonValueKind.String, at, "a string");
                    text = p.Value.GetString();
                    break;
                case "caret": caret = ReadInt(p.Value, at, min: 0); break;
                case "anchor": anchor = ReadInt(p.Value, at, min: 0); break;
                default: throw new SnapshotFormatException(at, "unknown field; an input has text, caret, anchor");
            }
        }
        if (text is null) throw new SnapshotFormatException(path + ".text", "missing");
        if (caret < 0) caret = text.Length;
        if (anchor < 0) anchor = caret;
        if (caret > text.Length || anchor > text.Length)
            throw new SnapshotFormatException(path, $"caret {caret} and anchor {anchor} must lie within the text (length {text.Length})");
        return new TextEditorState(text, caret, anchor);
    }

    private static PointerSnapshot ReadPointer(JsonElement json)
    {
        RequireKind(json, JsonValueKind.Object, "$.pointer", "an object");
        float x = float.NaN, y = float.NaN;
        string? hover = null, pressed = null;
        foreach (var p in json.EnumerateObject())
        {
            string at = "$.pointer." + p.Name;
            switch (p.Name)
            {
                case "x": x = p.Value.ValueKind == JsonValueKind.Null ? float.NaN : (float)ReadFinite(p.Value, at); break;
                case "y": y = p.Value.ValueKind == JsonValueKind.Null ? float.NaN : (float)ReadFinite(p.Value, at); break;
                case "hover": hover = ReadKey(p.Value, at); break;
                case "pressed": pressed = ReadKey(p.Value, at); break;
                default: throw new SnapshotFormatException(at, "unknown field; the pointer has x, y, hover, pressed");
            }
        }
        return new PointerSnapshot(x, y, hover, pressed);
    }

    private static IReadOnlyList<TimerSnapshot> ReadTimers(JsonElement? json)
    {
        if (json is not { } array) return [];
        RequireKind(array, JsonValueKind.Array, "$.timers", "an array of timers");
        var timers = new List<TimerSnapshot>();
        var ids = new HashSet<int>();
        int i = 0;
        foreach (var t in array.EnumerateArray())
        {
            string path = $"$.timers[{i++}]";
            RequireKind(t, JsonValueKind.Object, path, "{\"id\", \"function\", \"remainingMs\", \"intervalMs\", \"arguments\"}");
            int id = 0;
            string? function = null;
            double remaining = 0, interval = 0;
            IReadOnlyList<ScriptValue> arguments = [];
            foreach (var p in t.EnumerateObject())
            {
                string at = $"{path}.{p.Name}";
                switch (p.Name)
                {
                    case "id": id = ReadInt(p.Value, at, min: 1); break;
                    case "function":
                        if (p.Value.ValueKind != JsonValueKind.String || p.Value.GetString() is not { Length: > 0 } name)
                            throw new SnapshotFormatException(at, "expected the name of a script function");
                        function = name;
                        break;
                    case "remainingMs": remaining = ReadFinite(p.Value, at, min: 0); break;
                    case "intervalMs": interval = ReadFinite(p.Value, at, min: 0); break;
                    case "arguments":
                        var argument = SnapshotValues.ReadScriptValue(p.Value, at);
                        arguments = p.Value.ValueKind == JsonValueKind.Array ? argument.AsArray() : throw new SnapshotFormatException(at, "expected an array");
                        break;
                    default: throw new SnapshotFormatException(at, "unknown field; a timer has id, function, remainingMs, intervalMs, arguments");
                }
            }
            if (id == 0) throw new SnapshotFormatException(path + ".id", "missing");
            if (function is null) throw new SnapshotFormatException(path + ".function", "missing");
            if (!ids.Add(id)) throw new SnapshotFormatException(path + ".id", $"timer id {id} appears twice");
            timers.Add(new TimerSnapshot(id, function, remaining, interval, arguments));
        }
        if (timers.Count > Frames.Scheduler.MaxTimers) throw new SnapshotFormatException("$.timers", $"more than {Frames.Scheduler.MaxTimers} timers");
        return timers;
    }

    // ---- shapes -------------------------------------------------------------------------------------

    private static JsonElement? Optional(JsonElement root, string name) => root.TryGetProperty(name, out var value) ? value : null;

    private static IReadOnlyDictionary<string, T> ReadMap<T>(JsonElement? json, string path, Func<JsonElement, string, T> read)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        if (json is not { } obj) return map;
        RequireKind(obj, JsonValueKind.Object, path, "an object");
        foreach (var p in obj.EnumerateObject())
            if (!map.TryAdd(p.Name, read(p.Value, $"{path}.{p.Name}")))
                throw new SnapshotFormatException($"{path}.{p.Name}", "appears twice");
        return map;
    }

    private static string? ReadKey(JsonElement? json, string path) => json switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } s when s.GetString() is { Length: > 0 } key => key,
        { } other => throw new SnapshotFormatException(path, $"expected an element key (an id or @handle) or null; got {SnapshotValues.Describe(other)}"),
    };

    private static (float, float) ReadPair(JsonElement json, string path, double min = double.MinValue)
    {
        if (json.ValueKind == JsonValueKind.Array && json.GetArrayLength() == 2)
            return ((float)ReadFinite(json[0], path + "[0]", min), (float)ReadFinite(json[1], path + "[1]", min));
        throw new SnapshotFormatException(path, $"expected [x, y]; got {SnapshotValues.Describe(json)}");
    }

    private static double ReadFinite(JsonElement json, string path, double min = double.MinValue)
    {
        if (json.ValueKind == JsonValueKind.Number && json.TryGetDouble(out double value) && double.IsFinite(value) && value >= min && Math.Abs(value) <= float.MaxValue)
            return value;
        throw new SnapshotFormatException(path, $"expected a number{(min == 0 ? " of 0 or more" : "")}; got {SnapshotValues.Describe(json)}");
    }

    private static int ReadInt(JsonElement json, string path, int min)
    {
        if (json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out int value) && value >= min) return value;
        throw new SnapshotFormatException(path, $"expected a whole number of {min} or more; got {SnapshotValues.Describe(json)}");
    }

    private static void RequireKind(JsonElement json, JsonValueKind kind, string path, string expected)
    {
        if (json.ValueKind != kind) throw new SnapshotFormatException(path, $"expected {expected}; got {SnapshotValues.Describe(json)}");
    }

    /// <summary>System.Text.Json counts lines by '\n' and positions in UTF-8 bytes; the diagnostic wants a character offset.</summary>
    private static int CharOffsetOf(string text, long line, long bytePositionInLine)
    {
        int start = 0;
        for (long l = 0; l < line; l++)
        {
            int next = text.IndexOf('\n', start);
            if (next < 0) return text.Length;
            start = next + 1;
        }
        int end = start;
        long bytes = 0;
        while (end < text.Length && bytes < bytePositionInLine)
        {
            int chars = char.IsHighSurrogate(text[end]) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(text.AsSpan(end, chars));
            end += chars;
        }
        return end;
    }

    /// <summary>The exception's message without its own position suffix (the diagnostic has the position).</summary>
    private static string PlainJsonMessage(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = (at >= 0 ? message[..at] : message).Trim();
        if (text.StartsWith("Expected depth to be zero", StringComparison.Ordinal)) return "the text ends inside an array or object (cut short?)";
        return text.EndsWith('.') ? text[..^1] : text;
    }
}

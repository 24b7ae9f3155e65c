using System.Text;
using System.Text.Json;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Values;

namespace Kryon.Runtime.Headless;

/// <summary>
/// The state of a running app as JSON, for `kryon run --headless --dump-state` and tests:
/// <code>
/// {"variables": {"name": "Ada", …},              // the global @variables
///  "focus": "name" | null,                       // the focused element's id (Type@handle without one)
///  "elements": [{"id", "type", "text", "state": ["hover", "focus", …], "box": [x, y, w, h], "visible", "scroll"?}, …],
///  "log": [diagnostics as `check --format json` writes them],
///  "frames": n, "timeMs": t}
/// </code>
/// Elements are those with an id, in tree order; `text` is what the element shows (an Input's
/// value or placeholder, a Checkbox's mark and label), null for elements that show no text;
/// `box` is the border box in window pixels as last painted; `scroll` ([x, y]) appears on a
/// scrolled `overflow: scroll` element.
/// </summary>
public static class StateDump
{
    public static string ToJson(KryonRuntime runtime)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            WriteProperties(w, runtime);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the dump's properties into an object the caller has opened (so a host can add its own).</summary>
    public static void WriteProperties(Utf8JsonWriter w, KryonRuntime runtime)
    {
        w.WriteStartObject("variables");
        foreach (var (name, slot) in runtime.State.GlobalVariables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            w.WritePropertyName(name);
            WriteLiteral(w, slot.Value);
        }
        w.WriteEndObject();

        if (runtime.Focused is { } focused) w.WriteString("focus", focused.Id ?? focused.ToString());
        else w.WriteNull("focus");

        w.WriteStartArray("elements");
        foreach (var e in runtime.Tree.Elements)
            if (e.Id is not null) WriteElement(w, runtime, e);
        w.WriteEndArray();

        w.WriteStartArray("log");
        foreach (var d in runtime.Log.Entries) DiagnosticFormatter.WriteJson(w, d);
        w.WriteEndArray();
        int dropped = runtime.Log.TotalReported - runtime.Log.Entries.Count;
        if (dropped > 0) w.WriteNumber("logDropped", dropped);

        w.WriteNumber("frames", runtime.Profiler.Frames);
        w.WriteNumber("timeMs", runtime.NowMs);
    }

    private static void WriteElement(Utf8JsonWriter w, KryonRuntime runtime, Element e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.TypeName);
        if (e.ComponentName is { } component) w.WriteString("component", component);
        var text = ElementText.Displayed(e, runtime.EditorOf(e)?.Text);
        if (text is null) w.WriteNull("text"); else w.WriteString("text", text);
        w.WriteStartArray("state");
        foreach (var (bit, name) in States)
            if ((e.State & bit) != 0) w.WriteStringValue(name);
        w.WriteEndArray();
        var box = e.ScreenBox;
        w.WriteStartArray("box");
        w.WriteNumberValue(box.X);
        w.WriteNumberValue(box.Y);
        w.WriteNumberValue(box.Width);
        w.WriteNumberValue(box.Height);
        w.WriteEndArray();
        w.WriteBoolean("visible", e.IsPainted);
        if (e.ScrollX != 0 || e.ScrollY != 0)
        {
            w.WriteStartArray("scroll");
            w.WriteNumberValue(e.ScrollX);
            w.WriteNumberValue(e.ScrollY);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static readonly (InteractionState Bit, string Name)[] States =
    [
        (InteractionState.Hover, "hover"),
        (InteractionState.Active, "active"),
        (InteractionState.Focus, "focus"),
        (InteractionState.Disabled, "disabled"),
        (InteractionState.Checked, "checked"),
    ];

    /// <summary>A variable's value as the nearest JSON: numbers without a unit, booleans, strings, lists; anything else as KRY spells it.</summary>
    public static void WriteLiteral(Utf8JsonWriter w, Literal value)
    {
        switch (value)
        {
            case StringLiteral s: w.WriteStringValue(s.Value); break;
            case WordLiteral word: w.WriteStringValue(word.Word); break;
            case BoolLiteral b: w.WriteBooleanValue(b.Value); break;
            case NumberLiteral { Unit: "" } n when double.IsFinite(n.Value):
                if (n.IsInteger && Math.Abs(n.Value) < 9e15) w.WriteNumberValue((long)n.Value);
                else w.WriteNumberValue(n.Value);
                break;
            case ListLiteral list:
                w.WriteStartArray();
                foreach (var item in list.Items) WriteLiteral(w, item);
                w.WriteEndArray();
                break;
            default: w.WriteStringValue(value.Describe()); break;
        }
    }
}

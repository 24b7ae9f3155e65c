using System.Text;
using System.Text.Json;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Snapshots;
using Kryon.Values;

namespace Kryon.Runtime.Headless;

/// <summary>
/// The state of a running app as JSON, for `kryon run --headless --dump-state` and tests: the
/// runtime's snapshot (<see cref="SnapshotJson"/>: "variables", "focus", "inputs", …), so that a dump
/// can be restored, plus a <c>"run"</c> report of what the run left on screen:
/// <code>
/// {"version": 1, "clock": …, "variables": {"name": "Ada", …}, "focus": "name" | null, …,
///  "run": {"frames": n, "timeMs": t,
///          "layout": [{"id", "type", "text", "state": ["hover", "focus", …], "box": [x, y, w, h], "visible", "scroll"?}, …],
///          "log": [diagnostics as `check --format json` writes them], …}}
/// </code>
/// The layout lists elements with an id, in tree order; <c>text</c> is what the element shows (an
/// Input's value or placeholder, a Checkbox's mark and label), null for elements that show no text;
/// <c>box</c> is the border box in window pixels as last painted; <c>scroll</c> ([x, y]) appears on
/// a scrolled <c>overflow: scroll</c> element.
/// </summary>
public static class StateDump
{
    /// <param name="addToRun">Writes a host's own fields into the "run" object (the CLI adds the file, its diagnostics and a summary).</param>
    public static string ToJson(KryonRuntime runtime, Action<Utf8JsonWriter>? addToRun = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            SnapshotJson.WriteProperties(w, runtime.TakeSnapshot());
            w.WriteStartObject(SnapshotJson.RunReport);
            WriteRunReport(w, runtime);
            addToRun?.Invoke(w);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRunReport(Utf8JsonWriter w, KryonRuntime runtime)
    {
        w.WriteNumber("frames", runtime.Profiler.Frames);
        w.WriteNumber("timeMs", runtime.NowMs);

        w.WriteStartArray("layout");
        foreach (var e in runtime.Tree.Elements)
            if (e.Id is not null) WriteElement(w, runtime, e);
        w.WriteEndArray();

        w.WriteStartArray("log");
        foreach (var d in runtime.Log.Entries) DiagnosticFormatter.WriteJson(w, d);
        w.WriteEndArray();
        int dropped = runtime.Log.TotalReported - runtime.Log.Entries.Count;
        if (dropped > 0) w.WriteNumber("logDropped", dropped);
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
}

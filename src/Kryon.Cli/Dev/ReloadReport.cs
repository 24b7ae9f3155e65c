using System.Globalization;
using System.Text;
using System.Text.Json;
using Kryon.Diagnostics;
using Kryon.Runtime.Snapshots;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Dev;

/// <summary>
/// How a <see cref="ReloadResult"/> is told: one JSON line for tools (the reload log), one line
/// for people (with the diagnostics as `kryon check` prints them), and the lines of the overlay
/// drawn over the app when an edit could not be applied.
/// </summary>
public static class ReloadReport
{
    /// <summary>
    /// {"event":"reload","kind":"full|script|failed","ok":…,"changed":[…],"totalMs":…,"stages":{…},
    /// "kept":{…},"dropped":{…},"scripts":[…],"diagnostics":[…]} on one line; with "tab":n after
    /// "event" when the app runs in several browser tabs (each reloads on its own).
    /// </summary>
    public static string Json(ReloadResult result, int? tab = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("event", "reload");
            if (tab is { } n) w.WriteNumber("tab", n);
            w.WriteString("kind", result.Kind.ToString().ToLowerInvariant());
            w.WriteBoolean("ok", result.Ok);
            w.WriteStartArray("changed");
            foreach (string file in result.ChangedFiles) w.WriteStringValue(file);
            w.WriteEndArray();
            var s = result.Stages;
            w.WriteNumber("totalMs", Round(s.Total));
            w.WriteStartObject("stages");
            w.WriteNumber("parse", Round(s.Parse));
            w.WriteNumber("bind", Round(s.Bind));
            w.WriteNumber("emit", Round(s.Emit));
            w.WriteNumber("load", Round(s.Load));
            w.WriteNumber("layout", Round(s.Layout));
            w.WriteNumber("restore", Round(s.Restore));
            w.WriteNumber("firstFrame", Round(s.FirstFrame));
            w.WriteEndObject();
            WriteParts(w, "kept", result.Kept);
            WriteParts(w, "dropped", result.Dropped);
            w.WriteStartArray("scripts");
            foreach (string script in result.ReloadedScripts) w.WriteStringValue(script);
            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics) DiagnosticFormatter.WriteJson(w, d);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>"reloaded in 42 ms (kept 3 variables, focus)", "reloaded script todo.lua in 3 ms (app state untouched)", or "reload failed: …".</summary>
    public static string Line(ReloadResult result)
    {
        string ms = result.Stages.Total.ToString("0", CultureInfo.InvariantCulture);
        return result.Kind switch
        {
            ReloadKind.Full => $"reloaded in {ms} ms ({Kept(result.Kept)}{Dropped(result.Dropped)})",
            ReloadKind.Script => $"reloaded script {string.Join(", ", result.ReloadedScripts)} in {ms} ms (app state untouched)",
            _ => $"reload failed: {Count(result.ErrorCount, "error")} in {string.Join(", ", result.ChangedFiles.Select(Path.GetFileName))}; the last good version keeps running",
        };
    }

    /// <summary>The line (after "tab n: " for one of several browser tabs) and, under it, the diagnostics in `kryon check`'s format (infos and the failure summary included).</summary>
    public static string Human(ReloadResult result, bool color = false, int? tab = null)
    {
        var sb = new StringBuilder();
        sb.Append(DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)).Append(' ');
        if (tab is { } n) sb.Append("tab ").Append(n).Append(": ");
        sb.Append(Line(result)).Append('\n');
        foreach (var d in result.Diagnostics) DiagnosticFormatter.AppendHuman(sb, d, color);
        return sb.ToString();
    }

    /// <summary>What the overlay shows for a failed edit: a headline, then one line per error (`file:line:col: error[code]: message`).</summary>
    public static IReadOnlyList<string> OverlayLines(ReloadResult result)
    {
        var lines = new List<string> { $"kryon dev: {Line(result)}" };
        foreach (var d in result.Diagnostics.Where(d => d.IsError && d.Code != DiagnosticCodes.ReloadFailed.Code))
        {
            string where = d.Location is { } loc ? $"{loc.File.Path}:{loc.Start.Line}:{loc.Start.Column}: " : "";
            lines.Add($"{where}error[{d.Code}]: {d.Message}");
        }
        return lines;
    }

    private static string Kept(SnapshotParts kept)
    {
        var parts = new List<string> { Count(kept.Variables.Count, "variable") };
        if (kept.Elements.Count > 0) parts.Add(Count(kept.Elements.Count, "element"));
        if (kept.Inputs.Count > 0) parts.Add(Count(kept.Inputs.Count, "input"));
        if (kept.Focus is not null) parts.Add("focus");
        return "kept " + string.Join(", ", parts);
    }

    private static string Dropped(SnapshotParts dropped)
    {
        int n = dropped.Variables.Count + dropped.Elements.Count + dropped.Inputs.Count + (dropped.Focus is null ? 0 : 1);
        return n == 0 ? "" : $"; dropped {n}";
    }

    private static void WriteParts(Utf8JsonWriter w, string name, SnapshotParts parts)
    {
        w.WriteStartObject(name);
        WriteList(w, "variables", parts.Variables);
        WriteList(w, "elements", parts.Elements);
        WriteList(w, "inputs", parts.Inputs);
        if (parts.Focus is { } focus) w.WriteString("focus", focus);
        else w.WriteNull("focus");
        w.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string> items)
    {
        w.WriteStartArray(name);
        foreach (string item in items) w.WriteStringValue(item);
        w.WriteEndArray();
    }

    private static double Round(double ms) => Math.Round(ms, 2);

}

using System.Text;
using System.Text.Json;

namespace Kryon.Diagnostics;

/// <summary>
/// Renders diagnostics for people (rustc/clang style: header, location, the source line with
/// a caret underline, help lines) and for tools (JSON).
/// </summary>
public static class DiagnosticFormatter
{
    public static string FormatHuman(IEnumerable<Diagnostic> diagnostics, bool color = false)
    {
        var sb = new StringBuilder();
        foreach (var d in diagnostics) AppendHuman(sb, d, color);
        return sb.ToString();
    }

    public static void AppendHuman(StringBuilder sb, Diagnostic d, bool color = false)
    {
        string severity = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        string sevColor = d.Severity switch
        {
            DiagnosticSeverity.Error => "\e[1;31m",
            DiagnosticSeverity.Warning => "\e[1;33m",
            _ => "\e[1;36m",
        };
        string bold = color ? "\e[1m" : "", blue = color ? "\e[1;34m" : "", reset = color ? "\e[0m" : "";
        sb.Append(color ? sevColor : "").Append(severity).Append('[').Append(d.Code).Append(']').Append(reset)
          .Append(bold).Append(": ").Append(d.Message).Append(reset).Append('\n');

        if (d.Location is { } loc)
        {
            var start = loc.Start;
            string line = loc.File.GetLineText(start.Line);
            string gutter = new(' ', start.Line.ToString().Length);
            sb.Append(gutter).Append(blue).Append("--> ").Append(reset).Append(loc.File.Path).Append(':').Append(start.Line).Append(':').Append(start.Column).Append('\n');
            if (line.Length <= 300)
            {
                sb.Append(gutter).Append(blue).Append(" |").Append(reset).Append('\n');
                sb.Append(blue).Append(start.Line).Append(" | ").Append(reset).Append(line.Replace('\t', ' ')).Append('\n');
                int caretStart = Math.Min(start.Column - 1, line.Length);
                var end = loc.End;
                int caretLength = end.Line == start.Line ? Math.Max(1, end.Column - start.Column) : Math.Max(1, line.Length - caretStart);
                sb.Append(gutter).Append(blue).Append(" | ").Append(reset).Append(new string(' ', caretStart))
                  .Append(color ? sevColor : "").Append(new string('^', Math.Min(caretLength, 200))).Append(reset).Append('\n');
            }
            foreach (var s in d.Suggestions)
                sb.Append(gutter).Append(blue).Append(" = ").Append(reset).Append(bold).Append("help").Append(reset).Append(": ").Append(s).Append('\n');
        }
        else
        {
            foreach (var s in d.Suggestions)
                sb.Append(" = help: ").Append(s).Append('\n');
        }
        foreach (var note in d.Notes)
        {
            sb.Append(" = note: ").Append(note.Message);
            if (note.Location is { } nl) sb.Append(" (").Append(nl.File.Path).Append(':').Append(nl.Start).Append(')');
            sb.Append('\n');
        }
        sb.Append('\n');
    }

    public static string FormatJson(IEnumerable<Diagnostic> diagnostics, int errorCount, int warningCount)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("errors", errorCount);
            w.WriteNumber("warnings", warningCount);
            w.WriteStartArray("diagnostics");
            foreach (var d in diagnostics) WriteJson(w, d);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteJson(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteNumber("code", d.Code);
        w.WriteString("name", d.Descriptor.Name);
        w.WriteString("category", d.Descriptor.Category);
        w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        w.WriteString("message", d.Message);
        if (d.Location is { } loc)
        {
            var s = loc.Start;
            var e = loc.End;
            w.WriteString("file", loc.File.Path);
            w.WriteNumber("line", s.Line);
            w.WriteNumber("column", s.Column);
            w.WriteNumber("endLine", e.Line);
            w.WriteNumber("endColumn", e.Column);
            w.WriteNumber("offset", loc.Span.Start);
            w.WriteNumber("length", loc.Span.Length);
        }
        w.WriteStartArray("suggestions");
        foreach (var s in d.Suggestions) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var n in d.Notes)
        {
            w.WriteStartObject();
            w.WriteString("message", n.Message);
            if (n.Location is { } nl)
            {
                w.WriteString("file", nl.File.Path);
                w.WriteNumber("line", nl.Start.Line);
                w.WriteNumber("column", nl.Start.Column);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}

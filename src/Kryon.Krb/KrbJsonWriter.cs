using System.Text.Json;

namespace Kryon.Krb;

/// <summary>
/// A <see cref="KrbDocument"/> as JSON (`kryon inspect --json`): header, sections, strings,
/// resources, styles, components, scripts and the element tree, values as readable text.
/// </summary>
public static class KrbJsonWriter
{
    public static void Write(Utf8JsonWriter w, KrbDocument document, long fileSize)
    {
        var h = document.Header;
        w.WriteStartObject();
        w.WriteNumber("size", fileSize);
        w.WriteString("version", $"{h.VersionMajorByte:X2} {h.VersionMinorByte:X2}");
        w.WriteBoolean("wide", h.IsWide);
        w.WriteString("flagsHex", $"0x{(ushort)h.Flags:X4}");
        w.WriteStartArray("flags");
        foreach (var flag in Enum.GetValues<KrbFlags>())
            if (flag != KrbFlags.None && (h.Flags & flag) != 0) w.WriteStringValue(flag.ToString());
        w.WriteEndArray();
        w.WriteStartArray("sections");
        foreach (var section in Enum.GetValues<KrbSection>())
        {
            w.WriteStartObject();
            w.WriteString("name", section.ToString());
            w.WriteNumber("count", h.Count(section));
            w.WriteNumber("offset", h.Offset(section));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("strings");
        foreach (var s in document.Strings) w.WriteStringValue(s);
        w.WriteEndArray();

        w.WriteStartArray("resources");
        foreach (var r in document.Resources)
        {
            w.WriteStartObject();
            w.WriteString("type", r.Type.ToString());
            w.WriteString("name", r.Name);
            if (r.Path is not null) w.WriteString("path", r.Path);
            if (r.Data is not null) w.WriteNumber("inlineBytes", r.Data.Length);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("styles");
        foreach (var s in document.Styles)
        {
            w.WriteStartObject();
            w.WriteNumber("id", s.Id);
            w.WriteString("name", s.Name);
            WriteProperties(w, document, "properties", s.Properties);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("components");
        foreach (var c in document.Components)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteStartArray("properties");
            foreach (var d in c.Definitions)
            {
                w.WriteStartObject();
                w.WriteString("name", d.Name);
                w.WriteString("type", d.Hint.ToString());
                if (d.Default is not null) w.WriteString("default", KrbValueText.Default(document, d));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WritePropertyName("template");
            WriteElement(w, document, c.Template);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("scripts");
        foreach (var s in document.Scripts)
        {
            w.WriteStartObject();
            w.WriteString("language", s.LanguageName);
            if (s.Name is not null) w.WriteString("name", s.Name);
            w.WriteString("storage", s.Storage.ToString().ToLowerInvariant());
            w.WriteStartArray("entryPoints");
            foreach (var e in s.EntryPoints) w.WriteStringValue(e);
            w.WriteEndArray();
            if (s.Code is not null) w.WriteNumber("codeBytes", System.Text.Encoding.UTF8.GetByteCount(s.Code));
            if (s.Storage == KrbScriptStorage.External) w.WriteString("path", document.Resources[s.ResourceIndex].Path);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("elements");
        foreach (var root in document.Roots) WriteElement(w, document, root);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string ToJson(KrbDocument document, long fileSize, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
            Write(w, document, fileSize);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteElement(Utf8JsonWriter w, KrbDocument document, KrbElement e)
    {
        w.WriteStartObject();
        w.WriteString("type", e.TypeName);
        w.WriteNumber("offset", e.Offset);
        if (e.Id is not null) w.WriteString("id", e.Id);
        if (e.StyleId != 0) w.WriteString("style", document.GetStyle(e.StyleId)!.Name);
        w.WriteString("layout", new Kryon.Values.LayoutFlags(e.Layout).ToString());
        if (e.PosX != 0) w.WriteNumber("x", e.PosX);
        if (e.PosY != 0) w.WriteNumber("y", e.PosY);
        if (e.Width != 0) w.WriteNumber("width", e.Width);
        if (e.Height != 0) w.WriteNumber("height", e.Height);
        WriteProperties(w, document, "properties", e.Properties);
        w.WriteStartObject("custom");
        foreach (var c in e.CustomProperties) w.WriteString(c.Key, KrbValueText.Generic(document, c.Value));
        w.WriteEndObject();
        w.WriteStartArray("states");
        foreach (var s in e.StateSets)
        {
            w.WriteStartObject();
            w.WriteString("states", KrbValueText.States(s.Flags));
            WriteProperties(w, document, "properties", s.Properties);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("events");
        foreach (var ev in e.Events) w.WriteString(KrbValueText.EventName(ev.Type), ev.Callback);
        w.WriteEndObject();
        w.WriteStartArray("children");
        foreach (var child in e.Children) WriteElement(w, document, child);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, KrbDocument document, string name, KrbPropertyList properties)
    {
        w.WriteStartObject(name);
        foreach (var p in properties) w.WriteString(KrbValueText.PropertyName(p.Id), KrbValueText.Standard(document, p));
        w.WriteEndObject();
    }
}

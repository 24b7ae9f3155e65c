using System.Text.Json;

namespace Kryon.Runtime.Layout.Conformance;

/// <summary>Reads a conformance case file: <c>{"cases": [{name, rounding, viewport, root, expected}]}</c>.</summary>
public static class ConformanceFile
{
    public static IReadOnlyList<ConformanceCase> Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using JsonDocument doc = JsonDocument.Parse(stream);
        var cases = new List<ConformanceCase>();
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            JsonElement viewport = c.GetProperty("viewport");
            cases.Add(new ConformanceCase(
                c.GetProperty("name").GetString() ?? "",
                c.TryGetProperty("rounding", out JsonElement r) && r.GetBoolean(),
                Viewport(viewport.GetProperty("width")),
                Viewport(viewport.GetProperty("height")),
                ReadNode(c.GetProperty("root")),
                ReadBox(c.GetProperty("expected"))));
        }
        return cases;
    }

    private static AvailableSpace Viewport(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => AvailableSpace.Definite(e.GetSingle()),
        JsonValueKind.String when e.GetString() == "min-content" => AvailableSpace.MinContent,
        JsonValueKind.String when e.GetString() == "max-content" => AvailableSpace.MaxContent,
        _ => throw new FormatException($"unsupported viewport size {e}"),
    };

    private static CaseNode ReadNode(JsonElement e)
    {
        var style = new Dictionary<string, string>(StringComparer.Ordinal);
        if (e.TryGetProperty("style", out JsonElement s))
        {
            foreach (JsonProperty p in s.EnumerateObject())
                style[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
        }
        string? text = e.TryGetProperty("text", out JsonElement t) ? t.GetString() : null;
        var children = new List<CaseNode>();
        if (e.TryGetProperty("children", out JsonElement ch))
            foreach (JsonElement child in ch.EnumerateArray()) children.Add(ReadNode(child));
        return new CaseNode(style, text, children);
    }

    private static ExpectedBox ReadBox(JsonElement e)
    {
        var children = new List<ExpectedBox>();
        if (e.TryGetProperty("children", out JsonElement ch))
            foreach (JsonElement child in ch.EnumerateArray()) children.Add(ReadBox(child));
        return new ExpectedBox(e.GetProperty("x").GetSingle(), e.GetProperty("y").GetSingle(),
            e.GetProperty("width").GetSingle(), e.GetProperty("height").GetSingle(), children);
    }
}

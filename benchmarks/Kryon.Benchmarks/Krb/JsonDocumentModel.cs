namespace Kryon.Benchmarks.Krb;

/// <summary>The object model System.Text.Json deserializes the inspect JSON into: the JSON side of the comparison.</summary>
public sealed class JsonKrbFile
{
    public long Size { get; set; }
    public string Version { get; set; } = "";
    public bool Wide { get; set; }
    public List<string> Flags { get; set; } = [];
    public List<JsonSection> Sections { get; set; } = [];
    public List<string> Strings { get; set; } = [];
    public List<JsonStyle> Styles { get; set; } = [];
    public List<JsonElement> Elements { get; set; } = [];
}

public sealed class JsonSection
{
    public string Name { get; set; } = "";
    public int Count { get; set; }
    public long Offset { get; set; }
}

public sealed class JsonStyle
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public Dictionary<string, string> Properties { get; set; } = [];
}

public sealed class JsonElement
{
    public string Type { get; set; } = "";
    public int Offset { get; set; }
    public string? Id { get; set; }
    public string? Style { get; set; }
    public string Layout { get; set; } = "";
    public int X { get; set; }
    public int Y { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public Dictionary<string, string> Properties { get; set; } = [];
    public Dictionary<string, string> Custom { get; set; } = [];
    public Dictionary<string, string> Events { get; set; } = [];
    public List<JsonElement> Children { get; set; } = [];
}

namespace Kryon.Values;

/// <summary>The named colours KRY accepts besides hex ([ext] in KRY.md §1.6): `transparent` and the CSS basic names.</summary>
public static class NamedColors
{
    private static readonly Dictionary<string, Color> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["transparent"] = new(0, 0, 0, 0),
        ["black"] = new(0, 0, 0, 255),
        ["white"] = new(255, 255, 255, 255),
        ["red"] = new(255, 0, 0, 255),
        ["green"] = new(0, 128, 0, 255),
        ["lime"] = new(0, 255, 0, 255),
        ["blue"] = new(0, 0, 255, 255),
        ["yellow"] = new(255, 255, 0, 255),
        ["cyan"] = new(0, 255, 255, 255),
        ["aqua"] = new(0, 255, 255, 255),
        ["magenta"] = new(255, 0, 255, 255),
        ["fuchsia"] = new(255, 0, 255, 255),
        ["gray"] = new(128, 128, 128, 255),
        ["grey"] = new(128, 128, 128, 255),
        ["silver"] = new(192, 192, 192, 255),
        ["maroon"] = new(128, 0, 0, 255),
        ["olive"] = new(128, 128, 0, 255),
        ["navy"] = new(0, 0, 128, 255),
        ["purple"] = new(128, 0, 128, 255),
        ["teal"] = new(0, 128, 128, 255),
        ["orange"] = new(255, 165, 0, 255),
        ["pink"] = new(255, 192, 203, 255),
        ["brown"] = new(165, 42, 42, 255),
    };

    public static IEnumerable<string> Names => Table.Keys;

    public static bool TryGet(string name, out Color color) => Table.TryGetValue(name, out color);
}

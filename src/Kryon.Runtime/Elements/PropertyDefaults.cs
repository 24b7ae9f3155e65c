using Kryon.Registry;
using Kryon.Runtime.Loading;
using Kryon.Values;

namespace Kryon.Runtime.Elements;

/// <summary>The registry's defaults (KRY.md §5, written in KRY spelling) as typed values, parsed once.</summary>
public static class PropertyDefaults
{
    private static readonly PropertyValue?[] Values = Build();

    /// <summary>#808080FF: the border colour when a border has a width but no colour (KRY.md §5.2 contextual defaults).</summary>
    public static readonly ColorValue BorderColor = new(new Color(0x80, 0x80, 0x80, 0xFF));

    public static PropertyValue? Of(PropertyInfo property) => Values[property.Index];

    private static PropertyValue?[] Build()
    {
        var values = new PropertyValue?[PropertyRegistry.All.Count];
        foreach (var p in PropertyRegistry.All)
        {
            if (p.Default is null || p.IsEvent) continue;
            var literal = KryValueText.Parse(p.Default) ?? new StringLiteral(p.Default);
            values[p.Index] = KryValueText.Convert(p, literal).Value;
        }
        return values;
    }
}

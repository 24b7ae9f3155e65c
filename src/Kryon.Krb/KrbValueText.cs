using System.Globalization;
using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Krb;

/// <summary>
/// Reads stored values back as KRY-like text for people and tools (`inspect`): property names from
/// the registry, enum ordinals as member names, 8.8 fixed point as numbers or percentages, indices
/// as the strings/resources they name.
/// </summary>
public static class KrbValueText
{
    private const byte MaxWidthId = 0x13, MaxHeightId = 0x14, LayoutFlagsId = 0x1A;

    /// <summary>
    /// The KRY name of a standard property id, or `0xNN` when the id is unknown. KRB.md §6.4's
    /// MaxWidth/MaxHeight (0x13/0x14) are shown as `width`/`height`: that is what the runtime reads
    /// them as, and all Kryon stores there (max_width/max_height are custom properties,
    /// docs/KRB-extensions.md §3). Only a file whose header also gives a size uses them as a maximum.
    /// </summary>
    public static string PropertyName(byte id) => id switch
    {
        MaxWidthId => "width",
        MaxHeightId => "height",
        _ => PropertyRegistry.TryGetByKrbId(id, out var info) ? info.Name : $"0x{id:X2}",
    };

    public static string EventName(byte type) => PropertyRegistry.TryGetByEventType(type, out var info) ? info.Name : $"event(0x{type:X2})";

    /// <summary>A standard property's value, interpreted through the registry row for its id.</summary>
    public static string Standard(KrbDocument document, KrbProperty property)
    {
        var v = property.Value;
        PropertyRegistry.TryGetByKrbId(property.Id, out var info);
        if (property.Id == LayoutFlagsId && v.Type == KrbValueType.Byte) return new LayoutFlags(v.AsByte()).ToString();
        if (v.Type == KrbValueType.Percentage && info?.Kind == ValueKind.Length) return Format(v.AsFixedPoint() * 100) + "%";
        if (info is not null)
        {
            switch (v.Type)
            {
                case KrbValueType.Enum when info.EnumMembers.FirstOrDefault(m => m.Ordinal == v.AsByte()) is { } member:
                    return member.Name;
                case KrbValueType.Byte when info.Kind == ValueKind.Bool:
                    return v.AsByte() != 0 ? "true" : "false";
                case KrbValueType.Short when info.Name == "z_index":
                    return v.AsInt16().ToString(CultureInfo.InvariantCulture);
            }
        }
        return Generic(document, v);
    }

    /// <summary>Any value by its value type alone (custom properties, defaults).</summary>
    public static string Generic(KrbDocument document, KrbValue v) => v.Type switch
    {
        KrbValueType.None => "none",
        KrbValueType.Byte or KrbValueType.Enum => v.Size == 1 ? v.AsByte().ToString(CultureInfo.InvariantCulture) : Hex(v),
        KrbValueType.Bool => v.AsByte() != 0 ? "true" : "false",
        KrbValueType.Short => v.AsUInt16().ToString(CultureInfo.InvariantCulture),
        KrbValueType.Color => v.Size == 4 ? v.AsColor().ToString() : $"palette({v.AsByte()})",
        KrbValueType.String => document.GetString(v),
        KrbValueType.Resource => document.GetResource(v).Path ?? document.GetResource(v).Name,
        KrbValueType.Percentage => Format(v.AsFixedPoint()),
        KrbValueType.Rect => v.AsRect().ToString(),
        KrbValueType.EdgeInsets => Insets(v),
        KrbValueType.Vector => v.AsVector().ToString(),
        KrbValueType.StyleId => v.AsIndex() == 0 ? "none" : document.GetStyle(v.AsIndex())?.Name ?? v.AsIndex().ToString(CultureInfo.InvariantCulture),
        KrbValueType.Float => Format(v.AsSingle()),
        KrbValueType.Int => v.AsInt32().ToString(CultureInfo.InvariantCulture),
        _ => Hex(v),
    };

    /// <summary>A component property default, encoded per its type hint (an Enum default names its member by string index).</summary>
    public static string Default(KrbDocument document, KrbPropertyDefinition definition) => definition.Default is not { } v
        ? "none"
        : definition.Hint == KrbValueType.Enum ? document.Strings[v.AsIndex()] : Generic(document, v);

    public static string Format(double value) => Number.Format(Math.Round(value, 6));

    private static string Insets(KrbValue v)
    {
        var (t, r, b, l) = v.AsEdgeInsets();
        return t == r && r == b && b == l ? t.ToString(CultureInfo.InvariantCulture) : $"{t} {r} {b} {l}";
    }

    private static string Hex(KrbValue v) => "0x" + Convert.ToHexString(v.ToArray());

    /// <summary>`hover+disabled`.</summary>
    public static string States(InteractionState flags)
    {
        var names = new List<string>();
        foreach (var (bit, name) in new[] { (InteractionState.Hover, "hover"), (InteractionState.Active, "active"), (InteractionState.Focus, "focus"), (InteractionState.Disabled, "disabled"), (InteractionState.Checked, "checked") })
            if ((flags & bit) != 0) names.Add(name);
        int unknown = (int)flags & 0xE0;
        if (unknown != 0) names.Add($"0x{unknown:X2}");
        return names.Count == 0 ? "none" : string.Join('+', names);
    }
}

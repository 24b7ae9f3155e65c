using Kryon.Krb;
using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Runtime.Loading;

/// <summary>
/// Reads KRB property entries back into typed values — the inverse of the compiler's
/// PropertyEncoder (KRB.md §6.3–6.6, §7.2 and docs/KRB-extensions.md §2).
/// </summary>
public static class KrbValueDecoder
{
    private const byte MaxWidthId = 0x13, MaxHeightId = 0x14, LayoutFlagsId = 0x1A;

    /// <summary>
    /// A standard entry as (property, value). MaxWidth/MaxHeight are the element's preferred size
    /// when its header gives none (KRB.md §6.4), otherwise they are the maximum. The Kryon writer
    /// only ever stores width/height there; its max_width/max_height are custom properties under
    /// their KRY names (docs/KRB-extensions.md §3), read like any other custom property. The
    /// header rule stays for files from other v0.5 writers.
    /// </summary>
    public static bool TryDecodeStandard(KrbDocument document, KrbProperty entry, bool headerHasWidth, bool headerHasHeight, out PropertyInfo property, out PropertyValue value)
    {
        value = null!;
        if (!PropertyRegistry.TryGetByKrbId(entry.Id, out property!)) return false;
        if (entry.Id == MaxWidthId && !headerHasWidth) property = PropertyRegistry.Get("width");
        else if (entry.Id == MaxHeightId && !headerHasHeight) property = PropertyRegistry.Get("height");
        if (entry.Id == LayoutFlagsId)
        {
            if (entry.Value.Type != KrbValueType.Byte) return false;
            value = new LayoutValue(new LayoutFlags(entry.Value.AsByte()));
            return true;
        }
        var decoded = Decode(document, property, entry.Value);
        if (decoded is null) return false;
        value = decoded;
        return true;
    }

    /// <summary>A value of a known property, from a standard entry or a custom property holding it.</summary>
    public static PropertyValue? Decode(KrbDocument document, PropertyInfo property, KrbValue v)
    {
        switch (v.Type)
        {
            case KrbValueType.Color when v.Size == 4:
                return property.Kind == ValueKind.Color ? new ColorValue(v.AsColor()) : null;
            case KrbValueType.Byte:
            case KrbValueType.Bool:
                return property.Kind switch
                {
                    ValueKind.Bool => new BoolValue(v.AsByte() != 0),
                    ValueKind.Int => new IntValue(v.AsByte()),
                    ValueKind.Float => new FloatValue(v.AsByte()),
                    ValueKind.Length => new LengthValue(Length.Px(v.AsByte())),
                    _ => null,
                };
            case KrbValueType.Short:
                return property.Kind switch
                {
                    ValueKind.Length => new LengthValue(Length.Px(v.AsUInt16())),
                    ValueKind.Int => new IntValue(v.AsInt16() < 0 && property.Minimum is < 0 ? v.AsInt16() : v.AsUInt16()),
                    ValueKind.Float => new FloatValue(v.AsUInt16()),
                    ValueKind.FontWeight => new FontWeightValue(null, 0, v.AsUInt16()),
                    _ => null,
                };
            case KrbValueType.Percentage:
                return property.Kind switch
                {
                    ValueKind.Length => new LengthValue(Length.Percent(Math.Round(v.AsFixedPoint() * 100 * 256) / 256)),
                    ValueKind.Float => new FloatValue(v.AsFixedPoint()),
                    _ => null,
                };
            case KrbValueType.Int:
                return property.Kind switch
                {
                    ValueKind.Int => new IntValue(v.AsInt32()),
                    ValueKind.Float => new FloatValue(v.AsInt32()),
                    ValueKind.Length => new LengthValue(Length.Px(v.AsInt32())),
                    _ => null,
                };
            case KrbValueType.Float:
                return property.Kind switch
                {
                    ValueKind.Float => new FloatValue(Shortest(v.AsSingle())),
                    ValueKind.Int when float.IsInteger(v.AsSingle()) => new IntValue((int)v.AsSingle()),
                    ValueKind.Length => new LengthValue(Length.Px(v.AsSingle())),
                    _ => null,
                };
            case KrbValueType.EdgeInsets:
                if (property.Kind != ValueKind.EdgeInsets) return null;
                var (top, right, bottom, left) = v.AsEdgeInsets();
                return new EdgeInsetsValue(new EdgeInsets(top, right, bottom, left));
            case KrbValueType.Enum:
                if (property.Kind == ValueKind.FontWeight && v.Size == 2) return new FontWeightValue(null, 0, v.AsUInt16());
                byte ordinal = v.AsByte();
                foreach (var member in property.EnumMembers)
                    if (member.Ordinal == ordinal)
                        return property.Kind == ValueKind.FontWeight ? new FontWeightValue(member.Name, ordinal, 0) : new EnumValue(member.Name, ordinal);
                return null;
            case KrbValueType.Resource:
                return property.Kind == ValueKind.Resource ? new ResourceValue(document.GetResource(v).Path ?? document.GetResource(v).Name) : null;
            case KrbValueType.StyleId:
                return property.Kind == ValueKind.StyleId && document.GetStyle(v.AsIndex()) is { } style ? new StyleRefValue(style.Name) : null;
            case KrbValueType.String:
                string text = document.GetString(v);
                // Lengths keep their KRY text, and `none` (no maximum) is Length.Auto, written "auto".
                if (property.Kind == ValueKind.Length && text == "auto" && property.LengthKeywords.Contains("none")) return new LengthValue(Length.Auto);
                return KryValueText.Convert(property, new StringLiteral(text)).Value;
            default:
                return null;
        }
    }

    /// <summary>The double a reader of the f32 would write in source: 0.1f reads as 0.1, not 0.100000001490116.</summary>
    private static double Shortest(float f) => double.Parse(f.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A custom value as a KRY literal (variables, component arguments): typed per KRB.md §7.2.</summary>
    public static Literal? ToLiteral(KrbDocument document, KrbValue v) => v.Type switch
    {
        KrbValueType.String => new StringLiteral(document.GetString(v)),
        KrbValueType.Int => new NumberLiteral(v.AsInt32(), true),
        KrbValueType.Float => new NumberLiteral(Shortest(v.AsSingle()), false),
        KrbValueType.Byte or KrbValueType.Bool => new BoolLiteral(v.AsByte() != 0),
        KrbValueType.Short => new NumberLiteral(v.AsUInt16(), true),
        KrbValueType.Color when v.Size == 4 => new ColorLiteral(v.AsColor()),
        KrbValueType.Percentage => new NumberLiteral(v.AsFixedPoint(), false),
        KrbValueType.Resource => new StringLiteral(document.GetResource(v).Path ?? document.GetResource(v).Name),
        KrbValueType.StyleId => document.GetStyle(v.AsIndex()) is { } s ? new StringLiteral(s.Name) : new StringLiteral(""),
        KrbValueType.Enum => new NumberLiteral(v.AsByte(), true),
        _ => null,
    };
}

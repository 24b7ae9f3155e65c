using Kryon.Krb;
using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Compiler.Emit;

/// <summary>Where a property entry is going: the rules for width/height and layout differ (KRB.md §6.4, §11).</summary>
internal enum EntryPlace
{
    Element,
    Style,
    State,
}

/// <summary>
/// Encodes typed property values as KRB entries: standard entries through the registry's KRB id
/// and type (KRB.md §6.3, extension ids §6.6), everything else as custom-property values typed
/// per KRB.md §7.2. A value the standard slot cannot hold (a sizing keyword, an out-of-range
/// fixed-point number) falls back to a custom property, so nothing is lost.
/// </summary>
internal static class PropertyEncoder
{
    public const byte MaxWidthId = 0x13, MaxHeightId = 0x14, LayoutFlagsId = 0x1A;

    /// <summary>The standard entry for a property, or null when it has none (it becomes a custom property). Element pixel width/height and pos_x/pos_y are header fields, handled by the caller.</summary>
    public static EmitProperty? Standard(PropertyInfo property, PropertyValue value, EntryPlace place)
    {
        if (property.Name is "width" or "height")
        {
            // KRB.md §6.4: % on an element, and any width/height in a style or state set, use MaxWidth/MaxHeight.
            byte id = property.Name == "width" ? MaxWidthId : MaxHeightId;
            if (value is not LengthValue { Value: var length }) return null;
            if (length.Unit == LengthUnit.Percent) return Percent(length.Value) is { } p ? new EmitProperty(id, p) : null;
            if (length.Unit == LengthUnit.Px && place != EntryPlace.Element) return Pixels(length.Value) is { } px ? new EmitProperty(id, px) : null;
            return null;
        }
        // KRB.md §6.4 stores a percentage width (and any width in a style or state set) in MaxWidth
        // 0x13, and readers take 0x13 as the preferred width when the header has none. A max_width
        // written there would read back as a width, and could not sit beside a width in the same
        // block, so max_width/max_height are custom properties under their KRY name
        // (docs/KRB-extensions.md §3); 0x13/0x14 only ever carry width/height.
        if (property.Name is "max_width" or "max_height") return null;
        if (property.KrbId is not { } krbId || property.KrbType is not { } krbType) return null;
        if (krbId == LayoutFlagsId)
            return place != EntryPlace.Element && value is LayoutValue layout ? new EmitProperty(krbId, EmitValue.Of(KrbValue.Byte(layout.Flags.Value))) : null;

        EmitValue? encoded = (krbType, value) switch
        {
            (KrbValueType.Color, ColorValue c) => EmitValue.Of(KrbValue.FromColor(c.Value)),
            (KrbValueType.Byte, IntValue i) when i.Value is >= 0 and <= 255 => EmitValue.Of(KrbValue.Byte((byte)i.Value)),
            (KrbValueType.Byte, BoolValue b) => EmitValue.Of(KrbValue.Byte(b.Value ? (byte)1 : (byte)0)),
            (KrbValueType.Short, IntValue i) when i.Value is >= short.MinValue and <= ushort.MaxValue => EmitValue.Of(KrbValue.Short(unchecked((ushort)i.Value))),
            (KrbValueType.Short, LengthValue { Value.Unit: LengthUnit.Px } l) => Pixels(l.Value.Value),
            (KrbValueType.Short, LengthValue { Value.Unit: LengthUnit.Percent } l) => Percent(l.Value.Value),
            (KrbValueType.String, StringValue s) => EmitValue.String(s.Value),
            (KrbValueType.String, EnumValue e) => EmitValue.String(e.Member),
            (KrbValueType.Resource, ResourceValue r) => EmitValue.Resource(r.Path, KrbResourceType.Image),
            (KrbValueType.Percentage, FloatValue f) => FixedPoint(f.Value),
            (KrbValueType.EdgeInsets, EdgeInsetsValue e) => Insets(e.Value),
            (KrbValueType.Enum, EnumValue e) => EmitValue.Of(KrbValue.Byte(e.Ordinal, KrbValueType.Enum)),
            (KrbValueType.Enum, FontWeightValue { Named: not null } w) => EmitValue.Of(KrbValue.Byte(w.Ordinal, KrbValueType.Enum)),
            // [proposal] KRB.md §6.3: a numeric font weight is stored as a Short.
            (KrbValueType.Enum, FontWeightValue w) => EmitValue.Of(KrbValue.Short((ushort)w.Numeric)),
            _ => null,
        };
        return encoded is { } v ? new EmitProperty(krbId, v) : null;
    }

    /// <summary>A custom-property value typed per KRB.md §7.2. Lengths, insets and layouts keep their KRY text (`10px`, `50%`, `auto`).</summary>
    public static EmitValue Custom(PropertyValue value, Func<string, int> styleId) => value switch
    {
        StringValue s => EmitValue.String(s.Value),
        EnumValue e => EmitValue.String(e.Member),
        CallbackValue c => EmitValue.String(c.FunctionName),
        IntValue i => EmitValue.Of(KrbValue.Int(i.Value)),
        FloatValue f => EmitValue.Of(KrbValue.Float((float)f.Value)),
        BoolValue b => EmitValue.Of(KrbValue.Byte(b.Value ? (byte)1 : (byte)0)),
        ColorValue c => EmitValue.Of(KrbValue.FromColor(c.Value)),
        ResourceValue r => EmitValue.Resource(r.Path, KrbResourceType.Image),
        StyleRefValue st => EmitValue.Style(styleId(st.StyleName)),
        LengthValue l => EmitValue.String(l.Value.ToString()),
        EdgeInsetsValue e => EmitValue.String(e.Value.ToString()),
        FontWeightValue w => EmitValue.String(w.ToKry()),
        LayoutValue l => EmitValue.String(l.Flags.ToString()),
        _ => EmitValue.String(value.ToKry()),
    };

    /// <summary>KRY float → 8.8 fixed point (`round(x*256)`), when it fits.</summary>
    public static EmitValue? FixedPoint(double x)
    {
        double raw = Math.Round(x * 256);
        return raw is >= 0 and <= ushort.MaxValue ? EmitValue.Of(KrbValue.Percentage((ushort)raw)) : null;
    }

    /// <summary>`N%` → 8.8 fixed point of N/100 (50% → 0x0080).</summary>
    public static EmitValue? Percent(double percent) => FixedPoint(percent / 100);

    public static EmitValue? Pixels(double px)
    {
        double rounded = Math.Round(px);
        return rounded is >= 0 and <= ushort.MaxValue ? EmitValue.Of(KrbValue.Short((ushort)rounded)) : null;
    }

    /// <summary>Header pixel field (u16), or null when the value does not fit.</summary>
    public static ushort? HeaderPixels(double px)
    {
        double rounded = Math.Round(px);
        return rounded is >= 0 and <= ushort.MaxValue ? (ushort)rounded : null;
    }

    private static EmitValue? Insets(EdgeInsets e)
    {
        Span<byte> b = stackalloc byte[4];
        double[] sides = [e.Top, e.Right, e.Bottom, e.Left];
        for (int i = 0; i < 4; i++)
        {
            double r = Math.Round(sides[i]);
            if (r is < 0 or > 255) return null;
            b[i] = (byte)r;
        }
        return EmitValue.Of(KrbValue.FromBytes(KrbValueType.EdgeInsets, b));
    }
}

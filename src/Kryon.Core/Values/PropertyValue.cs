namespace Kryon.Values;

/// <summary>A checked, typed property value: what a property holds once its literal passed the registry's checks.</summary>
public abstract record PropertyValue
{
    /// <summary>The canonical KRY spelling of the value (used by printers, inspectors and the formatter).</summary>
    public abstract string ToKry();
}

public sealed record StringValue(string Value) : PropertyValue
{
    public override string ToKry() => Quote(Value);

    internal static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\r", "\\r").Replace("$", "\\$") + "\"";
}

public sealed record IntValue(int Value) : PropertyValue
{
    public override string ToKry() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record FloatValue(double Value) : PropertyValue
{
    public override string ToKry()
    {
        var s = Number.Format(Value);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }
}

public sealed record BoolValue(bool Value) : PropertyValue
{
    public override string ToKry() => Value ? "true" : "false";
}

public sealed record ColorValue(Color Value) : PropertyValue
{
    public override string ToKry() => "\"" + Value + "\"";
}

public sealed record LengthValue(Length Value) : PropertyValue
{
    public override string ToKry() => Value.Unit switch
    {
        LengthUnit.Px => Number.Format(Value.Value),
        LengthUnit.Percent => "\"" + Number.Format(Value.Value) + "%\"",
        _ => Value.ToString(),
    };
}

public sealed record EdgeInsetsValue(EdgeInsets Value) : PropertyValue
{
    public override string ToKry() => Value.Top == Value.Right && Value.Right == Value.Bottom && Value.Bottom == Value.Left
        ? Number.Format(Value.Top)
        : "\"" + Value + "\"";
}

/// <summary>An enum member by its canonical name and KRB ordinal.</summary>
public sealed record EnumValue(string Member, byte Ordinal) : PropertyValue
{
    public override string ToKry() => Member.Contains(' ') ? "\"" + Member + "\"" : Member;
}

/// <summary>A font weight: a named weight (ordinal as in KRB) or a numeric 100–900 weight.</summary>
public sealed record FontWeightValue(string? Named, byte Ordinal, int Numeric) : PropertyValue
{
    public override string ToKry() => Named ?? Numeric.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record StyleRefValue(string StyleName) : PropertyValue
{
    public override string ToKry() => StringValue.Quote(StyleName);
}

public sealed record ResourceValue(string Path) : PropertyValue
{
    public override string ToKry() => StringValue.Quote(Path);
}

public sealed record CallbackValue(string FunctionName) : PropertyValue
{
    public override string ToKry() => StringValue.Quote(FunctionName);
}

public sealed record LayoutValue(LayoutFlags Flags) : PropertyValue
{
    public override string ToKry() => Flags.ToString();
}

public sealed record StyleListValue(IReadOnlyList<string> Names) : PropertyValue
{
    public override string ToKry() => Names.Count == 1 ? StringValue.Quote(Names[0]) : "[" + string.Join(", ", Names.Select(StringValue.Quote)) + "]";

    public bool Equals(StyleListValue? other) => other is not null && Names.SequenceEqual(other.Names);

    public override int GetHashCode() => Names.Count;
}

using System.Globalization;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Text;

namespace Kryon.Values;

/// <summary>
/// Checks a literal against a property's value kind and range (KRY.md §5.1, §5.8) and converts it
/// to a typed <see cref="PropertyValue"/>. The compiler and the runtime's setProperty share it, so
/// a value is accepted in a script exactly when it would be accepted in source.
/// </summary>
public static class PropertyValueConverter
{
    public static ConversionResult Convert(PropertyInfo property, Literal literal) => property.Kind switch
    {
        ValueKind.String => ToString(property, literal),
        ValueKind.Int => ToInt(property, literal),
        ValueKind.Float => ToFloat(property, literal),
        ValueKind.Bool => ToBool(property, literal),
        ValueKind.Color => ToColor(property, literal),
        ValueKind.Length => ToLength(property, literal),
        ValueKind.EdgeInsets => ToEdgeInsets(property, literal),
        ValueKind.Enum => ToEnum(property, literal),
        ValueKind.FontWeight => ToFontWeight(property, literal),
        ValueKind.StyleId => TextOf(literal) is { } s && s.Length > 0 ? ConversionResult.Ok(new StyleRefValue(s)) : Mismatch(property, "a style name", literal),
        ValueKind.Resource => TextOf(literal) is { } r && r.Length > 0 ? ConversionResult.Ok(new ResourceValue(r)) : Mismatch(property, "a file path string", literal),
        ValueKind.Callback => ToCallback(property, literal),
        ValueKind.LayoutWords => ToLayout(property, literal),
        ValueKind.StyleList => ToStyleList(property, literal),
        _ => Mismatch(property, property.Kind.ToString(), literal),
    };

    public static ConversionResult Mismatch(PropertyInfo property, string expected, Literal got, params string[] suggestions)
        => ConversionResult.Fail(DiagnosticCodes.TypeMismatch, $"Invalid value for property '{property.Name}': expected {expected}, got '{got.Describe()}'", suggestions);

    /// <summary>A single textual value: a quoted string or one bare word.</summary>
    public static string? TextOf(Literal literal) => literal switch
    {
        StringLiteral s => s.Value,
        WordLiteral w => w.Word,
        _ => null,
    };

    private static ConversionResult ToString(PropertyInfo p, Literal lit) => lit switch
    {
        StringLiteral s => ConversionResult.Ok(new StringValue(s.Value)),
        WordLiteral w => ConversionResult.Ok(new StringValue(w.Word)),
        // Token-level substitution (KRY.md §7.1) means `text: $count` with an Int variable must read as text.
        NumberLiteral n => ConversionResult.Ok(new StringValue(n.Describe())),
        BoolLiteral b => ConversionResult.Ok(new StringValue(b.Describe())),
        SequenceLiteral seq when seq.Items.All(i => i is WordLiteral or NumberLiteral) => ConversionResult.Ok(new StringValue(seq.Describe())),
        _ => Mismatch(p, "a string", lit),
    };

    private static bool TryNumber(Literal lit, out double value, out bool isInteger, out string unit)
    {
        value = 0; isInteger = false; unit = "";
        switch (lit)
        {
            case NumberLiteral n:
                value = n.Value; isInteger = n.IsInteger; unit = n.Unit;
                return true;
            case StringLiteral s:
                // v1.2 writes numbers quoted too ("50%", "16"); parse the same forms.
                var text = s.Value.Trim();
                int end = text.Length;
                while (end > 0 && !char.IsAsciiDigit(text[end - 1])) end--;
                if (end == 0) return false;
                unit = text[end..].Trim();
                if (!Number.TryParse(text.AsSpan(0, end), out value)) return false;
                isInteger = !text.AsSpan(0, end).Contains('.');
                return unit.Length == 0 || unit is "px" or "%";
            default:
                return false;
        }
    }

    private static ConversionResult CheckRange(PropertyInfo p, double value, Literal lit)
    {
        if ((p.Minimum is { } min && value < min) || (p.Maximum is { } max && value > max))
        {
            string range = (p.Minimum, p.Maximum) switch
            {
                ({ } lo, { } hi) => $"{Number.Format(lo)} to {Number.Format(hi)}",
                ({ } lo, null) => $"at least {Number.Format(lo)}",
                (null, { } hi) => $"at most {Number.Format(hi)}",
                _ => "",
            };
            return ConversionResult.Fail(DiagnosticCodes.InvalidPropertyValue,
                $"Value {lit.Describe()} is out of range for property '{p.Name}' ({range})", $"use a value {range}");
        }
        return default;
    }

    private static ConversionResult ToInt(PropertyInfo p, Literal lit)
    {
        if (!TryNumber(lit, out var v, out var isInt, out var unit) || unit == "%")
            return Mismatch(p, "an integer", lit);
        if (unit is not ("" or "px")) return BadUnit(p, unit);
        if (!isInt && v != Math.Floor(v)) return Mismatch(p, "an integer", lit, $"use {Number.Format(Math.Round(v))}");
        var range = CheckRange(p, v, lit);
        if (range.Error is not null) return range;
        return ConversionResult.Ok(new IntValue((int)v));
    }

    private static ConversionResult ToFloat(PropertyInfo p, Literal lit)
    {
        if (!TryNumber(lit, out var v, out _, out var unit) || unit == "%")
            return Mismatch(p, "a number", lit);
        if (unit is not ("" or "px")) return BadUnit(p, unit);
        var range = CheckRange(p, v, lit);
        if (range.Error is not null) return range;
        return ConversionResult.Ok(new FloatValue(v));
    }

    private static ConversionResult ToBool(PropertyInfo p, Literal lit) => lit switch
    {
        BoolLiteral b => ConversionResult.Ok(new BoolValue(b.Value)),
        StringLiteral { Value: "true" } or WordLiteral { Word: "true" } => ConversionResult.Ok(new BoolValue(true)),
        StringLiteral { Value: "false" } or WordLiteral { Word: "false" } => ConversionResult.Ok(new BoolValue(false)),
        _ => Mismatch(p, "true or false", lit),
    };

    private static ConversionResult ToColor(PropertyInfo p, Literal lit)
    {
        switch (lit)
        {
            case ColorLiteral c:
                return ConversionResult.Ok(new ColorValue(c.Value));
            case StringLiteral or WordLiteral:
                var text = TextOf(lit)!.Trim();
                if (text.StartsWith('#'))
                {
                    if (Color.TryParseHex(text, out var hex)) return ConversionResult.Ok(new ColorValue(hex));
                    return ConversionResult.Fail(DiagnosticCodes.InvalidColorFormat,
                        $"Invalid colour '{text}' for property '{p.Name}': expected #RGB, #RGBA, #RRGGBB or #RRGGBBAA", "write the colour as \"#RRGGBB\" or \"#RRGGBBAA\"");
                }
                if (NamedColors.TryGet(text, out var named)) return ConversionResult.Ok(new ColorValue(named));
                var close = SpellingSuggestions.Closest(text, NamedColors.Names);
                return Mismatch(p, "a colour", lit, close is null ? "write the colour as \"#RRGGBB\" or \"#RRGGBBAA\"" : $"did you mean `{close}`?");
            default:
                return Mismatch(p, "a colour", lit);
        }
    }

    private static ConversionResult ToLength(PropertyInfo p, Literal lit)
    {
        // A word (or a quoted keyword) rather than a number: anything that does not start like "-1", "10", "50%".
        if (TextOf(lit) is { } raw && raw.Trim() is var word && (word.Length == 0 || !(word[0] == '-' || char.IsAsciiDigit(word[0]))))
        {
            if (Length.TryParseKeyword(word.Trim(), out var kw) && p.LengthKeywords.Any(k => PropertyInfo.SameWord(k, kw.ToString())))
                return ConversionResult.Ok(new LengthValue(kw));
            if (word.Trim() is "none" && p.LengthKeywords.Contains("none"))
                return ConversionResult.Ok(new LengthValue(Length.Auto));
            var allowed = p.LengthKeywords.Length == 0 ? "px or %" : "px, % or " + string.Join(", ", p.LengthKeywords);
            var close = SpellingSuggestions.Closest(word, p.LengthKeywords);
            return ConversionResult.Fail(DiagnosticCodes.InvalidPropertyValue, $"Invalid value '{word}' for property '{p.Name}': expected {allowed}",
                close is null ? $"use one of: {allowed}" : $"did you mean `{close}`?");
        }
        if (!TryNumber(lit, out var v, out _, out var unit)) return Mismatch(p, "a length (px or %)", lit);
        if (unit == "%")
        {
            if (!p.AllowsPercent) return ConversionResult.Fail(DiagnosticCodes.InvalidPropertyValue, $"Property '{p.Name}' does not accept percentages", "use a pixel value");
            if (v < Math.Min(0, p.Minimum ?? 0) || v > 100_000) return ConversionResult.Fail(DiagnosticCodes.InvalidPropertyValue, $"Percentage {Number.Format(v)}% is out of range for property '{p.Name}'");
            return ConversionResult.Ok(new LengthValue(Length.Percent(v)));
        }
        if (unit is not ("" or "px")) return BadUnit(p, unit);
        var range = CheckRange(p, v, lit);
        if (range.Error is not null) return range;
        return ConversionResult.Ok(new LengthValue(Length.Px(v)));
    }

    private static ConversionResult ToEdgeInsets(PropertyInfo p, Literal lit)
    {
        var parts = new List<Literal>(4);
        switch (lit)
        {
            case NumberLiteral: parts.Add(lit); break;
            case SequenceLiteral seq: parts.AddRange(seq.Items); break;
            case ListLiteral list: parts.AddRange(list.Items); break;
            case StringLiteral s:
                foreach (var piece in s.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    parts.Add(new StringLiteral(piece));
                break;
            default: return Mismatch(p, "1 to 4 numbers", lit);
        }
        if (parts.Count is < 1 or > 4) return Mismatch(p, "1 to 4 numbers (\"T R B L\")", lit);
        Span<double> values = stackalloc double[parts.Count];
        for (int i = 0; i < parts.Count; i++)
        {
            if (!TryNumber(parts[i], out var v, out _, out var unit) || unit == "%") return Mismatch(p, "1 to 4 pixel numbers", lit);
            if (unit is not ("" or "px")) return BadUnit(p, unit);
            var range = CheckRange(p, v, parts[i]);
            if (range.Error is not null) return range;
            values[i] = v;
        }
        return ConversionResult.Ok(new EdgeInsetsValue(EdgeInsets.FromShorthand(values)));
    }

    private static string? WordsOf(Literal lit) => lit switch
    {
        StringLiteral s => s.Value.Trim(),
        WordLiteral w => w.Word,
        SequenceLiteral seq when seq.Items.All(i => i is WordLiteral or StringLiteral) => string.Join(' ', seq.Items.Select(i => TextOf(i)!.Trim())),
        _ => null,
    };

    private static ConversionResult ToEnum(PropertyInfo p, Literal lit)
    {
        var word = WordsOf(lit);
        if (word is null) return Mismatch(p, "one of " + MemberList(p), lit);
        var member = p.FindMember(word);
        if (member is not null) return ConversionResult.Ok(new EnumValue(member.Name, member.Ordinal));
        var close = SpellingSuggestions.Closest(word, p.EnumMembers.Select(m => m.Name).Concat(p.EnumMembers.SelectMany(m => m.Aliases)));
        return ConversionResult.Fail(DiagnosticCodes.InvalidPropertyValue, $"Invalid value '{word}' for property '{p.Name}': expected one of {MemberList(p)}",
            close is null ? $"use one of: {MemberList(p)}" : $"did you mean `{close}`?");
    }

    private static string MemberList(PropertyInfo p) => string.Join(", ", p.EnumMembers.Where(m => !m.Name.Contains(' ')).Select(m => m.Name));

    private static ConversionResult ToFontWeight(PropertyInfo p, Literal lit)
    {
        if (TryNumber(lit, out var v, out var isInt, out var unit) && unit.Length == 0)
        {
            if (!isInt || v < 100 || v > 900 || v % 100 != 0)
                return ConversionResult.Fail(DiagnosticCodes.InvalidPropertyValue, $"Font weight {lit.Describe()} is not one of 100, 200, …, 900", "use normal, bold, light, heavy or a multiple of 100 from 100 to 900");
            return ConversionResult.Ok(new FontWeightValue(null, 0, (int)v));
        }
        var word = WordsOf(lit);
        var member = word is null ? null : p.FindMember(word);
        if (member is null)
            return ConversionResult.Fail(DiagnosticCodes.InvalidPropertyValue, $"Invalid value '{lit.Describe()}' for property '{p.Name}': expected normal, bold, light, heavy or 100–900",
                word is not null && SpellingSuggestions.Closest(word, p.EnumMembers.Select(m => m.Name)) is { } c ? $"did you mean `{c}`?" : "use normal, bold, light, heavy or a number 100–900");
        int numeric = member.Name switch { "bold" => 700, "light" => 300, "heavy" => 900, _ => 400 };
        return ConversionResult.Ok(new FontWeightValue(member.Name, member.Ordinal, numeric));
    }

    /// <summary>Normalises `"handleClick"`, `handleClick`, `"handleClick()"` and `handleClick()` to the function name (KRY.md §11).</summary>
    private static ConversionResult ToCallback(PropertyInfo p, Literal lit)
    {
        string? name = lit switch
        {
            CallLiteral c => c.Name,
            _ => TextOf(lit),
        };
        if (name is null) return Mismatch(p, "a function name", lit);
        name = name.Trim();
        if (name.EndsWith("()", StringComparison.Ordinal)) name = name[..^2].TrimEnd();
        if (name.Length == 0) return ConversionResult.Ok(new CallbackValue(""), $"empty handler for '{p.Name}' is ignored");
        if (!IsFunctionName(name))
            return ConversionResult.Fail(DiagnosticCodes.InvalidPropertyValue, $"'{name}' is not a valid function name for event '{p.Name}'", "name a function defined in a @script, e.g. \"handleClick\"");
        return ConversionResult.Ok(new CallbackValue(name));
    }

    /// <summary>Identifier characters, plus `.`, `:` and `-` for qualified (Wren `Class.method`) and Lisp names.</summary>
    private static bool IsFunctionName(string name)
    {
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_')) return false;
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or ':' or '-' or '!' or '?')) return false;
        return true;
    }

    private static ConversionResult ToLayout(PropertyInfo p, Literal lit)
    {
        var words = WordsOf(lit);
        if (words is null) return Mismatch(p, "layout words such as `row center`", lit);
        var flags = LayoutFlags.Parse(words, out var unknown, out var unencodable);
        if (unknown.Length == 0 && unencodable.Length == 0) return ConversionResult.Ok(new LayoutValue(flags));
        var warnings = new List<string>();
        foreach (var u in unknown)
        {
            var close = SpellingSuggestions.Closest(u, LayoutFlags.Words);
            warnings.Add($"unknown layout word '{u}' is ignored" + (close is null ? "" : $"; did you mean `{close}`?"));
        }
        foreach (var u in unencodable)
            warnings.Add($"layout word '{u}' cannot be stored in the layout byte and is ignored; use justify_content or flex_wrap instead");
        return ConversionResult.Ok(new LayoutValue(flags), warnings.ToArray());
    }

    private static ConversionResult ToStyleList(PropertyInfo p, Literal lit)
    {
        switch (lit)
        {
            case StringLiteral s when s.Value.Length > 0:
                return ConversionResult.Ok(new StyleListValue([s.Value]));
            case WordLiteral w:
                return ConversionResult.Ok(new StyleListValue([w.Word]));
            case ListLiteral list when list.Items.Count > 0 && list.Items.All(i => TextOf(i) is { Length: > 0 }):
                return ConversionResult.Ok(new StyleListValue(list.Items.Select(i => TextOf(i)!).ToArray()));
            default:
                return Mismatch(p, "a style name or a list of style names", lit);
        }
    }

    private static ConversionResult BadUnit(PropertyInfo p, string unit) => ConversionResult.Fail(DiagnosticCodes.InvalidPropertyValue,
        $"Unit '{unit}' is not supported for property '{p.Name}'", "use px (or a plain number) or %");

    /// <summary>The literal form of a property's registry default, for tools (LSP hover, docs).</summary>
    public static string DescribeDefault(PropertyInfo p) => p.Default ?? "(unset)";

    internal static string Invariant(double v) => v.ToString(CultureInfo.InvariantCulture);
}

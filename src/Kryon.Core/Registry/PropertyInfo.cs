namespace Kryon.Registry;

public enum PropertyGroup
{
    /// <summary>Accepted by every element (KRY.md §5.2).</summary>
    Universal,
    /// <summary>Text appearance (§5.3).</summary>
    Text,
    /// <summary>Window and app metadata, App only (§5.4).</summary>
    App,
    /// <summary>Specific to one or a few element types (§5.5, §4).</summary>
    Element,
    /// <summary>CSS flexbox and positioning extension properties (layout engine).</summary>
    Flex,
    /// <summary>Event handlers (§11).</summary>
    Event,
}

/// <summary>Whether a property may appear inside a `style` block (KRY.md §8.3).</summary>
public enum StyleUse
{
    Allowed,
    /// <summary>Accepted with a warning (e.g. `text` in a style).</summary>
    Discouraged,
    Forbidden,
}

/// <summary>
/// Everything the system knows about one property: its KRY name and aliases, value kind and
/// range, default, cascade behaviour, where it is allowed, whether it affects layout, and how
/// KRB stores it. One row of <see cref="PropertyRegistry"/>.
/// </summary>
public sealed record PropertyInfo
{
    public required string Name { get; init; }

    /// <summary>Position in <see cref="PropertyRegistry.All"/>: a dense key for per-element value arrays at run time.</summary>
    public int Index { get; internal set; }

    public string[] Aliases { get; init; } = [];

    public required ValueKind Kind { get; init; }

    public required PropertyGroup Group { get; init; }

    /// <summary>The default as KRY would spell it; null when the property is simply unset by default.</summary>
    public string? Default { get; init; }

    /// <summary>Cascades from the parent when unset (text_color, font_*, text_alignment, direction).</summary>
    public bool Inherited { get; init; }

    public ElementSet AppliesTo { get; init; } = ElementSet.All;

    /// <summary>Changing it can change boxes, so the layout must run again.</summary>
    public bool AffectsLayout { get; init; }

    public StyleUse InStyle { get; init; } = StyleUse.Allowed;

    /// <summary>Standard KRB property id (KRB.md §6.3, extensions §6.6); null when stored elsewhere (header field or custom property).</summary>
    public byte? KrbId { get; init; }

    public KrbValueType? KrbType { get; init; }

    /// <summary>For events: the KRB event type (KRB.md §9); null for handlers without a v0.5 type (stored as custom properties).</summary>
    public byte? KrbEventType { get; init; }

    public EnumMember[] EnumMembers { get; init; } = [];

    /// <summary>For <see cref="ValueKind.Length"/>: the keywords accepted besides px and % (auto, min-content, …).</summary>
    public string[] LengthKeywords { get; init; } = [];

    /// <summary>For <see cref="ValueKind.Length"/>: whether percentages are accepted.</summary>
    public bool AllowsPercent { get; init; } = true;

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public string Description { get; init; } = "";

    public bool IsEvent => Group == PropertyGroup.Event;

    public bool AppliesToElement(ElementSet element) => (AppliesTo & element) != 0;

    public EnumMember? FindMember(string word)
    {
        foreach (var m in EnumMembers)
        {
            if (SameWord(m.Name, word)) return m;
            foreach (var a in m.Aliases)
                if (SameWord(a, word)) return m;
        }
        return null;
    }

    /// <summary>Enum words compare case-insensitively with `-` and `_` treated alike (`space-between` = `space_between`).</summary>
    public static bool SameWord(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            char x = a[i] == '_' ? '-' : char.ToLowerInvariant(a[i]);
            char y = b[i] == '_' ? '-' : char.ToLowerInvariant(b[i]);
            if (x != y) return false;
        }
        return true;
    }
}

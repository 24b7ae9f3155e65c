using Kryon.Krb;
using Kryon.Registry;
using Kryon.Text;

namespace Kryon.Compiler.Emit;

/// <summary>
/// A property value on its way to bytes. Fixed-size values are already encoded; String and
/// Resource values still carry their text (the index is assigned when the tables are built, and
/// its width depends on whether the file is wide); StyleId values carry the final 1-based id.
/// </summary>
internal readonly record struct EmitValue(KrbValueType Type, byte[] Fixed, string? Text = null, KrbResourceType ResourceType = KrbResourceType.Image, int StyleId = 0)
{
    public static EmitValue Of(KrbValue value) => new(value.Type, value.ToArray());

    public static EmitValue String(string text) => new(KrbValueType.String, [], text);

    public static EmitValue Resource(string path, KrbResourceType type) => new(KrbValueType.Resource, [], path, type);

    public static EmitValue Style(int id) => new(KrbValueType.StyleId, [], StyleId: id);

    /// <summary>A String-encoded value under another type byte (Enum defaults store the member's string index, KRB.md §12).</summary>
    public static EmitValue StringAs(KrbValueType type, string text) => new(type, [], text);

    public bool IsIndex => Text is not null || Type == KrbValueType.StyleId;

    public int Size(bool wide) => IsIndex ? KrbFormat.IndexSize(wide) : Fixed.Length;
}

internal readonly record struct EmitProperty(byte Id, EmitValue Value);

internal readonly record struct EmitCustomProperty(string Key, EmitValue Value);

internal sealed record EmitStateSet(byte Flags, List<EmitProperty> Properties);

internal readonly record struct EmitEvent(byte Type, string Callback);

/// <summary>An element block ready to be laid out: header fields, entries and children.</summary>
internal sealed class EmitElement
{
    public byte Type { get; init; }
    public string? Id { get; init; }
    public ushort PosX { get; set; }
    public ushort PosY { get; set; }
    public ushort Width { get; set; }
    public ushort Height { get; set; }
    public byte Layout { get; init; }
    public int StyleId { get; init; }
    public List<EmitProperty> Properties { get; } = [];
    public List<EmitCustomProperty> Custom { get; } = [];
    public List<EmitStateSet> StateSets { get; } = [];
    public List<EmitEvent> Events { get; } = [];
    public List<EmitElement> Children { get; } = [];
    public required SourceSpan Location { get; init; }

    /// <summary>Size of this element's own block (header, entries, child references), set by the layout pass.</summary>
    public int BlockSize { get; set; }

    /// <summary>Size of the block plus all descendants' blocks.</summary>
    public long SubtreeSize { get; set; }

    public IEnumerable<EmitElement> DescendantsAndSelf()
    {
        yield return this;
        foreach (var c in Children)
            foreach (var d in c.DescendantsAndSelf()) yield return d;
    }
}

internal sealed record EmitStyle(int Id, string Name, List<EmitProperty> Properties);

internal sealed record EmitPropertyDefinition(string Name, KrbValueType Hint, EmitValue? Default);

internal sealed record EmitComponent(string Name, List<EmitPropertyDefinition> Definitions, EmitElement Template);

internal sealed record EmitScript(byte Language, string? Name, string? Code, string? ExternalPath, List<string> EntryPoints, SourceSpan Location);

/// <summary>Everything one KRB file holds, before strings and resources get their indices.</summary>
internal sealed class EmitFile
{
    public List<EmitElement> Roots { get; } = [];
    public List<EmitStyle> Styles { get; } = [];
    public List<EmitComponent> Components { get; } = [];
    public List<EmitScript> Scripts { get; } = [];
}

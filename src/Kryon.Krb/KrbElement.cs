using System.Buffers.Binary;
using System.Collections;
using Kryon.Registry;

namespace Kryon.Krb;

/// <summary>
/// One element block of the tree (KRB.md §5): header fields, entries and children, decoded from
/// the validated file bytes when asked for.
/// </summary>
public readonly struct KrbElement : IEquatable<KrbElement>
{
    private readonly KrbDocument _document;
    private readonly int _index;

    internal KrbElement(KrbDocument document, int index)
    {
        _document = document;
        _index = index;
    }

    private ref readonly ElementRecord Record => ref _document.ElementRecords[_index];

    private ReadOnlySpan<byte> Header => _document.Data.Span.Slice(Record.Offset, KrbFormat.ElementHeaderSizeFor(_document.IsWide));

    private bool Wide => _document.IsWide;

    private int W => Wide ? 1 : 0; // the ID field is one byte wider in wide files, shifting later fields

    public byte Type => Header[0];

    /// <summary>Element id; null when the ID field is 0.</summary>
    public string? Id
    {
        get
        {
            int index = Wide ? BinaryPrimitives.ReadUInt16LittleEndian(Header[1..]) : Header[1];
            return index == 0 ? null : _document.Strings[index];
        }
    }

    public ushort PosX => BinaryPrimitives.ReadUInt16LittleEndian(Header[(2 + W)..]);

    public ushort PosY => BinaryPrimitives.ReadUInt16LittleEndian(Header[(4 + W)..]);

    /// <summary>Pixel width; 0 = auto.</summary>
    public ushort Width => BinaryPrimitives.ReadUInt16LittleEndian(Header[(6 + W)..]);

    public ushort Height => BinaryPrimitives.ReadUInt16LittleEndian(Header[(8 + W)..]);

    public byte Layout => Header[10 + W];

    /// <summary>1-based style id, 0 = none.</summary>
    public int StyleId => Wide ? BinaryPrimitives.ReadUInt16LittleEndian(Header[12..]) : Header[11];

    private int PropertyCount => Header[Wide ? 14 : 12];

    private int ChildCount => Wide ? BinaryPrimitives.ReadUInt16LittleEndian(Header[15..]) : Header[13];

    private int EventCount => Header[Wide ? 17 : 14];

    private int AnimationCount => Header[Wide ? 18 : 15];

    private int CustomCount => Header[Wide ? 19 : 16];

    private int StateCount => Header[Wide ? 20 : 17];

    /// <summary>Absolute byte offset of the element header in the file (for diagnostics and inspect).</summary>
    public int Offset => Record.Offset;

    public KrbPropertyList Properties => new(_document, Record.Offset + KrbFormat.ElementHeaderSizeFor(Wide), PropertyCount);

    public KrbCustomPropertyList CustomProperties => new(_document, Properties.End, CustomCount);

    public KrbStateSetList StateSets => new(_document, CustomProperties.End, StateCount);

    public KrbEventList Events => new(_document, StateSets.End, EventCount);

    public KrbAnimationList Animations => new(_document, StateSets.End + EventCount * (1 + KrbFormat.IndexSize(Wide)), AnimationCount);

    public KrbElementList Children => new(_document, Record.ChildStart, ChildCount);

    public string TypeName => ElementRegistry.TryGet(Type, out var info) ? info.Name : $"Custom(0x{Type:X2})";

    /// <summary>The component this element is a placeholder for (`_componentName`, KRY.md §10.4), or null.</summary>
    public string? ComponentName()
    {
        foreach (var c in CustomProperties)
            if (c.Key == "_componentName" && c.Value.Type == KrbValueType.String) return _document.GetString(c.Value);
        return null;
    }

    public KrbProperty? FindProperty(byte id)
    {
        KrbProperty? found = null;
        foreach (var p in Properties)
            if (p.Id == id) found = p; // the last occurrence wins (KRB.md §6.1)
        return found;
    }

    public KrbValue? FindCustom(string key)
    {
        KrbValue? found = null;
        foreach (var c in CustomProperties)
            if (c.Key == key) found = c.Value;
        return found;
    }

    /// <summary>Pre-order walk of this element and its descendants.</summary>
    public IEnumerable<KrbElement> DescendantsAndSelf()
    {
        var stack = new Stack<KrbElement>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            var children = e.Children;
            for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    public bool Equals(KrbElement other) => ReferenceEquals(_document, other._document) && _index == other._index;

    public override bool Equals(object? obj) => obj is KrbElement e && Equals(e);

    public override int GetHashCode() => _index;

    public override string ToString() => $"{TypeName}{(Id is null ? "" : "#" + Id)} @{Offset}";
}

/// <summary>The children of an element.</summary>
public readonly struct KrbElementList : IReadOnlyList<KrbElement>
{
    private readonly KrbDocument _document;
    private readonly int _start;

    internal KrbElementList(KrbDocument document, int start, int count)
    {
        _document = document;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public KrbElement this[int index] => (uint)index < (uint)Count
        ? new KrbElement(_document, _document.ChildIndices[_start + index])
        : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KrbElement> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

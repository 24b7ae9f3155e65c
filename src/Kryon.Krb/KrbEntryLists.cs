using System.Buffers.Binary;
using System.Collections;
using Kryon.Registry;

namespace Kryon.Krb;

/// <summary>Decodes entries from validated file bytes (the reader has already checked every size and index).</summary>
internal static class KrbEntryDecoder
{
    /// <summary>`u8 type | u8 size | bytes` at <paramref name="at"/>; returns the value and moves past it.</summary>
    public static KrbValue Value(ReadOnlySpan<byte> data, ref int at)
    {
        var type = (KrbValueType)data[at];
        int size = data[at + 1];
        var value = KrbValue.FromBytes(type, data.Slice(at + 2, size));
        at += 2 + size;
        return value;
    }

    public static int Index(ReadOnlySpan<byte> data, ref int at, bool wide)
    {
        int v = wide ? BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(at, 2)) : data[at];
        at += wide ? 2 : 1;
        return v;
    }
}

/// <summary>Standard property entries (KRB.md §6.1) of an element, style or state set.</summary>
public readonly struct KrbPropertyList : IReadOnlyList<KrbProperty>
{
    private readonly KrbDocument? _document;
    private readonly int _at;

    internal KrbPropertyList(KrbDocument document, int at, int count)
    {
        _document = document;
        _at = at;
        Count = count;
    }

    public int Count { get; }

    public KrbProperty this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            int i = 0;
            foreach (var p in this)
                if (i++ == index) return p;
            throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>Byte offset just past the last entry.</summary>
    internal int End
    {
        get
        {
            if (_document is null) return _at;
            var data = _document.Data.Span;
            int at = _at;
            for (int i = 0; i < Count; i++) at += 3 + data[at + 2];
            return at;
        }
    }

    public IEnumerator<KrbProperty> GetEnumerator()
    {
        if (_document is null) yield break;
        int at = _at;
        for (int i = 0; i < Count; i++)
        {
            var data = _document.Data.Span;
            byte id = data[at++];
            yield return new KrbProperty(id, KrbEntryDecoder.Value(data, ref at));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Custom property entries (KRB.md §7.1).</summary>
public readonly struct KrbCustomPropertyList : IReadOnlyList<KrbCustomProperty>
{
    private readonly KrbDocument? _document;
    private readonly int _at;

    internal KrbCustomPropertyList(KrbDocument document, int at, int count)
    {
        _document = document;
        _at = at;
        Count = count;
    }

    public int Count { get; }

    public KrbCustomProperty this[int index] => (uint)index < (uint)Count ? this.ElementAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Byte offset just past the last entry.</summary>
    internal int End
    {
        get
        {
            if (_document is null) return _at;
            var data = _document.Data.Span;
            int at = _at, index = KrbFormat.IndexSize(_document.IsWide);
            for (int i = 0; i < Count; i++) at += index + 2 + data[at + index + 1];
            return at;
        }
    }

    public IEnumerator<KrbCustomProperty> GetEnumerator()
    {
        if (_document is null) yield break;
        int at = _at;
        for (int i = 0; i < Count; i++)
        {
            var data = _document.Data.Span;
            var key = _document.StringAt(KrbEntryDecoder.Index(data, ref at, _document.IsWide));
            yield return new KrbCustomProperty(key, KrbEntryDecoder.Value(data, ref at));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>State property sets (KRB.md §8).</summary>
public readonly struct KrbStateSetList : IReadOnlyList<KrbStateSet>
{
    private readonly KrbDocument? _document;
    private readonly int _at;

    internal KrbStateSetList(KrbDocument document, int at, int count)
    {
        _document = document;
        _at = at;
        Count = count;
    }

    public int Count { get; }

    public KrbStateSet this[int index] => (uint)index < (uint)Count ? this.ElementAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Byte offset just past the last set.</summary>
    internal int End
    {
        get
        {
            if (_document is null) return _at;
            var data = _document.Data.Span;
            int at = _at;
            for (int i = 0; i < Count; i++) at = new KrbPropertyList(_document, at + 2, data[at + 1]).End;
            return at;
        }
    }

    public IEnumerator<KrbStateSet> GetEnumerator()
    {
        if (_document is null) yield break;
        int at = _at;
        for (int i = 0; i < Count; i++)
        {
            var data = _document.Data.Span;
            var flags = (InteractionState)data[at];
            var properties = new KrbPropertyList(_document, at + 2, data[at + 1]);
            at = properties.End;
            yield return new KrbStateSet(flags, properties);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Event entries (KRB.md §9).</summary>
public readonly struct KrbEventList : IReadOnlyList<KrbEvent>
{
    private readonly KrbDocument? _document;
    private readonly int _at;

    internal KrbEventList(KrbDocument document, int at, int count)
    {
        _document = document;
        _at = at;
        Count = count;
    }

    public int Count { get; }

    public KrbEvent this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count || _document is null) throw new ArgumentOutOfRangeException(nameof(index));
            int at = _at + index * (1 + KrbFormat.IndexSize(_document.IsWide));
            var data = _document.Data.Span;
            byte type = data[at++];
            return new KrbEvent(type, _document.StringAt(KrbEntryDecoder.Index(data, ref at, _document.IsWide)));
        }
    }

    public IEnumerator<KrbEvent> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Animation references (reserved, KRB.md §10).</summary>
public readonly struct KrbAnimationList : IReadOnlyList<KrbAnimationRef>
{
    private readonly KrbDocument? _document;
    private readonly int _at;

    internal KrbAnimationList(KrbDocument document, int at, int count)
    {
        _document = document;
        _at = at;
        Count = count;
    }

    public int Count { get; }

    public KrbAnimationRef this[int index] => (uint)index < (uint)Count && _document is not null
        ? new KrbAnimationRef(_document.Data.Span[_at + 2 * index], _document.Data.Span[_at + 2 * index + 1])
        : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KrbAnimationRef> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

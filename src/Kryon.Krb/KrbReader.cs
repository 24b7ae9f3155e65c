using System.Buffers.Binary;
using System.Text;
using Kryon.Diagnostics;
using Kryon.Registry;

namespace Kryon.Krb;

/// <summary>
/// Reads a KRB file into a <see cref="KrbDocument"/>, trusting nothing (KRB.md §15). Works on a
/// <see cref="ReadOnlySpan{T}"/> with <see cref="BinaryPrimitives"/>; every read is bounds-checked
/// against its section, every count is checked against the bytes left before anything is allocated
/// for it, every index against its table. Child references must point forward, past the parent's
/// block and past the previous sibling's subtree, so there are no cycles, no shared subtrees, and the
/// total work is bounded by the file size. Any violation throws a <see cref="KrbFormatException"/>.
/// </summary>
public ref struct KrbReader
{
    private readonly ReadOnlySpan<byte> _file;
    private readonly KrbDocument _document;
    private readonly KrbHeader _header;
    private readonly bool _wide;
    private readonly int _indexSize;
    private readonly int _elementHeaderSize;
    private readonly int _maxDepth;
    private string[] _strings = [];
    private int _resourceCount;
    private int _styleCount;
    private int _elementBudget;
    private GrowableArray<ElementRecord> _records = new(8);
    private GrowableArray<int> _children = new(8);

    private KrbReader(ReadOnlyMemory<byte> file, KrbHeader header)
    {
        _file = file.Span;
        _document = new KrbDocument(header, file);
        _header = header;
        _wide = header.IsWide;
        _indexSize = KrbFormat.IndexSize(_wide);
        _elementHeaderSize = KrbFormat.ElementHeaderSizeFor(_wide);
        _maxDepth = KrbFormat.MaxDepthFor(_wide);
    }

    /// <summary>Reads and validates a whole file; the document keeps its own copy of the bytes.</summary>
    public static KrbDocument Read(ReadOnlySpan<byte> file)
    {
        ReadHeader(file); // reject garbage before copying it
        return Read(new ReadOnlyMemory<byte>(file.ToArray()));
    }

    /// <summary>
    /// Reads and validates a whole file without copying it: the document decodes from
    /// <paramref name="file"/>, which must not change while the document is in use (as with JsonDocument.Parse(ReadOnlyMemory)).
    /// </summary>
    public static KrbDocument Read(ReadOnlyMemory<byte> file)
    {
        var header = ReadHeader(file.Span);
        var reader = new KrbReader(file, header);
        return reader.ReadDocument();
    }

    public static KrbDocument Read(byte[] file) => Read(new ReadOnlyMemory<byte>(file));

    /// <summary>Reads and validates the 54-byte header and the section table (offsets, counts, total size).</summary>
    public static KrbHeader ReadHeader(ReadOnlySpan<byte> file)
    {
        if (file.Length >= 4 && !file[..4].SequenceEqual(KrbFormat.Magic))
            throw new KrbFormatException(DiagnosticCodes.InvalidKrbMagic, 0, $"not a KRB file: magic is {Convert.ToHexString(file[..4])}", "4B 52 42 31 (\"KRB1\")");
        if (file.Length < KrbFormat.HeaderSize)
            throw new KrbFormatException(DiagnosticCodes.InvalidKrbSection, file.Length, $"file is {file.Length} bytes, shorter than the header", $"at least {KrbFormat.HeaderSize} bytes");

        byte v0 = file[KrbFormat.VersionOffset], v1 = file[KrbFormat.VersionOffset + 1];
        if (!((v0 == 0x05 && v1 == 0x00) || (v0 == 0x00 && v1 == 0x05)))
            throw new KrbFormatException(DiagnosticCodes.UnsupportedKrbVersion, KrbFormat.VersionOffset, $"unsupported KRB version bytes {v0:X2} {v1:X2}", "05 00 or 00 05 (v0.5)");

        var flags = (KrbFlags)U16(file, KrbFormat.FlagsOffset);
        static ushort Count(ReadOnlySpan<byte> f, int i) => U16(f, KrbFormat.CountsOffset + 2 * i);
        static uint Offset(ReadOnlySpan<byte> f, int i) => BinaryPrimitives.ReadUInt32LittleEndian(f.Slice(KrbFormat.OffsetsOffset + 4 * i, 4));
        var header = new KrbHeader(v0, v1, flags,
            Count(file, 0), Count(file, 1), Count(file, 2), Count(file, 3), Count(file, 4), Count(file, 5), Count(file, 6),
            Offset(file, 0), Offset(file, 1), Offset(file, 2), Offset(file, 3), Offset(file, 4), Offset(file, 5), Offset(file, 6),
            BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(KrbFormat.TotalSizeOffset, 4)));

        if (header.TotalSize != (uint)file.Length)
            throw new KrbFormatException(DiagnosticCodes.CorruptedKrbFile, KrbFormat.TotalSizeOffset, $"header says the file is {header.TotalSize} bytes but it is {file.Length}", "Total Size equal to the file length");
        if ((flags & KrbFlags.Compressed) != 0)
            throw new KrbFormatException(DiagnosticCodes.UnsupportedKrbVersion, KrbFormat.FlagsOffset, "file is marked compressed", "FLAG_COMPRESSED clear (v0.5 defines no compression)");

        for (int i = 0; i < 7; i++)
        {
            var section = (KrbSection)i;
            uint offset = header.Offset(section);
            int fieldAt = KrbFormat.OffsetsOffset + 4 * i;
            if (offset < KrbFormat.HeaderSize || offset > header.TotalSize)
                throw new KrbFormatException(DiagnosticCodes.InvalidKrbSection, fieldAt, $"{section} offset {offset} is outside the file", $"an offset in [{KrbFormat.HeaderSize}, {header.TotalSize}]");
            if (header.Count(section) > 0 && offset == header.TotalSize && section != KrbSection.Animations)
                throw new KrbFormatException(DiagnosticCodes.InvalidKrbSection, fieldAt, $"{section} section has {header.Count(section)} entries but starts at the end of the file", $"an offset below {header.TotalSize}");
            for (int j = 0; j < i; j++)
            {
                var other = (KrbSection)j;
                if (other == KrbSection.Animations || section == KrbSection.Animations) continue;
                if (header.Count(section) > 0 && header.Count(other) > 0 && header.Offset(other) == offset)
                    throw new KrbFormatException(DiagnosticCodes.InvalidKrbSection, fieldAt, $"{section} and {other} sections both start at byte {offset}", "separate sections");
            }
        }
        return header;
    }

    private static ushort U16(ReadOnlySpan<byte> file, int at) => BinaryPrimitives.ReadUInt16LittleEndian(file.Slice(at, 2));

    /// <summary>A section runs from its offset to the next larger section offset (or the end of the file): sections are found only through the header (KRB.md §2).</summary>
    private readonly int SectionEnd(KrbSection section)
    {
        uint start = _header.Offset(section), end = _header.TotalSize;
        for (int i = 0; i < 7; i++)
        {
            uint o = _header.Offset((KrbSection)i);
            if (o > start && o < end) end = o;
        }
        return (int)end;
    }

    private readonly KrbCursor Section(KrbSection section) => new(_file, (int)_header.Offset(section), SectionEnd(section));

    private KrbDocument ReadDocument()
    {
        _strings = ReadStrings();
        _document.StringTable = _strings;
        var resources = ReadResources();
        _resourceCount = resources.Length;
        _document.Resources = resources;
        _styleCount = _header.StyleCount;
        _document.Styles = ReadStyles();
        _document.Components = ReadComponents();
        _document.Scripts = ReadScripts();
        var roots = ReadMainTree();
        _document.ElementRecords = _records.Items;
        _document.ChildIndices = _children.Items;
        _document.Roots = roots;
        return _document;
    }

    // ---- tables ---------------------------------------------------------------------------

    private readonly string[] ReadStrings()
    {
        int count = _header.StringCount;
        if (count == 0) return [];
        var c = Section(KrbSection.Strings);
        CheckPrefix(ref c, count, "string table");
        // Each string takes at least its length byte: check before allocating for the count.
        c.Need(count, DiagnosticCodes.InvalidKrbSection, "string table");
        var strings = new string[count];
        for (int i = 0; i < count; i++)
        {
            int length = c.ReadByte(DiagnosticCodes.InvalidKrbSection, "string length");
            var bytes = c.ReadBytes(length, DiagnosticCodes.InvalidKrbSection, "string bytes");
            strings[i] = length == 0 ? "" : Encoding.UTF8.GetString(bytes);
        }
        return strings;
    }

    private readonly KrbResource[] ReadResources()
    {
        int count = _header.ResourceCount;
        if (count == 0) return [];
        var c = Section(KrbSection.Resources);
        CheckPrefix(ref c, count, "resource table");
        int smallest = 2 + 2 * _indexSize;
        c.Need(checked(count * smallest), DiagnosticCodes.InvalidKrbSection, "resource table");
        var resources = new KrbResource[count];
        for (int i = 0; i < count; i++)
        {
            var type = (KrbResourceType)c.ReadByte(DiagnosticCodes.InvalidKrbSection, "resource type");
            var name = ReadString(ref c, "resource name");
            int formatAt = c.Position;
            byte format = c.ReadByte(DiagnosticCodes.InvalidKrbSection, "resource format");
            switch (format)
            {
                case 0x00:
                    resources[i] = new KrbResource(type, name, ReadString(ref c, "resource path"), null);
                    break;
                case 0x01:
                    int size = c.ReadUInt16(DiagnosticCodes.InvalidKrbSection, "inline resource size");
                    resources[i] = new KrbResource(type, name, null, c.ReadBytes(size, DiagnosticCodes.InvalidKrbSection, "inline resource data").ToArray());
                    break;
                default:
                    throw new KrbFormatException(DiagnosticCodes.InvalidKrbSection, formatAt, $"resource {i} has format {format:X2}", "00 (external) or 01 (inline)");
            }
        }
        return resources;
    }

    private readonly KrbStyle[] ReadStyles()
    {
        int count = _header.StyleCount;
        if (count == 0) return [];
        var c = Section(KrbSection.Styles);
        c.Need(checked(count * (2 * _indexSize + 1)), DiagnosticCodes.InvalidKrbSection, "style section");
        var styles = new KrbStyle[count];
        for (int i = 0; i < count; i++)
        {
            int idAt = c.Position;
            int id = c.ReadIndex(_wide, DiagnosticCodes.InvalidKrbSection, "style id");
            if (id != i + 1)
                throw new KrbFormatException(DiagnosticCodes.InvalidKrbSection, idAt, $"style {i + 1} has id {id}", $"id {i + 1} (styles are numbered 1..N in order)");
            var name = ReadString(ref c, "style name");
            int propertyCount = c.ReadByte(DiagnosticCodes.InvalidKrbSection, "style property count");
            styles[i] = new KrbStyle(id, name, new KrbPropertyList(_document, c.Position, propertyCount));
            ValidateProperties(ref c, propertyCount, "style property");
        }
        return styles;
    }

    private KrbComponent[] ReadComponents()
    {
        int count = _header.ComponentCount;
        if (count == 0) return [];
        var c = Section(KrbSection.Components);
        c.Need(checked(count * (_indexSize + 1 + _elementHeaderSize)), DiagnosticCodes.InvalidKrbSection, "component section");
        var components = new KrbComponent[count];
        for (int i = 0; i < count; i++)
        {
            var name = ReadString(ref c, "component name");
            int definitionCount = c.ReadByte(DiagnosticCodes.InvalidKrbSection, "property definition count");
            c.Need(definitionCount * (_indexSize + 2), DiagnosticCodes.InvalidKrbSection, "property definitions");
            var definitions = new KrbPropertyDefinition[definitionCount];
            for (int d = 0; d < definitionCount; d++)
            {
                var defName = ReadString(ref c, "property definition name");
                var hint = (KrbValueType)c.ReadByte(DiagnosticCodes.MalformedKrbProperty, "type hint");
                int sizeAt = c.Position;
                int size = c.ReadByte(DiagnosticCodes.MalformedKrbProperty, "default size");
                KrbValue? defaultValue = null;
                if (size > 0)
                {
                    var bytes = c.ReadBytes(size, DiagnosticCodes.MalformedKrbProperty, "default value");
                    // An Enum default is the string index of the member (KRB.md §12).
                    defaultValue = hint == KrbValueType.Enum
                        ? KrbValue.FromBytes(KrbValueType.Enum, ToValue(KrbValueType.String, bytes, sizeAt, "property default").ToArray())
                        : ToValue(hint, bytes, sizeAt, "property default");
                }
                definitions[d] = new KrbPropertyDefinition(defName, hint, defaultValue);
            }
            // The template is an element block; its children must stay inside this section.
            _elementBudget = int.MaxValue;
            var template = new KrbElement(_document, ReadElement(c.Position, c.End, 1, out int templateEnd));
            c.Position = templateEnd;
            components[i] = new KrbComponent(name, definitions, template);
        }
        return components;
    }

    private readonly KrbScript[] ReadScripts()
    {
        int count = _header.ScriptCount;
        if (count == 0) return [];
        var c = Section(KrbSection.Scripts);
        CheckPrefix(ref c, count, "script table");
        c.Need(checked(count * (5 + _indexSize)), DiagnosticCodes.InvalidKrbSection, "script table");
        var scripts = new KrbScript[count];
        for (int i = 0; i < count; i++)
        {
            byte language = c.ReadByte(DiagnosticCodes.InvalidKrbSection, "script language");
            int nameIndex = ReadStringIndex(ref c, "script name");
            int storageAt = c.Position;
            byte storage = c.ReadByte(DiagnosticCodes.InvalidKrbSection, "script storage format");
            if (storage > 1)
                throw new KrbFormatException(DiagnosticCodes.InvalidKrbSection, storageAt, $"script {i} has storage format {storage:X2}", "00 (inline) or 01 (external)");
            int entryCount = c.ReadByte(DiagnosticCodes.InvalidKrbSection, "entry point count");
            int dataAt = c.Position;
            int data = c.ReadUInt16(DiagnosticCodes.InvalidKrbSection, "script size / resource index");
            c.Need(entryCount * _indexSize, DiagnosticCodes.InvalidKrbSection, "entry points");
            var entries = new string[entryCount];
            for (int e = 0; e < entryCount; e++) entries[e] = ReadString(ref c, "entry point");
            string? code = null;
            int resource = -1;
            if (storage == (byte)KrbScriptStorage.Inline)
            {
                code = Encoding.UTF8.GetString(c.ReadBytes(data, DiagnosticCodes.InvalidKrbSection, "inline script code"));
            }
            else
            {
                if (data >= _resourceCount)
                    throw new KrbFormatException(DiagnosticCodes.InvalidKrbResourceIndex, dataAt, $"script {i} refers to resource {data} of {_resourceCount}", $"a resource index below {_resourceCount}");
                resource = data;
            }
            scripts[i] = new KrbScript(language, nameIndex == 0 ? null : _strings[nameIndex], (KrbScriptStorage)storage, entries, code, resource);
        }
        return scripts;
    }

    private readonly void CheckPrefix(ref KrbCursor c, int headerCount, string what)
    {
        int at = c.Position;
        int prefix = c.ReadUInt16(DiagnosticCodes.InvalidKrbSection, $"{what} count");
        if (prefix != headerCount)
            throw new KrbFormatException(DiagnosticCodes.InvalidKrbSection, at, $"{what} count prefix is {prefix} but the header says {headerCount}", $"{headerCount}");
    }

    // ---- elements -------------------------------------------------------------------------

    private KrbElement[] ReadMainTree()
    {
        int count = _header.ElementCount;
        if (count == 0) return [];
        int start = (int)_header.ElementOffset, end = SectionEnd(KrbSection.Elements);
        if (checked(count * _elementHeaderSize) > end - start)
            throw new KrbFormatException(DiagnosticCodes.InvalidKrbSection, start, $"element section of {end - start} bytes cannot hold {count} elements", $"at least {count * _elementHeaderSize} bytes");
        // The count is now bounded by the section's size, so sizing the storage by it is safe.
        if (_records.Items.Length < _records.Count + count) Array.Resize(ref _records.Items, _records.Count + count);
        if (_children.Items.Length < _children.Count + count) Array.Resize(ref _children.Items, _children.Count + count);
        _elementBudget = count;
        var roots = new List<KrbElement>(1);
        int next = start;
        while (_elementBudget > 0)
        {
            roots.Add(new KrbElement(_document, ReadElement(next, end, 1, out next)));
        }
        return roots.ToArray();
    }

    /// <summary>Reads the element block at <paramref name="at"/> and, recursively, its children; returns its index in the tree.</summary>
    private int ReadElement(int at, int sectionEnd, int depth, out int subtreeEnd)
    {
        if (depth > _maxDepth)
            throw new KrbFormatException(DiagnosticCodes.InvalidKrbChildReference, at, $"elements are nested deeper than {_maxDepth} levels", _wide ? "at most 255 levels" : "at most 32 levels (or a wide file)");
        if (--_elementBudget < 0)
            throw new KrbFormatException(DiagnosticCodes.InvalidKrbChildReference, at, $"the tree holds more elements than the header's Element Count {_header.ElementCount}", $"{_header.ElementCount} elements");

        var c = new KrbCursor(_file, at, sectionEnd);
        var E = DiagnosticCodes.InvalidKrbChildReference;
        c.Need(_elementHeaderSize, E, "element header");
        // The whole header is in bounds: read its fields straight from the span (wide: ID, Style ID and Child Count are u16).
        var h = _file.Slice(at, _elementHeaderSize);
        var record = new ElementRecord { Offset = at };
        int w = _wide ? 1 : 0;
        int id = _wide ? BinaryPrimitives.ReadUInt16LittleEndian(h[1..]) : h[1];
        if (id != 0 && id >= _strings.Length)
            throw new KrbFormatException(DiagnosticCodes.InvalidKrbStringIndex, at + 1, $"element id refers to string {id} of {_strings.Length}", $"a string index below {_strings.Length}");
        int style = _wide ? BinaryPrimitives.ReadUInt16LittleEndian(h[12..]) : h[11];
        if (style > _styleCount)
            throw new KrbFormatException(DiagnosticCodes.MalformedKrbProperty, at + 11 + w, $"element refers to style {style} but there are {_styleCount}", $"a style id in 0..{_styleCount}");
        int propertyCount = h[12 + 2 * w];
        int childCount = _wide ? BinaryPrimitives.ReadUInt16LittleEndian(h[15..]) : h[13];
        int eventCount = h[14 + 3 * w];
        int animationCount = h[15 + 3 * w];
        int customCount = h[16 + 3 * w];
        int stateCount = h[17 + 3 * w];
        c.Position = at + _elementHeaderSize;

        ValidateProperties(ref c, propertyCount, "property");
        ValidateCustomProperties(ref c, customCount);
        ValidateStateSets(ref c, stateCount);
        ValidateEvents(ref c, eventCount);
        c.Need(animationCount * 2, DiagnosticCodes.MalformedKrbProperty, "animation references");
        c.Position += animationCount * 2;

        int referenceSize = _wide ? 4 : 2;
        c.Need(childCount * referenceSize, E, "child references");
        int referencesAt = c.Position;
        record.ChildStart = _children.Reserve(childCount);
        int index = _records.Reserve(1);
        _records.Items[index] = record;

        // A child starts after the parent's block and after the previous sibling's subtree:
        // no cycles, no shared blocks, and the whole walk reads each byte at most once.
        int next = referencesAt + childCount * referenceSize;
        for (int i = 0; i < childCount; i++)
        {
            int refAt = referencesAt + i * referenceSize;
            long offset = _wide
                ? BinaryPrimitives.ReadUInt32LittleEndian(_file.Slice(refAt, 4))
                : BinaryPrimitives.ReadUInt16LittleEndian(_file.Slice(refAt, 2));
            long target = at + offset;
            if (target < next || target + _elementHeaderSize > sectionEnd)
                throw new KrbFormatException(E, refAt, $"child {i} reference +{offset} points to byte {target}",
                    $"a child header in [{next}, {sectionEnd - _elementHeaderSize}] (after the parent block and the previous sibling)");
            int child = ReadElement((int)target, sectionEnd, depth + 1, out next);
            _children.Items[record.ChildStart + i] = child;
        }
        subtreeEnd = next;
        return index;
    }

    private readonly void ValidateEvents(ref KrbCursor c, int count)
    {
        c.Need(count * (1 + _indexSize), DiagnosticCodes.MalformedKrbProperty, "events");
        for (int i = 0; i < count; i++)
        {
            c.Position++; // event type: unknown types are ignored by runtimes
            ReadStringIndex(ref c, "event callback");
        }
    }

    private readonly void ValidateProperties(ref KrbCursor c, int count, string what)
    {
        c.Need(count * 3, DiagnosticCodes.MalformedKrbProperty, what);
        for (int i = 0; i < count; i++)
        {
            c.Position++; // property id: unknown ids are skipped by Size (KRB.md §6.1)
            ReadValue(ref c, what);
        }
    }

    private readonly void ValidateCustomProperties(ref KrbCursor c, int count)
    {
        c.Need(count * (2 + _indexSize), DiagnosticCodes.MalformedKrbProperty, "custom properties");
        for (int i = 0; i < count; i++)
        {
            ReadStringIndex(ref c, "custom property key");
            ReadValue(ref c, "custom property");
        }
    }

    private readonly void ValidateStateSets(ref KrbCursor c, int count)
    {
        c.Need(count * 2, DiagnosticCodes.MalformedKrbProperty, "state sets");
        for (int i = 0; i < count; i++)
        {
            c.Position++; // state flags: reserved bits are tolerated
            int propertyCount = c.ReadByte(DiagnosticCodes.MalformedKrbProperty, "state property count");
            ValidateProperties(ref c, propertyCount, "state property");
        }
    }

    /// <summary>`u8 type | u8 size | bytes`, with the size checked against the type and indices against their tables.</summary>
    private readonly void ReadValue(ref KrbCursor c, string what)
    {
        var type = (KrbValueType)c.ReadByte(DiagnosticCodes.MalformedKrbProperty, what);
        int sizeAt = c.Position;
        int size = c.ReadByte(DiagnosticCodes.MalformedKrbProperty, what);
        c.Need(size, DiagnosticCodes.MalformedKrbProperty, what);
        if (!SizeFits(type, size))
            throw new KrbFormatException(DiagnosticCodes.MalformedKrbProperty, sizeAt, $"{what} of type {type} has size {size}", ExpectedSize(type));
        if (type is KrbValueType.String or KrbValueType.Resource or KrbValueType.StyleId)
            CheckIndex(type, size == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(_file.Slice(c.Position, 2)) : _file[c.Position], sizeAt, what);
        c.Position += size;
    }

    private readonly void CheckIndex(KrbValueType type, int index, int sizeAt, string what)
    {
        switch (type)
        {
            case KrbValueType.String when index >= _strings.Length:
                throw new KrbFormatException(DiagnosticCodes.InvalidKrbStringIndex, sizeAt + 1, $"{what} refers to string {index} of {_strings.Length}", $"a string index below {_strings.Length}");
            case KrbValueType.Resource when index >= _resourceCount:
                throw new KrbFormatException(DiagnosticCodes.InvalidKrbResourceIndex, sizeAt + 1, $"{what} refers to resource {index} of {_resourceCount}", $"a resource index below {_resourceCount}");
            case KrbValueType.StyleId when index > _styleCount:
                throw new KrbFormatException(DiagnosticCodes.MalformedKrbProperty, sizeAt + 1, $"{what} refers to style {index} of {_styleCount}", $"a style id in 0..{_styleCount}");
        }
    }

    /// <summary>A component default (KRB.md §12): checked like a property value, then kept.</summary>
    private readonly KrbValue ToValue(KrbValueType type, ReadOnlySpan<byte> bytes, int at, string what)
    {
        if (!SizeFits(type, bytes.Length))
            throw new KrbFormatException(DiagnosticCodes.MalformedKrbProperty, at, $"{what} of type {type} has size {bytes.Length}", ExpectedSize(type));
        var value = KrbValue.FromBytes(type, bytes);
        if (type is KrbValueType.String or KrbValueType.Resource or KrbValueType.StyleId) CheckIndex(type, value.AsIndex(), at, what);
        return value;
    }

    private readonly bool SizeFits(KrbValueType type, int size) => type switch
    {
        KrbValueType.None => size == 0,
        KrbValueType.Byte or KrbValueType.Enum or KrbValueType.Bool => size == 1,
        KrbValueType.Short or KrbValueType.Percentage => size == 2,
        KrbValueType.Color => size == 4 || (size == 1 && (_header.Flags & KrbFlags.ExtendedColor) == 0),
        KrbValueType.String or KrbValueType.Resource or KrbValueType.StyleId => size == _indexSize,
        KrbValueType.Rect => size == 8,
        KrbValueType.EdgeInsets => size is 4 or 8,
        KrbValueType.Vector or KrbValueType.Float or KrbValueType.Int => size == 4,
        _ => true, // Custom and unknown types: opaque bytes, skipped by Size
    };

    private readonly string ExpectedSize(KrbValueType type) => type switch
    {
        KrbValueType.None => "size 0",
        KrbValueType.Byte or KrbValueType.Enum or KrbValueType.Bool => "size 1",
        KrbValueType.Short or KrbValueType.Percentage => "size 2",
        KrbValueType.Color => "size 4",
        KrbValueType.String or KrbValueType.Resource or KrbValueType.StyleId => $"size {_indexSize}",
        KrbValueType.Rect => "size 8",
        KrbValueType.EdgeInsets => "size 4 or 8",
        _ => "size 4",
    };

    private readonly int ReadStringIndex(ref KrbCursor c, string what)
    {
        int at = c.Position;
        int index = c.ReadIndex(_wide, DiagnosticCodes.MalformedKrbProperty, what);
        // Index 0 means "none" in id/name fields even when the table is empty.
        if (index != 0 && index >= _strings.Length)
            throw new KrbFormatException(DiagnosticCodes.InvalidKrbStringIndex, at, $"{what} refers to string {index} of {_strings.Length}", $"a string index below {_strings.Length}");
        return index;
    }

    private readonly string ReadString(ref KrbCursor c, string what)
    {
        int index = ReadStringIndex(ref c, what);
        return index < _strings.Length ? _strings[index] : "";
    }
}

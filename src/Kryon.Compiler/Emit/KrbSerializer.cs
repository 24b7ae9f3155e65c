using System.Text;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Registry;

namespace Kryon.Compiler.Emit;

/// <summary>
/// Lays out and writes an <see cref="EmitFile"/> (KRB.md §16): interns strings and resources,
/// decides between the v0.5 layout and wide mode (only when the file needs it), computes block and
/// subtree sizes so child offsets are known, then writes the header and the sections in the
/// order of KRB.md §2. The same file always gives the same bytes.
/// </summary>
internal sealed class KrbSerializer
{
    private readonly EmitFile _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly StringTableBuilder _strings = new();
    private readonly ResourceTableBuilder _resources = new();
    private bool _wide;
    private KrbFlags _valueFlags;

    private KrbSerializer(EmitFile file, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
    }

    public static byte[]? Serialize(EmitFile file, DiagnosticBag diagnostics) => new KrbSerializer(file, diagnostics).Serialize();

    private IEnumerable<EmitElement> AllElements() =>
        _file.Roots.SelectMany(r => r.DescendantsAndSelf()).Concat(_file.Components.SelectMany(c => c.Template.DescendantsAndSelf()));

    private byte[]? Serialize()
    {
        RegisterResources();
        InternStrings();
        _wide = NeedsWide();
        if (!CheckWideLimits()) return null;
        foreach (var root in _file.Roots) Measure(root);
        foreach (var c in _file.Components) Measure(c.Template);
        if (_wide && AllElements().Any(e => e.SubtreeSize > uint.MaxValue))
        {
            _diagnostics.Report(DiagnosticCodes.PropertySizeOverflow, null, "The element tree is larger than 4 GiB", "split the app");
            return null;
        }
        return Write();
    }

    // ---- tables ---------------------------------------------------------------------------

    private void RegisterResources()
    {
        void Values(IEnumerable<EmitValue> values)
        {
            foreach (var v in values)
                if (v.Type == KrbValueType.Resource && v.Text is { } path) _resources.Add(v.ResourceType, path);
        }
        foreach (var s in _file.Styles) Values(s.Properties.Select(p => p.Value));
        foreach (var e in AllElements()) Values(ElementValues(e));
        foreach (var c in _file.Components) Values(c.Definitions.Where(d => d.Default is not null).Select(d => d.Default!.Value));
        foreach (var s in _file.Scripts)
            if (s.ExternalPath is { } path) _resources.Add(KrbResourceType.Script, path);
    }

    private static IEnumerable<EmitValue> ElementValues(EmitElement e) =>
        e.Properties.Select(p => p.Value).Concat(e.Custom.Select(c => c.Value)).Concat(e.StateSets.SelectMany(s => s.Properties.Select(p => p.Value)));

    /// <summary>[proposal] KRB.md §4 order: "", styles, main tree pre-order, components, scripts, resources.</summary>
    private void InternStrings()
    {
        void Value(EmitValue v)
        {
            if (v.Type != KrbValueType.Resource && v.Text is { } text) _strings.Intern(text);
        }
        void Element(EmitElement e)
        {
            if (e.Id is not null) _strings.Intern(e.Id);
            foreach (var p in e.Properties) Value(p.Value);
            foreach (var c in e.Custom)
            {
                _strings.Intern(c.Key);
                Value(c.Value);
            }
            foreach (var s in e.StateSets)
                foreach (var p in s.Properties) Value(p.Value);
            foreach (var ev in e.Events) _strings.Intern(ev.Callback);
            foreach (var child in e.Children) Element(child);
        }
        foreach (var s in _file.Styles)
        {
            _strings.Intern(s.Name);
            foreach (var p in s.Properties) Value(p.Value);
        }
        foreach (var r in _file.Roots) Element(r);
        foreach (var c in _file.Components)
        {
            _strings.Intern(c.Name);
            foreach (var d in c.Definitions)
            {
                _strings.Intern(d.Name);
                if (d.Default is { } v) Value(v);
            }
            Element(c.Template);
        }
        foreach (var s in _file.Scripts)
        {
            if (s.Name is not null) _strings.Intern(s.Name);
            foreach (var entry in s.EntryPoints) _strings.Intern(entry);
        }
        foreach (var (_, path) in _resources.Entries) _strings.Intern(path);
    }

    // ---- wide mode ------------------------------------------------------------------------

    /// <summary>Wide mode only when a v0.5 field would overflow, so every file that fits stays v0.5-compatible (docs/KRB-extensions.md).</summary>
    private bool NeedsWide()
    {
        if (_strings.Count > 256 || _resources.Count > 256 || _file.Styles.Count > 255) return true;
        foreach (var e in AllElements())
            if (e.Children.Count > 255) return true;
        foreach (var root in _file.Roots.Concat(_file.Components.Select(c => c.Template)))
            if (Depth(root) > KrbFormat.MaxDepth) return true;
        _wide = false;
        foreach (var root in _file.Roots) Measure(root);
        foreach (var c in _file.Components) Measure(c.Template);
        foreach (var e in AllElements())
        {
            long offset = e.BlockSize;
            for (int i = 0; i < e.Children.Count; i++)
            {
                if (offset > ushort.MaxValue) return true;
                offset += e.Children[i].SubtreeSize;
            }
        }
        return false;
    }

    private static int Depth(EmitElement e) => 1 + (e.Children.Count == 0 ? 0 : e.Children.Max(Depth));

    private bool CheckWideLimits()
    {
        bool ok = true;
        if (_strings.Count > ushort.MaxValue)
        {
            _diagnostics.Report(DiagnosticCodes.StringTableOverflow, null, $"The app needs {_strings.Count} distinct strings; KRB holds at most {ushort.MaxValue}", "move text into scripts or split the app");
            ok = false;
        }
        if (_resources.Count > ushort.MaxValue)
        {
            _diagnostics.Report(DiagnosticCodes.ResourceTableOverflow, null, $"The app uses {_resources.Count} resources; KRB holds at most {ushort.MaxValue}", "split the app");
            ok = false;
        }
        int elementCount = _file.Roots.Sum(r => r.DescendantsAndSelf().Count());
        if (elementCount > ushort.MaxValue)
        {
            _diagnostics.Report(DiagnosticCodes.PropertySizeOverflow, null, $"The app has {elementCount} elements; the KRB header counts at most {ushort.MaxValue}", "move repeated parts into components");
            ok = false;
        }
        foreach (var e in AllElements())
        {
            if (e.Children.Count <= ushort.MaxValue) continue;
            _diagnostics.Report(DiagnosticCodes.PropertySizeOverflow, e.Location, $"{e.Children.Count} children; KRB holds at most {ushort.MaxValue} per element", "group the children in containers");
            ok = false;
        }
        return ok;
    }

    // ---- sizes ----------------------------------------------------------------------------

    private int IndexSize => KrbFormat.IndexSize(_wide);

    private int EntrySize(EmitProperty p) => 3 + p.Value.Size(_wide);

    private long Measure(EmitElement e)
    {
        int size = KrbFormat.ElementHeaderSizeFor(_wide);
        foreach (var p in e.Properties) size += EntrySize(p);
        foreach (var c in e.Custom) size += IndexSize + 2 + c.Value.Size(_wide);
        foreach (var s in e.StateSets) size += 2 + s.Properties.Sum(EntrySize);
        size += e.Events.Count * (1 + IndexSize);
        size += e.Children.Count * (_wide ? 4 : 2);
        e.BlockSize = size;
        long subtree = size;
        foreach (var child in e.Children) subtree += Measure(child);
        e.SubtreeSize = subtree;
        return subtree;
    }

    // ---- writing --------------------------------------------------------------------------

    private byte[] Write()
    {
        var w = new KrbByteWriter(4096);
        w.Bytes(KrbFormat.Magic);
        w.U8(KrbFormat.VersionByte0);
        w.U8(KrbFormat.VersionByte1);
        w.U16(0); // flags, patched below
        int elementCount = _file.Roots.Sum(r => r.DescendantsAndSelf().Count());
        w.U16(elementCount);
        w.U16(_file.Styles.Count);
        w.U16(_file.Components.Count);
        w.U16(0); // animations: KRY has none
        w.U16(_file.Scripts.Count);
        w.U16(_strings.Count);
        w.U16(_resources.Count);
        for (int i = 0; i < 8; i++) w.U32(0); // 7 section offsets + total size, patched below

        var offsets = new long[7];
        offsets[(int)KrbSection.Elements] = w.Position;
        foreach (var root in _file.Roots) WriteElement(w, root);
        offsets[(int)KrbSection.Styles] = w.Position;
        foreach (var s in _file.Styles) WriteStyle(w, s);
        offsets[(int)KrbSection.Components] = w.Position;
        foreach (var c in _file.Components) WriteComponent(w, c);
        offsets[(int)KrbSection.Animations] = w.Position;
        offsets[(int)KrbSection.Scripts] = w.Position;
        if (_file.Scripts.Count > 0)
        {
            w.U16(_file.Scripts.Count);
            foreach (var s in _file.Scripts) WriteScript(w, s);
        }
        offsets[(int)KrbSection.Strings] = w.Position;
        if (_strings.Count > 0)
        {
            w.U16(_strings.Count);
            foreach (var s in _strings.Strings)
            {
                w.U8((byte)Encoding.UTF8.GetByteCount(s));
                w.Utf8(s);
            }
        }
        offsets[(int)KrbSection.Resources] = w.Position;
        if (_resources.Count > 0)
        {
            w.U16(_resources.Count);
            foreach (var (type, path) in _resources.Entries)
            {
                // Real files use the path as the name (KRB.md §14).
                int index = _strings.IndexOf(path);
                w.U8((byte)type);
                w.Index(index, _wide);
                w.U8(0x00);
                w.Index(index, _wide);
            }
        }

        for (int i = 0; i < 7; i++) w.PatchU32(KrbFormat.OffsetsOffset + 4 * i, offsets[i]);
        w.PatchU32(KrbFormat.TotalSizeOffset, w.Position);
        w.PatchU16(KrbFormat.FlagsOffset, (int)Flags());
        return w.ToArray();
    }

    private KrbFlags Flags()
    {
        var flags = _valueFlags;
        if (_file.Styles.Count > 0) flags |= KrbFlags.HasStyles;
        if (_file.Components.Count > 0) flags |= KrbFlags.HasComponentDefs;
        if (_resources.Count > 0) flags |= KrbFlags.HasResources;
        if (_file.Roots.Count > 0 && _file.Roots[0].Type == (byte)ElementKind.App) flags |= KrbFlags.HasApp;
        if (_file.Scripts.Count > 0) flags |= KrbFlags.HasScripts;
        if (AllElements().Any(e => e.StateSets.Count > 0)) flags |= KrbFlags.HasStateProperties;
        if (_wide) flags |= KrbFlags.Wide;
        return flags;
    }

    private void WriteElement(KrbByteWriter w, EmitElement e)
    {
        int start = w.Position;
        w.U8(e.Type);
        w.Index(e.Id is null ? 0 : _strings.IndexOf(e.Id), _wide);
        w.U16(e.PosX);
        w.U16(e.PosY);
        w.U16(e.Width);
        w.U16(e.Height);
        w.U8(e.Layout);
        w.Index(e.StyleId, _wide);
        w.U8((byte)e.Properties.Count);
        w.Index(e.Children.Count, _wide);
        w.U8((byte)e.Events.Count);
        w.U8(0); // animation references
        w.U8((byte)e.Custom.Count);
        w.U8((byte)e.StateSets.Count);
        foreach (var p in e.Properties) WriteEntry(w, p.Id, p.Value);
        foreach (var c in e.Custom)
        {
            w.Index(_strings.IndexOf(c.Key), _wide);
            WriteValue(w, c.Value);
        }
        foreach (var s in e.StateSets)
        {
            w.U8(s.Flags);
            w.U8((byte)s.Properties.Count);
            foreach (var p in s.Properties) WriteEntry(w, p.Id, p.Value);
        }
        foreach (var ev in e.Events)
        {
            w.U8(ev.Type);
            w.Index(_strings.IndexOf(ev.Callback), _wide);
        }
        // Child reference = offset from this header to the child's header (KRB.md §5.4).
        long offset = e.BlockSize;
        foreach (var child in e.Children)
        {
            if (_wide) w.U32(offset);
            else w.U16((int)offset);
            offset += child.SubtreeSize;
        }
        if (w.Position - start != e.BlockSize) throw new InvalidOperationException("element block size mismatch");
        foreach (var child in e.Children) WriteElement(w, child);
    }

    private void WriteEntry(KrbByteWriter w, byte id, EmitValue value)
    {
        w.U8(id);
        WriteValue(w, value);
    }

    /// <summary>`u8 type | u8 size | bytes`, resolving string, resource and style indices.</summary>
    private void WriteValue(KrbByteWriter w, EmitValue v)
    {
        w.U8((byte)v.Type);
        w.U8((byte)v.Size(_wide));
        if (v.Type == KrbValueType.Color) _valueFlags |= KrbFlags.ExtendedColor;
        if (v.Type == KrbValueType.Percentage) _valueFlags |= KrbFlags.FixedPoint;
        if (v.Type == KrbValueType.StyleId && v.Text is null) w.Index(v.StyleId, _wide);
        else if (v.Type == KrbValueType.Resource && v.Text is { } path) w.Index(_resources.IndexOf(v.ResourceType, path), _wide);
        else if (v.Text is { } text) w.Index(_strings.IndexOf(text), _wide);
        else w.Bytes(v.Fixed);
    }

    private void WriteStyle(KrbByteWriter w, EmitStyle s)
    {
        w.Index(s.Id, _wide);
        w.Index(_strings.IndexOf(s.Name), _wide);
        w.U8((byte)s.Properties.Count);
        foreach (var p in s.Properties) WriteEntry(w, p.Id, p.Value);
    }

    private void WriteComponent(KrbByteWriter w, EmitComponent c)
    {
        w.Index(_strings.IndexOf(c.Name), _wide);
        w.U8((byte)c.Definitions.Count);
        foreach (var d in c.Definitions)
        {
            w.Index(_strings.IndexOf(d.Name), _wide);
            w.U8((byte)d.Hint);
            if (d.Default is not { } v)
            {
                w.U8(0);
                continue;
            }
            // The default uses the hint's encoding (KRB.md §12): write the value without its own type byte.
            w.U8((byte)v.Size(_wide));
            if (v.Type == KrbValueType.Color) _valueFlags |= KrbFlags.ExtendedColor;
            if (v.Type == KrbValueType.StyleId && v.Text is null) w.Index(v.StyleId, _wide);
            else if (v.Type == KrbValueType.Resource && v.Text is { } path) w.Index(_resources.IndexOf(v.ResourceType, path), _wide);
            else if (v.Text is { } text) w.Index(_strings.IndexOf(text), _wide);
            else w.Bytes(v.Fixed);
        }
        WriteElement(w, c.Template);
    }

    private void WriteScript(KrbByteWriter w, EmitScript s)
    {
        w.U8(s.Language);
        w.Index(s.Name is null ? 0 : _strings.IndexOf(s.Name), _wide);
        bool external = s.ExternalPath is not null;
        w.U8(external ? (byte)KrbScriptStorage.External : (byte)KrbScriptStorage.Inline);
        w.U8((byte)s.EntryPoints.Count);
        w.U16(external ? _resources.IndexOf(KrbResourceType.Script, s.ExternalPath!) : Encoding.UTF8.GetByteCount(s.Code!));
        foreach (var entry in s.EntryPoints) w.Index(_strings.IndexOf(entry), _wide);
        if (!external) w.Utf8(s.Code!);
    }
}

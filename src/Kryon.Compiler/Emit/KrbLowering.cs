using System.Text;
using Kryon.Compiler.Binding;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Registry;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Emit;

/// <summary>
/// Turns the bound model into the entries of a KRB file (KRB.md §5–§14): header fields,
/// standard and custom properties, state sets, events, styles, component definitions and
/// scripts. Unused styles and components are left out and styles renumbered 1..N. Limits of the
/// one-byte count fields are reported as 1503.
/// </summary>
internal sealed class KrbLowering
{
    private readonly BoundApp _app;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, int> _styleIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BoundStyle> _usedStyles = new(StringComparer.Ordinal);

    private KrbLowering(BoundApp app, DiagnosticBag diagnostics)
    {
        _app = app;
        _diagnostics = diagnostics;
    }

    public static EmitFile Lower(BoundApp app, DiagnosticBag diagnostics) => new KrbLowering(app, diagnostics).Lower();

    private EmitFile Lower()
    {
        var file = new EmitFile();
        var components = UsedComponents();
        SelectUsedStyles(components);
        foreach (var style in _usedStyles.Values.OrderBy(s => _styleIds[s.Name])) file.Styles.Add(LowerStyle(style));
        if (_app.Root is { } root)
        {
            var emitted = LowerElement(root);
            AddVariables(emitted);
            CheckCount(emitted.Custom.Count, "custom properties", emitted.Location);
            file.Roots.Add(emitted);
        }
        foreach (var component in components) file.Components.Add(LowerComponent(component));
        foreach (var script in _app.Scripts)
            if (LowerScript(script) is { } s) file.Scripts.Add(s);
        return file;
    }

    // ---- what is used ---------------------------------------------------------------------

    /// <summary>Components reachable from the main tree (through templates too), in definition order.</summary>
    private List<BoundComponent> UsedComponents()
    {
        var used = new HashSet<BoundComponent>();
        var pending = new Stack<BoundElement>();
        if (_app.Root is not null) pending.Push(_app.Root);
        while (pending.Count > 0)
        {
            foreach (var e in pending.Pop().DescendantsAndSelf())
                if (e.Component is { } c && used.Add(c) && c.Template is not null) pending.Push(c.Template);
        }
        return _app.Components.Where(c => used.Contains(c) && c.Template is not null).ToList();
    }

    /// <summary>Styles referenced by an element, a component argument or a component default; ids are reassigned 1..N in definition order.</summary>
    private void SelectUsedStyles(List<BoundComponent> components)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var elements = new List<BoundElement>();
        if (_app.Root is not null) elements.AddRange(_app.Root.DescendantsAndSelf());
        foreach (var c in components)
        {
            elements.AddRange(c.Template!.DescendantsAndSelf());
            foreach (var d in c.Definitions)
                if (d.Default is StyleRefValue s) names.Add(s.StyleName);
        }
        foreach (var e in elements)
        {
            if (e.Style is not null) names.Add(e.Style.Name);
            foreach (var a in e.ComponentArguments)
                if (a.Value is StyleRefValue s) names.Add(s.StyleName);
        }
        foreach (var style in _app.Styles.OrderBy(s => s.Id))
        {
            if (!names.Contains(style.Name)) continue;
            _usedStyles[style.Name] = style;
            _styleIds[style.Name] = _styleIds.Count + 1;
        }
    }

    private int StyleId(string name) => _styleIds.GetValueOrDefault(name);

    // ---- styles ---------------------------------------------------------------------------

    private EmitStyle LowerStyle(BoundStyle style)
    {
        var properties = new List<EmitProperty>();
        foreach (var p in style.Properties)
            if (PropertyEncoder.Standard(p.Property, p.Value, EntryPlace.Style) is { } entry) properties.Add(CheckStrings(entry, p.Location));
        CheckCount(properties.Count, $"properties in style \"{style.Name}\"", style.Location);
        return new EmitStyle(_styleIds[style.Name], style.Name, properties);
    }

    // ---- elements -------------------------------------------------------------------------

    private EmitElement LowerElement(BoundElement e)
    {
        var element = new EmitElement
        {
            Type = e.Type.KrbId,
            Id = e.Id is null ? null : Text(e.Id, e.Location),
            Layout = e.Layout.Value,
            StyleId = e.Style is null ? 0 : StyleId(e.Style.Name),
            Location = e.Location,
        };

        // KRY.md §10.4: a placeholder names its component first, then the arguments actually given.
        if (e.Component is { } component)
        {
            element.Custom.Add(new("_componentName", EmitValue.String(component.Name)));
            foreach (var a in e.ComponentArguments)
            {
                element.Custom.Add(new(a.Definition.Name, CustomValue(a.Value, a.Location)));
                if (a.Binding is { } binding) element.Custom.Add(new("bind:" + a.Definition.Name, EmitValue.String(Text(binding, a.Location))));
            }
        }

        foreach (var p in e.Properties)
        {
            if (!LowerHeaderField(element, p))
            {
                if (PropertyEncoder.Standard(p.Property, p.Value, EntryPlace.Element) is { } entry) element.Properties.Add(CheckStrings(entry, p.Location));
                else element.Custom.Add(new(p.Name, CustomValue(p.Value, p.Location)));
            }
            if (p.Binding is { } binding) element.Custom.Add(new("bind:" + p.Name, EmitValue.String(Text(binding, p.Location))));
        }

        // Style properties a style block cannot hold travel with each element that uses the style (KRY.md §8.3).
        if (e.Style is { } style)
        {
            foreach (var sp in style.Properties)
            {
                if (PropertyEncoder.Standard(sp.Property, sp.Value, EntryPlace.Style) is not null) continue;
                if (e.Properties.Any(p => p.Property == sp.Property)) continue;
                element.Custom.Add(new(sp.Name, CustomValue(sp.Value, sp.Location)));
            }
        }

        foreach (var set in e.StateSets)
        {
            var entries = new List<EmitProperty>();
            foreach (var p in set.Properties)
            {
                if (PropertyEncoder.Standard(p.Property, p.Value, EntryPlace.State) is { } entry) entries.Add(CheckStrings(entry, p.Location));
                else element.Custom.Add(new(StateKey(set.States, p.Name), CustomValue(p.Value, p.Location)));
            }
            CheckCount(entries.Count, "properties in one state set", e.Location);
            if (entries.Count > 0) element.StateSets.Add(new EmitStateSet((byte)set.States, entries));
        }

        foreach (var ev in e.Events)
        {
            var callback = Text(ev.FunctionName, ev.Location);
            // KRY.md §11: handlers without a v0.5 event type are custom properties named like the KRY property.
            if (ev.Event.KrbEventType is { } type) element.Events.Add(new EmitEvent(type, callback));
            else element.Custom.Add(new(ev.Event.Name, EmitValue.String(callback)));
            if (ev.Binding is { } binding) element.Custom.Add(new("bind:" + ev.Event.Name, EmitValue.String(Text(binding, ev.Location))));
        }

        foreach (var child in e.Children) element.Children.Add(LowerElement(child));

        CheckCount(element.Properties.Count, "standard properties", e.Location);
        CheckCount(element.Events.Count, "events", e.Location);
        CheckCount(element.StateSets.Count, "state sets", e.Location);
        if (e != _app.Root) CheckCount(element.Custom.Count, "custom properties", e.Location);
        return element;
    }

    /// <summary>pos_x, pos_y and pixel width/height live in the element header (KRB.md §5.1, §6.4).</summary>
    private static bool LowerHeaderField(EmitElement element, BoundProperty p)
    {
        switch (p.Name, p.Value)
        {
            case ("pos_x", IntValue x) when x.Value is >= 0 and <= ushort.MaxValue:
                element.PosX = (ushort)x.Value;
                return true;
            case ("pos_y", IntValue y) when y.Value is >= 0 and <= ushort.MaxValue:
                element.PosY = (ushort)y.Value;
                return true;
            case ("width", LengthValue { Value.Unit: LengthUnit.Px } w) when PropertyEncoder.HeaderPixels(w.Value.Value) is { } px and > 0:
                element.Width = px;
                return true;
            case ("height", LengthValue { Value.Unit: LengthUnit.Px } h) when PropertyEncoder.HeaderPixels(h.Value.Value) is { } px and > 0:
                element.Height = px;
                return true;
            default:
                return false;
        }
    }

    /// <summary>`state:hover+disabled:flex_grow` — a state-set property without a standard id (docs/KRB-extensions.md).</summary>
    public static string StateKey(InteractionState states, string property)
    {
        var names = new List<string>();
        foreach (var (bit, name) in new[] { (InteractionState.Hover, "hover"), (InteractionState.Active, "active"), (InteractionState.Focus, "focus"), (InteractionState.Disabled, "disabled"), (InteractionState.Checked, "checked") })
            if ((states & bit) != 0) names.Add(name);
        return $"state:{string.Join('+', names)}:{property}";
    }

    /// <summary>KRY.md §7.7: the variables seed the runtime store from `var:name` on the root.</summary>
    private void AddVariables(EmitElement root)
    {
        foreach (var v in _app.Variables)
        {
            // The value type is the variable's type at run time (KRB.md §7.3 `var:`, typed per §7.2), so a
            // declared type must win over the literal's look: `tint: Color = "#336699"` is a Color, not a
            // String, and `ratio: Float = 2` a Float, not an Int.
            EmitValue value = DeclaredVariableValue(v) ?? v.Value switch
            {
                NumberLiteral { IsInteger: true } n when n.Unit.Length == 0 && n.Value is >= int.MinValue and <= int.MaxValue => EmitValue.Of(KrbValue.Int((int)n.Value)),
                NumberLiteral n when n.Unit.Length == 0 => EmitValue.Of(KrbValue.Float((float)n.Value)),
                BoolLiteral b => EmitValue.Of(KrbValue.Byte(b.Value ? (byte)1 : (byte)0)),
                ColorLiteral c => EmitValue.Of(KrbValue.FromColor(c.Value)),
                StringLiteral s => EmitValue.String(Text(s.Value, v.Location)),
                WordLiteral w => EmitValue.String(Text(w.Word, v.Location)),
                _ => EmitValue.String(Text(v.Value.Describe(), v.Location)),
            };
            root.Custom.Add(new("var:" + v.Name, value));
        }
    }

    /// <summary>The KRB value for a typed variable whose literal would otherwise be stored as another type; null when the literal already fits.</summary>
    private static EmitValue? DeclaredVariableValue(BoundVariable v) => (v.TypeName, v.Value) switch
    {
        ("Color", StringLiteral s) when Color.TryParse(s.Value, out var c) => EmitValue.Of(KrbValue.FromColor(c.Value)),
        ("Float", NumberLiteral { Unit: "" } n) => EmitValue.Of(KrbValue.Float((float)n.Value)),
        ("Int", NumberLiteral { Unit: "" } n) when n.Value == Math.Floor(n.Value) && n.Value is >= int.MinValue and <= int.MaxValue => EmitValue.Of(KrbValue.Int((int)n.Value)),
        _ => null,
    };

    private EmitValue CustomValue(PropertyValue value, SourceSpan location)
    {
        var v = PropertyEncoder.Custom(value, StyleId);
        if (v.Text is not null) Text(v.Text, location);
        return v;
    }

    private EmitProperty CheckStrings(EmitProperty entry, SourceSpan location)
    {
        if (entry.Value.Text is { } text) Text(text, location);
        return entry;
    }

    // ---- components -----------------------------------------------------------------------

    private EmitComponent LowerComponent(BoundComponent component)
    {
        var template = LowerElement(component.Template!);
        var definitions = new List<EmitPropertyDefinition>();
        foreach (var d in component.Definitions)
        {
            var hint = d.Type switch
            {
                ComponentPropertyType.String => KrbValueType.String,
                ComponentPropertyType.Int => KrbValueType.Int,
                ComponentPropertyType.Float => KrbValueType.Float,
                ComponentPropertyType.Bool => KrbValueType.Bool,
                ComponentPropertyType.Color => KrbValueType.Color,
                ComponentPropertyType.StyleId => KrbValueType.StyleId,
                ComponentPropertyType.Resource => KrbValueType.Resource,
                _ => KrbValueType.Enum,
            };
            EmitValue? defaultValue = d.Default switch
            {
                null => null,
                BoolValue b => EmitValue.Of(KrbValue.Byte(b.Value ? (byte)1 : (byte)0, KrbValueType.Bool)),
                EnumValue e => EmitValue.StringAs(KrbValueType.Enum, e.Member),
                var v => CustomValue(v, d.Location),
            };
            definitions.Add(new EmitPropertyDefinition(d.Name, hint, defaultValue));
            // [proposal] KRB.md §12: enum member lists ride on the template root.
            if (d.Type == ComponentPropertyType.Enum)
                template.Custom.Add(new("enum:" + d.Name, EmitValue.String(Text(string.Join(',', d.EnumMembers), d.Location))));
        }
        CheckCount(definitions.Count, $"properties of component {component.Name}", component.Location);
        CheckCount(template.Custom.Count, "custom properties", template.Location);
        return new EmitComponent(component.Name, definitions, template);
    }

    // ---- scripts --------------------------------------------------------------------------

    /// <summary>Threshold of `mode="auto"` (KRY.md §12.1 [proposal]: 2048 bytes).</summary>
    private const int AutoEmbedThreshold = 2048;

    private EmitScript? LowerScript(BoundScript script)
    {
        bool external = script.ExternalPath is not null && (script.Code is null || script.Mode == ScriptMode.External
            || (script.Mode == ScriptMode.Auto && Encoding.UTF8.GetByteCount(script.Code) >= AutoEmbedThreshold));
        if (!external && script.Code is null) return null;
        if (!external && Encoding.UTF8.GetByteCount(script.Code!) > ushort.MaxValue)
        {
            _diagnostics.Report(DiagnosticCodes.PropertySizeOverflow, script.Location, $"Script is larger than {ushort.MaxValue} bytes and cannot be embedded", "use mode=\"external\" to reference the file instead");
            return null;
        }
        CheckCount(script.EntryPoints.Count, "entry points in one script", script.Location);
        var name = script.Name is { Length: > 0 } n ? Text(n, script.Location) : null;
        foreach (var entry in script.EntryPoints) Text(entry, script.Location);
        return new EmitScript((byte)script.Language, name, external ? null : script.Code, external ? Text(script.ExternalPath!, script.Location) : null,
            script.EntryPoints.ToList(), script.Location);
    }

    // ---- limits ---------------------------------------------------------------------------

    private readonly HashSet<string> _reportedStrings = new(StringComparer.Ordinal);

    /// <summary>Every string is stored with a 1-byte length (KRB.md §4).</summary>
    private string Text(string text, SourceSpan location)
    {
        if (Encoding.UTF8.GetByteCount(text) > KrbFormat.MaxStringBytes && _reportedStrings.Add(text))
            _diagnostics.Report(DiagnosticCodes.PropertySizeOverflow, location, $"A string of {Encoding.UTF8.GetByteCount(text)} bytes does not fit KRB's 255-byte strings", "shorten it");
        return text;
    }

    private void CheckCount(int count, string what, SourceSpan location)
    {
        if (count > byte.MaxValue)
            _diagnostics.Report(DiagnosticCodes.PropertySizeOverflow, location, $"{count} {what}: KRB stores at most 255", "split the element, or move values into a style");
    }
}

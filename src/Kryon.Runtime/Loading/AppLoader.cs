using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Registry;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Values;

namespace Kryon.Runtime.Loading;

/// <summary>
/// Builds the runtime element tree from a validated <see cref="KrbDocument"/> (KRB.md §15 step 8):
/// styles, elements with their properties, state sets and handlers, and component instances
/// (KRY.md §10.5). Problems in the app (a missing component, a badly typed argument) are reported
/// to the <see cref="RuntimeLog"/> and the load goes on.
/// </summary>
public sealed class AppLoader
{
    /// <summary>Instances nested deeper than this mean a template that uses itself (the compiler rejects it; a hand-made file may not).</summary>
    public const int MaxInstanceDepth = 64;

    /// <summary>Component expansion stops past this many elements, so a small hostile file cannot exhaust memory.</summary>
    public const int MaxElements = 1_000_000;

    private static readonly string[] SlotIds = ["content_slot", "children_host", "instance_children_slot", "content_host"];

    private readonly KrbDocument _document;
    private readonly RuntimeLog _log;
    private readonly LoadedApp _app;
    private int _created;
    private bool _limitReported;

    private AppLoader(KrbDocument document, RuntimeLog log)
    {
        _document = document;
        _log = log;
        _app = new LoadedApp(document, new ElementTree(), log);
    }

    public static LoadedApp Load(KrbDocument document, RuntimeLog log)
    {
        var loader = new AppLoader(document, log);
        loader.LoadStyles();
        if (document.HasRoot)
        {
            var root = loader.Build(document.Root, scope: null);
            loader._app.Tree.SetRoot(root);
        }
        return loader._app;
    }

    private void LoadStyles()
    {
        var styles = new List<RuntimeStyle>(_document.Styles.Count);
        foreach (var s in _document.Styles)
        {
            var map = new PropertyMap();
            foreach (var entry in s.Properties)
                if (KrbValueDecoder.TryDecodeStandard(_document, entry, false, false, out var property, out var value))
                    map.Set(property, value);
            styles.Add(new RuntimeStyle(s.Id, s.Name, map));
        }
        _app.Tree.SetStyles(styles);
    }

    // ---- elements --------------------------------------------------------------------------------

    /// <summary>Builds an element (or the component instance it stands for) and its subtree; <paramref name="scope"/> is the instance whose template it belongs to.</summary>
    private Element Build(KrbElement source, ComponentInstance? scope)
    {
        if (source.ComponentName() is { } componentName)
        {
            if (_document.FindComponent(componentName) is { } definition)
            {
                if ((scope?.Depth ?? 0) < MaxInstanceDepth && _created < MaxElements) return Instantiate(source, definition, scope);
                ReportLimit($"Component '{componentName}' is nested more than {MaxInstanceDepth} levels deep or the app passed {MaxElements:N0} elements; the usage is shown as a plain element");
            }
            else
            {
                _log.Report(DiagnosticCodes.ComponentNotFound, $"Component '{componentName}' is not defined in this file; {source} is shown as a plain {source.TypeName}",
                    "define it with `Define " + componentName + " { … }` or include the file that defines it");
            }
        }
        var element = CreateElement(source, scope, isPlaceholder: false);
        BuildChildren(source, element, scope);
        return element;
    }

    private void BuildChildren(KrbElement source, Element parent, ComponentInstance? scope)
    {
        foreach (var child in source.Children)
        {
            if (_created >= MaxElements)
            {
                ReportLimit($"The app passed {MaxElements:N0} elements; the rest are left out");
                return;
            }
            _app.Tree.AppendChild(parent, Build(child, scope));
        }
    }

    private void ReportLimit(string message)
    {
        if (_limitReported) return;
        _limitReported = true;
        _log.Report(DiagnosticCodes.ComponentExpansionLimit, message);
    }

    /// <summary>One element from its block: header fields, properties, custom properties, state sets, events.</summary>
    private Element CreateElement(KrbElement source, ComponentInstance? scope, bool isPlaceholder)
    {
        _created++;
        var element = _app.Tree.Create(source.Type, source.Id);
        if (scope is not null) _app.InstanceOf[element] = scope;
        ApplyHeader(source, element);
        ApplyProperties(source, element);
        ApplyCustomProperties(source, element, scope, isPlaceholder);
        ApplyStateSets(source, element);
        ApplyEvents(source, element);
        element.SyncDisabledState();
        element.SyncCheckedState();
        return element;
    }

    private void ApplyHeader(KrbElement source, Element element)
    {
        element.LayoutByte = new LayoutFlags(source.Layout);
        if (source.PosX != 0) element.SetOwn(Props.PosX, new IntValue(source.PosX));
        if (source.PosY != 0) element.SetOwn(Props.PosY, new IntValue(source.PosY));
        if (source.Width != 0) element.SetOwn(Props.Width, new LengthValue(Length.Px(source.Width)));
        if (source.Height != 0) element.SetOwn(Props.Height, new LengthValue(Length.Px(source.Height)));
        if (source.StyleId != 0) element.SetStyle(_app.Tree.GetStyle(source.StyleId));
    }

    private void ApplyProperties(KrbElement source, Element element)
    {
        foreach (var entry in source.Properties)
            if (KrbValueDecoder.TryDecodeStandard(_document, entry, source.Width != 0, source.Height != 0, out var property, out var value))
                SetOwn(element, property, value);
    }

    private static void SetOwn(Element element, PropertyInfo property, PropertyValue value)
    {
        if (value is LayoutValue layout) element.LayoutByte = layout.Flags;
        else element.SetOwn(property, value);
    }

    private void ApplyCustomProperties(KrbElement source, Element element, ComponentInstance? scope, bool isPlaceholder)
    {
        bool isRoot = source.Equals(_document.Root);
        foreach (var custom in source.CustomProperties)
        {
            string key = custom.Key;
            if (key == "_componentName" || key.StartsWith("enum:", StringComparison.Ordinal)) continue;
            if (key.StartsWith("var:", StringComparison.Ordinal))
            {
                if (isRoot && KrbValueDecoder.ToLiteral(_document, custom.Value) is { } initial) _app.Variables.Add(new VariableDeclaration(key[4..], initial, VariableDeclaration.TypeOf(custom.Value.Type)));
                continue;
            }
            if (key.StartsWith("bind:", StringComparison.Ordinal))
            {
                // A placeholder's bindings of declared arguments are wired by Instantiate.
                if (!isPlaceholder && custom.Value.Type == KrbValueType.String)
                    _app.Bindings.Add(new BindingSpec(_document.GetString(custom.Value), scope, element, key[5..]));
                continue;
            }
            if (key.StartsWith("state:", StringComparison.Ordinal))
            {
                AddCustomStateProperty(element, key, custom.Value);
                continue;
            }
            if (key.StartsWith("on", StringComparison.Ordinal) && key.Length > 2 && char.IsUpper(key[2]) && custom.Value.Type == KrbValueType.String)
            {
                element.AddHandler(new EventHandlerEntry(key, _document.GetString(custom.Value)));
                continue;
            }
            if (!isPlaceholder && PropertyRegistry.TryGet(key, out var property) && !property.IsEvent)
            {
                if (KrbValueDecoder.Decode(_document, property, custom.Value) is { } value) SetOwn(element, property, value);
                continue;
            }
            if (KrbValueDecoder.ToLiteral(_document, custom.Value) is { } literal) element.Custom[key] = literal;
        }
    }

    /// <summary>`state:hover+active:flex_grow` — a state-set property without a standard id (docs/KRB-extensions.md §2).</summary>
    private void AddCustomStateProperty(Element element, string key, KrbValue raw)
    {
        var parts = key.Split(':');
        if (parts.Length != 3 || !PropertyRegistry.TryGet(parts[2], out var property)) return;
        var flags = InteractionState.None;
        foreach (var word in parts[1].Split('+'))
            flags |= word switch
            {
                "hover" => InteractionState.Hover,
                "active" => InteractionState.Active,
                "focus" => InteractionState.Focus,
                "disabled" => InteractionState.Disabled,
                "checked" => InteractionState.Checked,
                _ => InteractionState.None,
            };
        if (flags == InteractionState.None || KrbValueDecoder.Decode(_document, property, raw) is not { } value) return;
        StateSetFor(element, flags).Properties.Set(property, value);
    }

    private static StateSet StateSetFor(Element element, InteractionState flags)
    {
        foreach (var set in element.StateSets)
            if (set.Flags == flags) return set;
        var created = new StateSet(flags, new PropertyMap());
        element.AddStateSet(created);
        return created;
    }

    private void ApplyStateSets(KrbElement source, Element element)
    {
        foreach (var set in source.StateSets)
        {
            if (set.Flags == InteractionState.None) continue;
            var target = StateSetFor(element, set.Flags);
            foreach (var entry in set.Properties)
                if (KrbValueDecoder.TryDecodeStandard(_document, entry, false, false, out var property, out var value))
                    target.Properties.Set(property, value);
        }
    }

    private void ApplyEvents(KrbElement source, Element element)
    {
        foreach (var ev in source.Events)
            if (PropertyRegistry.TryGetByEventType(ev.Type, out var info))
                element.AddHandler(new EventHandlerEntry(info.Name, ev.Callback));
    }

    // ---- components (KRY.md §10.5) --------------------------------------------------------------

    private Element Instantiate(KrbElement placeholder, KrbComponent definition, ComponentInstance? scope)
    {
        string debugName = definition.Name + (placeholder.Id is { } pid ? "#" + pid : "@" + placeholder.Offset);
        var instance = new ComponentInstance(definition, scope, debugName);
        _app.Instances.Add(instance);
        ConfigureArguments(placeholder, instance, scope);

        // Step 2: clone the template (its elements read `$prop` from this instance).
        var root = Build(definition.Template, instance);
        root.ComponentName = definition.Name;

        // Step 3: the placeholder's header fields, style and standard properties go to the instance root.
        var placeholderElement = CreateElement(placeholder, scope, isPlaceholder: true);
        if (placeholder.Id is { } id) root.Id = id;
        // A usage without `layout` carries the default byte 0x01 (KRY.md §6.1), not 0: only another
        // value is the usage's own, else every template root with `layout: row` turned into a column.
        if (placeholder.Layout != LayoutFlags.Default.Value) root.LayoutByte = placeholderElement.LayoutByte;
        if (placeholderElement.Style is { } style) root.SetStyle(style);
        for (int i = 0; i < placeholderElement.Own.Count; i++) root.SetOwn(placeholderElement.Own.KeyAt(i), placeholderElement.Own.ValueAt(i));
        foreach (var set in placeholderElement.StateSets)
        {
            var target = StateSetFor(root, set.Flags);
            foreach (var (p, v) in set.Properties.Entries()) target.Properties.Set(p, v);
        }
        foreach (var handler in placeholderElement.Handlers)
        {
            // Lifecycle hooks of the template and of the usage both run (template first); for
            // input events the usage's handler replaces the template's.
            if (handler.EventName is "onMount" or "onUnmount" or "onUpdate") root.AddHandler(new EventHandlerEntry(handler.EventName, handler.FunctionName));
            else if (root.FindHandler(handler.EventName) is { } existing) existing.FunctionName = handler.FunctionName;
            else root.AddHandler(new EventHandlerEntry(handler.EventName, handler.FunctionName));
        }
        // Standard properties without a KRB id (margin_left, flex_grow, align_self, …) travel as custom
        // properties; at a usage they are standard properties all the same, unless the component
        // declares a property of that name (declared properties are matched first).
        foreach (var custom in placeholder.CustomProperties)
            if (!instance.Arguments.Exists(a => a.Name == custom.Key) && PropertyRegistry.TryGet(custom.Key, out var property) && !property.IsEvent
                && KrbValueDecoder.Decode(_document, property, custom.Value) is { } value)
                SetOwn(root, property, value);
        foreach (var (key, value) in placeholderElement.Custom)
            if (!instance.Arguments.Exists(a => a.Name == key) && !(PropertyRegistry.TryGet(key, out var standard) && !standard.IsEvent)) root.Custom[key] = value;
        // The placeholder's own standard-property bindings evaluate in the outer scope and target the root.
        foreach (var custom in placeholder.CustomProperties)
        {
            if (!custom.Key.StartsWith("bind:", StringComparison.Ordinal) || custom.Value.Type != KrbValueType.String) continue;
            string target = custom.Key[5..];
            string expression = _document.GetString(custom.Value);
            if (instance.Arguments.Exists(a => a.Name == target))
                _app.Bindings.Add(new BindingSpec(expression, scope, null, target, instance));
            else
                _app.Bindings.Add(new BindingSpec(expression, scope, root, target));
        }
        // A StyleID argument also sets the instance root's style (step 4).
        foreach (var arg in instance.Arguments)
            if (arg.Type == ComponentPropertyType.StyleId && arg.Value is StringLiteral { Value.Length: > 0 } styleName && _app.Tree.FindStyle(styleName.Value) is { } argStyle)
                root.SetStyle(argStyle);
        root.SyncDisabledState();
        root.SyncCheckedState();
        _created--; // the placeholder itself is not part of the tree
        _app.InstanceOf.Remove(placeholderElement);

        // Step 5: the usage's children go into the slot (they belong to the outer scope).
        var slot = FindSlot(root) ?? root;
        BuildChildren(placeholder, slot, scope);
        return root;
    }

    private static Element? FindSlot(Element root)
    {
        foreach (var e in root.DescendantsAndSelf())
            if (e.Id is { } id && Array.IndexOf(SlotIds, id) >= 0) return e;
        return null;
    }

    /// <summary>Step 4: each declared property gets the usage's value when it fits the declared type, else the default.</summary>
    private void ConfigureArguments(KrbElement placeholder, ComponentInstance instance, ComponentInstance? scope)
    {
        var definition = instance.Definition;
        var enumLists = EnumMembersOf(definition.Template);
        foreach (var def in definition.Definitions)
        {
            var type = ComponentPropertyTypes.FromHint(def.Hint);
            var members = enumLists.GetValueOrDefault(def.Name) ?? [];
            Literal value = def.Default is { } d && KrbValueDecoder.ToLiteral(_document, d) is { } lit && ComponentPropertyTypes.Check(type, lit, members) is { } checkedDefault
                ? checkedDefault
                : ComponentPropertyTypes.RuntimeDefault(type, members);
            if (placeholder.FindCustom(def.Name) is { } given)
            {
                var literal = KrbValueDecoder.ToLiteral(_document, given);
                if (literal is not null && ComponentPropertyTypes.Check(type, literal, members) is { } accepted) value = accepted;
                else
                    _log.Report(DiagnosticCodes.InvalidComponentProperty,
                        $"{instance.DebugName}: property '{def.Name}' expects {Describe(type, members)}, got {literal?.Describe() ?? given.Type.ToString()}; the default {value.Describe()} is used",
                        $"give '{def.Name}' {Describe(type, members)}");
            }
            instance.Arguments.Add(new ComponentArgument(def.Name, type, value, members));
        }
        foreach (var custom in placeholder.CustomProperties)
        {
            string key = custom.Key;
            if (key == "_componentName" || key.Contains(':') || PropertyRegistry.TryGet(key, out _)) continue;
            if (key.StartsWith("on", StringComparison.Ordinal) && key.Length > 2 && char.IsUpper(key[2])) continue;
            if (!definition.Definitions.Any(d => d.Name == key))
                _log.Report(DiagnosticCodes.InvalidComponentProperty, $"{instance.DebugName}: component '{definition.Name}' has no property '{key}'; it is ignored",
                    definition.Definitions.Count > 0 ? $"its properties are: {string.Join(", ", definition.Definitions.Select(x => x.Name))}" : $"'{definition.Name}' declares no properties");
        }
    }

    private Dictionary<string, string[]> EnumMembersOf(KrbElement template)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var c in template.CustomProperties)
            if (c.Key.StartsWith("enum:", StringComparison.Ordinal) && c.Value.Type == KrbValueType.String)
                result[c.Key[5..]] = _document.GetString(c.Value).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return result;
    }

    private static string Describe(ComponentPropertyType type, IReadOnlyList<string> members) => type switch
    {
        ComponentPropertyType.Enum when members.Count > 0 => "one of " + string.Join(", ", members),
        ComponentPropertyType.Int => "an integer",
        ComponentPropertyType.Float => "a number",
        ComponentPropertyType.Bool => "true or false",
        ComponentPropertyType.Color => "a colour",
        ComponentPropertyType.StyleId => "a style name",
        ComponentPropertyType.Resource => "a file path",
        _ => "a string",
    };
}

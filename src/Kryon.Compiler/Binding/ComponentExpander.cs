using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Binding;

/// <summary>
/// Inlines component usages into plain elements (KRY.md §10.4 [ext] expand mode, and the same
/// steps as the runtime's instantiation in §10.5): the template is cloned, every binding that
/// mentions a component property is re-evaluated with the usage's values, the usage's own
/// properties override the template root's, and the usage's children move into `content_slot`
/// (or the root). For tools that need the whole element tree at compile time (the [ext]
/// `--expand-components` mode); `kryon layout` uses the runtime's instantiation instead.
/// </summary>
public sealed class ComponentExpander
{
    /// <summary>Slot ids that receive a usage's children (the seed's, then the aliases docs mention).</summary>
    public static readonly string[] SlotIds = ["content_slot", "children_host", "instance_children_slot", "content_host"];

    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Literal> _globals;

    private ComponentExpander(BoundApp app, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _globals = app.Variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
    }

    /// <summary>The app's root with every component usage expanded; null when the app has no root.</summary>
    public static BoundElement? Expand(BoundApp app, DiagnosticBag diagnostics)
        => app.Root is null ? null : new ComponentExpander(app, diagnostics).Copy(app.Root, null, 0);

    /// <summary>Copies an element, re-evaluating bindings against <paramref name="arguments"/> (null outside templates).</summary>
    private BoundElement Copy(BoundElement source, IReadOnlyDictionary<string, Literal>? arguments, int depth)
    {
        if (source.Component is { Template: not null } component && depth < Binder.MaxElementDepth)
            return Instantiate(source, component, arguments, depth);

        var copy = new BoundElement
        {
            Type = source.Type,
            Component = source.Component,
            Id = source.Id,
            Style = source.Style,
            Layout = source.Layout,
            HasOwnLayout = source.HasOwnLayout,
            IsImplicit = source.IsImplicit,
            Location = source.Location,
        };
        foreach (var p in source.Properties) copy.Properties.Add(Rebind(p, arguments));
        foreach (var e in source.Events) copy.Events.Add(RebindEvent(e, arguments));
        copy.StateSets.AddRange(source.StateSets);
        foreach (var child in source.Children) copy.Children.Add(Copy(child, arguments, depth + 1));
        return copy;
    }

    private BoundElement Instantiate(BoundElement usage, BoundComponent component, IReadOnlyDictionary<string, Literal>? outer, int depth)
    {
        // The instance's property values: declared defaults, overridden by the usage (whose own
        // values may themselves be bindings to an enclosing template's properties).
        var arguments = new Dictionary<string, Literal>(StringComparer.Ordinal);
        foreach (var def in component.Definitions) arguments[def.Name] = Binder.ToLiteral(def.EffectiveDefault);
        foreach (var arg in usage.ComponentArguments)
        {
            var value = arg.Binding is not null && outer is not null ? Evaluate(arg.Binding, outer) ?? Binder.ToLiteral(arg.Value) : Binder.ToLiteral(arg.Value);
            arguments[arg.Definition.Name] = value;
        }

        var root = Copy(component.Template!, arguments, depth);
        // Step 3 of §10.5: the usage's header fields and standard properties win over the template root's.
        if (usage.Id is not null) root.Id = usage.Id;
        if (usage.Style is not null) root.Style = usage.Style;
        if (usage.HasOwnLayout) { root.Layout = usage.Layout; root.HasOwnLayout = true; }
        foreach (var p in usage.Properties)
        {
            var bound = Rebind(p, outer);
            int at = root.Properties.FindIndex(x => x.Property == bound.Property);
            if (at >= 0) root.Properties[at] = bound; else root.Properties.Add(bound);
        }
        foreach (var e in usage.Events)
        {
            root.Events.RemoveAll(x => x.Event == e.Event);
            root.Events.Add(RebindEvent(e, outer));
        }
        root.StateSets.AddRange(usage.StateSets);

        // Step 5: children of the usage go into the slot, else the root.
        var slot = root.DescendantsAndSelf().FirstOrDefault(e => e.Id is not null && SlotIds.Contains(e.Id)) ?? root;
        foreach (var child in usage.Children) slot.Children.Add(Copy(child, outer, depth + 1));
        return root;
    }

    private BoundProperty Rebind(BoundProperty property, IReadOnlyDictionary<string, Literal>? arguments)
    {
        if (property.Binding is null || arguments is null) return property;
        var literal = Evaluate(property.Binding, arguments);
        if (literal is null) return property;
        var result = PropertyValueConverter.Convert(property.Property, literal);
        if (!result.Succeeded)
        {
            _diagnostics.Report(result.Error!, property.Location, result.Message!, result.Suggestions);
            return property;
        }
        return property with { Value = result.Value! };
    }

    private BoundEvent RebindEvent(BoundEvent e, IReadOnlyDictionary<string, Literal>? arguments)
    {
        if (e.Binding is null || arguments is null) return e;
        var literal = Evaluate(e.Binding, arguments);
        var result = literal is null ? default : PropertyValueConverter.Convert(e.Event, literal);
        return result.Value is CallbackValue cb ? e with { FunctionName = cb.FunctionName } : e;
    }

    private Literal? Evaluate(string expression, IReadOnlyDictionary<string, Literal> arguments)
    {
        var file = new SourceFile("<binding>", expression);
        var value = Parser.ParseValue(file, _diagnostics);
        var evaluator = new ValueEvaluator(_diagnostics, (name, where) =>
            arguments.TryGetValue(name, out var a) ? a : _globals.GetValueOrDefault(name));
        return evaluator.Evaluate(value, file);
    }
}

using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Runtime.Elements;

public sealed partial class Element
{
    /// <summary>Marks a cache slot not yet resolved (null in a slot means "resolved: unset").</summary>
    private static readonly PropertyValue Unresolved = new StringValue("\0unresolved");

    private readonly PropertyValue?[] _computed;

    private static PropertyValue?[] NewComputedCache()
    {
        var cache = new PropertyValue?[PropertyRegistry.All.Count];
        Array.Fill(cache, Unresolved);
        return cache;
    }

    private bool _computedDirty;

    private void ResetComputed()
    {
        if (_computedDirty) return;
        Array.Fill(_computed, Unresolved);
        _computedDirty = true;
    }

    /// <summary>The property's value after KRY.md §6.3 steps 1–7; null when nothing sets it and it has no default.</summary>
    public PropertyValue? Get(PropertyInfo property)
    {
        _computedDirty = false;
        var cached = _computed[property.Index];
        if (!ReferenceEquals(cached, Unresolved)) return cached;
        var value = Resolve(property);
        _computed[property.Index] = value;
        return value;
    }

    /// <summary>By canonical registry name; null for names the registry does not know.</summary>
    public PropertyValue? Get(string propertyName) => PropertyRegistry.TryGet(propertyName, out var p) ? Get(p) : null;

    /// <summary>The value set on this element by any layer (steps 2–5), ignoring defaults and inheritance.</summary>
    public PropertyValue? GetSpecified(PropertyInfo property)
    {
        if (ScriptValues.Get(property) is { } scripted) return scripted;
        for (int i = _stateSets.Count - 1; i >= 0; i--)
            if (_stateSets[i].AppliesIn(_state) && _stateSets[i].Properties.Get(property) is { } stateValue) return stateValue;
        if (Own.Get(property) is { } own) return own;
        return _style?.Properties.Get(property);
    }

    /// <summary>
    /// Steps 2–7 without the registry default: what layout mapping reads, so that an unset
    /// `row_gap` does not override `gap` and an unset `flex_direction` does not override the layout byte.
    /// </summary>
    public PropertyValue? GetWithoutDefault(PropertyInfo property) =>
        GetSpecified(property) ?? Contextual(property) ?? (property.Inherited && Parent is { } parent ? parent.Get(property) : null);

    private bool HasSideBorderWidth()
    {
        foreach (var side in Props.BorderSideWidths)
            if (GetSpecified(side) is not null) return true;
        return false;
    }

    private PropertyValue? Resolve(PropertyInfo property)
    {
        if (GetSpecified(property) is { } specified) return specified;
        if (Contextual(property) is { } contextual) return contextual;
        if (property.Inherited && Parent is { } parent) return parent.Get(property);
        return PropertyDefaults.Of(property);
    }

    /// <summary>
    /// Step 6: a border with a width but no colour is grey; a colour without a width is 1px (KRY.md §5.2)
    /// — unless a per-side width is given, which is the width the author chose (`border_bottom_width: 2`
    /// with a colour is an underline, not a 1px box with a thicker bottom).
    /// </summary>
    private PropertyValue? Contextual(PropertyInfo property)
    {
        if (ReferenceEquals(property, Props.BorderColor))
            return GetSpecified(Props.BorderWidth) is IntValue { Value: > 0 } ? PropertyDefaults.BorderColor : null;
        if (ReferenceEquals(property, Props.BorderWidth))
            return GetSpecified(Props.BorderColor) is ColorValue { Value.A: > 0 } && !HasSideBorderWidth() ? new IntValue(1) : null;
        return null;
    }
}

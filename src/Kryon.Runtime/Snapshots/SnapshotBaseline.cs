using Kryon.Krb;
using Kryon.Registry;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Loading;
using Kryon.Values;

namespace Kryon.Runtime.Snapshots;

/// <summary>
/// The app as loaded, before anything ran: each element's own property values (by handle) and
/// which of them bindings compute. A snapshot keeps only an element's differences from this.
/// </summary>
internal sealed class SnapshotBaseline
{
    /// <summary>Properties input changes directly (a click toggles `checked`, typing sets `value`), even where a binding also sets them.</summary>
    private static readonly PropertyInfo[] InputDriven = [Props.Checked, Props.Value];

    private readonly Dictionary<int, PropertyMap> _own = [];
    private readonly HashSet<(int Handle, PropertyInfo Property)> _bound = [];

    private SnapshotBaseline()
    {
    }

    /// <summary>Loads the document again (the same document gives the same handles) and keeps what the comparison needs.</summary>
    public static SnapshotBaseline Of(KrbDocument document) => Of(AppLoader.Load(document, new RuntimeLog()));

    /// <summary>What the comparison needs from an app just loaded, before a runtime ran anything on it.</summary>
    public static SnapshotBaseline Of(LoadedApp app)
    {
        var baseline = new SnapshotBaseline();
        foreach (var e in app.Tree.Elements) baseline._own[e.Handle] = e.Own.Clone();
        foreach (var spec in app.Bindings)
            if (spec.Element is { } element && spec.TargetInstance is null && PropertyRegistry.TryGet(spec.Target, out var property))
                baseline._bound.Add((element.Handle, property));
        return baseline;
    }

    /// <summary>The element's own value at load, or null (unset, or an element the load did not create).</summary>
    public PropertyValue? LoadedValue(Element element, PropertyInfo property) => _own.GetValueOrDefault(element.Handle)?.Get(property);

    public bool IsBound(Element element, PropertyInfo property) => _bound.Contains((element.Handle, property));

    /// <summary>
    /// Whether a snapshot keeps this own property: it differs from the loaded value and is not
    /// simply what a binding computes (input-driven properties are kept even when bound, since
    /// input overrides the binding until its variables change).
    /// </summary>
    public bool Keeps(Element element, PropertyInfo property, PropertyValue value)
    {
        if (Equals(LoadedValue(element, property), value)) return false;
        return !IsBound(element, property) || Array.IndexOf(InputDriven, property) >= 0;
    }
}

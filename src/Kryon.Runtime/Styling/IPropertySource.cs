using Kryon.Values;

namespace Kryon.Runtime.Styling;

/// <summary>
/// An element's properties for layout, by canonical registry name: style, element, state and
/// script values merged, contextual and inherited values included, but no registry defaults —
/// where nothing sets a property the KRY layout model's own default applies.
/// </summary>
public interface IPropertySource
{
    PropertyValue? Get(string propertyName);

    /// <summary>The element's layout byte (its own `layout`, else its style's, else the default).</summary>
    LayoutFlags Layout { get; }
}

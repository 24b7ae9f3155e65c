using Kryon.Values;

namespace Kryon.Runtime.Styling;

/// <summary>An element's resolved properties, by canonical registry name (style, element and state values already merged).</summary>
public interface IPropertySource
{
    PropertyValue? Get(string propertyName);

    /// <summary>The element's layout byte (its own `layout`, else its style's, else the default).</summary>
    LayoutFlags Layout { get; }
}

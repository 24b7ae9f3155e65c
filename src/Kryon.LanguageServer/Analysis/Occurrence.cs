using Kryon.Registry;
using Kryon.Text;

namespace Kryon.LanguageServer.Analysis;

/// <summary>The things a user can navigate between: definitions with references.</summary>
public enum SymbolCategory
{
    Variable,
    Style,
    Component,
    /// <summary>A property declared in a component's `Properties` block; the key's name is `Component.property`.</summary>
    ComponentProperty,
    ScriptFunction,
}

/// <summary>Identifies one symbol across files: its category and name.</summary>
public readonly record struct SymbolKey(SymbolCategory Category, string Name)
{
    /// <summary>The name as written in source (a component property's key carries its component).</summary>
    public string DisplayName => Category == SymbolCategory.ComponentProperty ? Name[(Name.IndexOf('.') + 1)..] : Name;

    public static SymbolKey ComponentProperty(string component, string property) => new(SymbolCategory.ComponentProperty, component + "." + property);
}

/// <summary>What a piece of source is, as far as editor features care.</summary>
public enum OccurrenceKind
{
    Keyword,
    /// <summary>A built-in element type name (`Container`).</summary>
    ElementType,
    /// <summary>A component name: its `Define` or a usage.</summary>
    Component,
    /// <summary>A registry property name (`background_color`).</summary>
    Property,
    /// <summary>An event property name (`onClick`).</summary>
    Event,
    ComponentProperty,
    Variable,
    Style,
    ScriptFunction,
    /// <summary>A bare word in a value (`center`, `bold`).</summary>
    Word,
    String,
    Number,
    Color,
    /// <summary>`Int`, `Enum`, … in variable and component property declarations.</summary>
    TypeName,
    /// <summary>`&amp;:hover`.</summary>
    Pseudo,
    /// <summary>A parameter of an `@function`.</summary>
    Parameter,
    /// <summary>The path of an `@include` or of a script's `from`: navigates to that file.</summary>
    FilePath,
    Comment,
}

/// <summary>
/// One classified span in a file. Names of symbols carry their <see cref="Symbol"/>; property
/// names and value words carry the registry row they belong to, for hover and completion.
/// </summary>
public sealed record Occurrence(OccurrenceKind Kind, TextSpan Span)
{
    public SymbolKey? Symbol { get; init; }

    public bool IsDefinition { get; init; }

    /// <summary>For property names and value words: the property (its registry row).</summary>
    public PropertyInfo? Property { get; init; }

    /// <summary>For element type names: the registry row.</summary>
    public ElementInfo? Element { get; init; }

    /// <summary>For <see cref="OccurrenceKind.FilePath"/>: the resolved path of the file.</summary>
    public string? TargetPath { get; init; }
}

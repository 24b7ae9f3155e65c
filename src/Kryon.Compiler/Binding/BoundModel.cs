using Kryon.Compiler.Syntax;
using Kryon.Registry;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Binding;

/// <summary>
/// The resolved UI an app describes: what the KRB writer emits and what tools inspect.
/// Includes are expanded, variables substituted, styles flattened, names canonical and every
/// value typed and checked. Source locations are kept for diagnostics further down the line.
/// </summary>
public sealed class BoundApp
{
    public required IReadOnlyList<SourceFile> Files { get; init; }

    public required IReadOnlyList<BoundVariable> Variables { get; init; }

    /// <summary>Styles with their 1-based ids, in definition order.</summary>
    public required IReadOnlyList<BoundStyle> Styles { get; init; }

    public required IReadOnlyList<BoundComponent> Components { get; init; }

    public required IReadOnlyList<BoundScript> Scripts { get; init; }

    /// <summary>The root (an App; a non-App root is wrapped in an implicit App). Null when the file has no root.</summary>
    public BoundElement? Root { get; init; }

    public BoundStyle? FindStyle(string name) => Styles.FirstOrDefault(s => s.Name == name);

    public BoundComponent? FindComponent(string name) => Components.FirstOrDefault(c => c.Name == name);
}

/// <summary>A variable from `@variables`, resolved to a constant initial value (it seeds the runtime's reactive store).</summary>
public sealed record BoundVariable(string Name, string? TypeName, Literal Value, SourceSpan Location);

/// <summary>A property with a checked value. <see cref="Binding"/> holds the KRY expression when the value depends on variables or component properties, so the runtime can recompute it.</summary>
public sealed record BoundProperty(PropertyInfo Property, PropertyValue Value, SourceSpan Location, string? Binding = null)
{
    public string Name => Property.Name;
}

/// <summary>The properties that apply while all of <see cref="States"/> are active.</summary>
public sealed record BoundStateSet(InteractionState States, IReadOnlyList<BoundProperty> Properties);

public sealed record BoundStyle(
    int Id,
    string Name,
    IReadOnlyList<string> Extends,
    IReadOnlyList<BoundProperty> Properties,
    IReadOnlyList<BoundStateSet> StateSets,
    SourceSpan Location);

public sealed record BoundEvent(PropertyInfo Event, string FunctionName, SourceSpan Location, string? Binding = null);

/// <summary>A value given to a declared component property at a usage site (or a template default).</summary>
public sealed record BoundComponentArgument(BoundPropertyDefinition Definition, PropertyValue Value, SourceSpan Location, string? Binding = null);

public sealed class BoundElement
{
    /// <summary>The element type: built in, or the template root's type for a component usage.</summary>
    public required ElementInfo Type { get; init; }

    /// <summary>Set when this element is a usage of a `Define`d component (KRY.md §10.4 placeholder).</summary>
    public BoundComponent? Component { get; init; }

    public string? Id { get; set; }

    public BoundStyle? Style { get; set; }

    /// <summary>The layout byte: the element's own `layout`, else its style's, else the default.</summary>
    public LayoutFlags Layout { get; set; } = LayoutFlags.Default;

    /// <summary>Whether <see cref="Layout"/> came from the element itself (not the style or the default).</summary>
    public bool HasOwnLayout { get; set; }

    public List<BoundProperty> Properties { get; } = [];

    public List<BoundComponentArgument> ComponentArguments { get; } = [];

    public List<BoundStateSet> StateSets { get; } = [];

    public List<BoundEvent> Events { get; } = [];

    public List<BoundElement> Children { get; } = [];

    /// <summary>True for the App the compiler adds around a non-App root.</summary>
    public bool IsImplicit { get; init; }

    public required SourceSpan Location { get; init; }

    public BoundProperty? Find(string propertyName) => Properties.FirstOrDefault(p => p.Property.Name == propertyName);

    /// <summary>Pre-order walk of this element and its descendants.</summary>
    public IEnumerable<BoundElement> DescendantsAndSelf()
    {
        var stack = new Stack<BoundElement>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            for (int i = e.Children.Count - 1; i >= 0; i--) stack.Push(e.Children[i]);
        }
    }
}

/// <summary>Component property types (KRY.md §10.2).</summary>
public enum ComponentPropertyType
{
    String,
    Int,
    Float,
    Bool,
    Color,
    StyleId,
    Resource,
    Enum,
}

public sealed record BoundPropertyDefinition(
    string Name,
    ComponentPropertyType Type,
    IReadOnlyList<string> EnumMembers,
    PropertyValue? Default,
    SourceSpan Location)
{
    public bool IsRequired => Default is null;

    /// <summary>The value used when an instance gives none: the declared default, else the type's (KRY.md §10.2).</summary>
    public PropertyValue EffectiveDefault => Default ?? Type switch
    {
        ComponentPropertyType.Int => new IntValue(0),
        ComponentPropertyType.Float => new FloatValue(0),
        ComponentPropertyType.Bool => new BoolValue(false),
        ComponentPropertyType.Color => new ColorValue(Color.Transparent),
        ComponentPropertyType.Enum when EnumMembers.Count > 0 => new EnumValue(EnumMembers[0], 0),
        _ => new StringValue(""),
    };
}

public sealed class BoundComponent
{
    public required string Name { get; init; }

    public required IReadOnlyList<BoundPropertyDefinition> Definitions { get; init; }

    /// <summary>The template, with defaults substituted and bindings recorded for `$prop` uses.</summary>
    public BoundElement? Template { get; set; }

    public required SourceSpan Location { get; init; }

    public BoundPropertyDefinition? FindDefinition(string name) => Definitions.FirstOrDefault(d => d.Name == name);
}

public enum ScriptMode
{
    Embed,
    External,
    Auto,
}

public sealed record BoundScript(
    ScriptLanguage Language,
    string? Name,
    ScriptMode Mode,
    /// <summary>The code (inline scripts, and external files the compiler read); null if an external file could not be read.</summary>
    string? Code,
    /// <summary>For `from` scripts: the path as written (relative to the including file).</summary>
    string? ExternalPath,
    IReadOnlyList<string> EntryPoints,
    /// <summary>Where the code starts (line in the .kry file, or line 1 of the external file), for mapping script errors back.</summary>
    SourceSpan Location,
    int FirstLine);
